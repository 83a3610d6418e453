/**
 * Place names (地名): standard names and their Hanyu Pinyin romanisation (GB/T 16159 style,
 * lower case, syllables separated by spaces, tones omitted, ü kept).
 */
package org.civmap.core.placename;
