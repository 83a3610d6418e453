package org.civmap.web.division;

/** Signals that no division has the requested code; the web layer answers 404. */
public final class DivisionNotFoundException extends org.civmap.web.problem.NotFoundException {
    DivisionNotFoundException(String code) {
        super("no division with code " + code);
    }
}
