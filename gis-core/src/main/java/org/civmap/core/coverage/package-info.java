/**
 * Coverage (覆盖): which demand (homes and the older people in them) lies within a walking-time
 * budget of a facility, who is left out, and where — the engine behind the 15-minute home-based
 * elderly-care circle (15分钟居家养老服务圈).
 */
package org.civmap.core.coverage;
