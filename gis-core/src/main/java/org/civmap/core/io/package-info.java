/** Readers for the file formats civmap imports: CSV tables and GeoJSON feature collections. */
package org.civmap.core.io;
