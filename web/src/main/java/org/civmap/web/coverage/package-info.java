/** HTTP access to the walking-coverage engine: isochrones and 15-minute coverage. */
package org.civmap.web.coverage;
