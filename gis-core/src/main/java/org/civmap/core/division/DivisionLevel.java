package org.civmap.core.division;

import java.util.Locale;

/** Names the five levels of the division registry and the length of their NBS codes. Immutable. */
public enum DivisionLevel {
    PROVINCE(2, "省级"),
    PREFECTURE(4, "地级"),
    COUNTY(6, "县级"),
    TOWNSHIP(9, "乡级"),
    VILLAGE(12, "村级");

    private final int codeLength;
    private final String labelZh;

    DivisionLevel(int codeLength, String labelZh) {
        this.codeLength = codeLength;
        this.labelZh = labelZh;
    }

    /** Returns the number of digits of a code at this level (2, 4, 6, 9 or 12). */
    public int codeLength() {
        return codeLength;
    }

    /** Returns the Chinese name of the level, e.g. 县级. */
    public String labelZh() {
        return labelZh;
    }

    /** Returns the level one up, or this level for the province. */
    public DivisionLevel parent() {
        return this == PROVINCE ? PROVINCE : values()[ordinal() - 1];
    }

    /** Returns the level whose codes have this many digits. */
    public static DivisionLevel ofCode(String code) {
        for (DivisionLevel l : values()) {
            if (l.codeLength == code.length()) {
                return l;
            }
        }
        throw new IllegalArgumentException("code must have 2, 4, 6, 9 or 12 digits, was '" + code + "'");
    }

    /**
     * Parses a level name such as {@code county} (case-insensitive).
     *
     * @throws IllegalArgumentException listing the accepted names
     */
    public static DivisionLevel parse(String value) {
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "level must be one of province, prefecture, county, township, village, was '" + value + "'");
        }
    }
}
