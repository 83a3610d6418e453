/**
 * Catchments (服务范围): who each facility serves — its own administrative unit, the homes nearest to
 * it by travel time, or a capacity-aware share measured by two-step floating catchment (2SFCA) —
 * and whether it is overloaded.
 */
package org.civmap.core.catchment;
