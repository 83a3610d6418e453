package org.civmap.core.io;

import java.util.List;

/**
 * Reports every problem found in one or more input files, each as {@code file:line: reason} or
 * {@code file#feature: reason}. Thrown before anything is written, so an import stays
 * all-or-nothing.
 */
public final class DataFileException extends RuntimeException {

    private static final int SHOWN_IN_MESSAGE = 20;
    private final List<String> problems;

    /** Creates an exception carrying a non-empty list of problems. */
    public DataFileException(List<String> problems) {
        super(summarise(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("problems must not be empty");
        }
        this.problems = List.copyOf(problems);
    }

    /** Creates an exception with one problem. */
    public DataFileException(String problem) {
        this(List.of(problem));
    }

    /** Returns every problem, in file order. */
    public List<String> problems() {
        return problems;
    }

    private static String summarise(List<String> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        problems.stream().limit(SHOWN_IN_MESSAGE).forEach(p -> sb.append("\n  ").append(p));
        if (problems.size() > SHOWN_IN_MESSAGE) {
            sb.append("\n  … and ").append(problems.size() - SHOWN_IN_MESSAGE).append(" more");
        }
        return sb.toString();
    }
}
