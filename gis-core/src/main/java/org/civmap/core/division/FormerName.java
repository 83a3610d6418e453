package org.civmap.core.division;

/**
 * A name a unit used to have, with the years it was in force. Immutable.
 *
 * @param currentCode NBS code of the unit today
 * @param name the former name
 * @param validFromYear first year in force; 0 when not recorded
 * @param validToYear the year it was replaced
 * @param event the event that replaced it
 */
public record FormerName(String currentCode, String name, int validFromYear, int validToYear, DivisionEvent event) {}
