/**
 * Civil-affairs facilities (民政设施): the closed vocabulary of facility kinds, facility records with
 * the units they belong to and serve, and the seeded demo registry used where no real data exists.
 */
package org.civmap.core.facility;
