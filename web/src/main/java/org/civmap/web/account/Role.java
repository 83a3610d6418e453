package org.civmap.web.account;

/**
 * Names who may do what. CITIZEN is everyone not signed in: they read public data. Every write
 * needs one of the signed-in roles. Immutable.
 */
public enum Role {
    CITIZEN,
    SURVEYOR,
    PLANNER,
    ADMIN
}
