/**
 * The walking network (步行路网): a compact graph of walkable ways built from OpenStreetMap with
 * GraphHopper's foot rules, cached on disk, with snapping of points to the nearest way.
 */
package org.civmap.core.network;
