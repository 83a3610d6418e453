/**
 * Administrative divisions (行政区划): the five levels of Yunnan's registry (province, prefecture,
 * county, township, village committee) keyed by National Bureau of Statistics codes, their kinds,
 * pinyin, boundaries and the legal rename events that make a former name resolve to today's unit.
 */
package org.civmap.core.division;
