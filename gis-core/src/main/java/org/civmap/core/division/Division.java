package org.civmap.core.division;

import java.util.Objects;

/**
 * One administrative unit as registered today. Immutable.
 *
 * @param code NBS statistical code (2, 4, 6, 9 or 12 digits)
 * @param name statutory name in Chinese, e.g. 五华区
 * @param level the level implied by the code length
 * @param kind the kind within the level
 * @param parentCode the code of the unit it belongs to; empty for the province
 * @param pinyin full-name pinyin, lower case, spaced, no tones
 * @param pinyinSource where the pinyin came from
 * @param pinyinNeedsReview true when a polyphonic character's reading was guessed
 * @param validFromYear year the unit took its current name or status; 0 when not recorded
 */
public record Division(
        String code,
        String name,
        DivisionLevel level,
        DivisionKind kind,
        String parentCode,
        String pinyin,
        PinyinSource pinyinSource,
        boolean pinyinNeedsReview,
        int validFromYear) {

    /** Names where a division's pinyin came from. */
    public enum PinyinSource {
        /** The AreaCity dataset's pinyin for the name stem, with a generated suffix. */
        AREACITY,
        /** Generated with pinyin4j. */
        GENERATED
    }

    public Division {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(parentCode, "parentCode");
        Objects.requireNonNull(pinyin, "pinyin");
        Objects.requireNonNull(pinyinSource, "pinyinSource");
        if (code.length() != level.codeLength() || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(
                    "code must be " + level.codeLength() + " digits for level " + level + ", was '" + code + "'");
        }
        if (kind.level() != level) {
            throw new IllegalArgumentException("kind " + kind + " does not belong to level " + level);
        }
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank (code " + code + ")");
        }
    }

    /** Returns this division with another validFromYear. */
    public Division withValidFromYear(int year) {
        return new Division(code, name, level, kind, parentCode, pinyin, pinyinSource, pinyinNeedsReview, year);
    }
}
