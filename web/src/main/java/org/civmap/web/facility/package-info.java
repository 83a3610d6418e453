/** The facility registry over HTTP and its storage, with every change kept in its history. */
package org.civmap.web.facility;
