/** Place-name search over HTTP: search, type-ahead suggestions, and one name with its history. */
package org.civmap.web.placename;
