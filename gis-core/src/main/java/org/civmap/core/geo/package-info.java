/** Shared spatial value types: coordinate reference systems and the GCJ-02 datum offset. */
package org.civmap.core.geo;
