package org.civmap.web.division;

import org.civmap.core.division.Division;
import org.civmap.core.placename.Pinyin;

/**
 * A division as the API shows it, with Chinese and English labels for its level and kind.
 * Immutable.
 */
public record DivisionView(
        String code,
        String name,
        String level,
        String levelZh,
        String kind,
        String kindZh,
        String kindEn,
        boolean administrative,
        String parentCode,
        String pinyin,
        String pinyinInitials,
        String pinyinSource,
        boolean pinyinNeedsReview,
        Integer validFromYear) {

    static DivisionView of(Division d) {
        return new DivisionView(
                d.code(),
                d.name(),
                d.level().name(),
                d.level().labelZh(),
                d.kind().name(),
                d.kind().labelZh(),
                d.kind().labelEn(),
                d.kind().administrative(),
                d.parentCode().isEmpty() ? null : d.parentCode(),
                d.pinyin(),
                Pinyin.initialsOf(d.pinyin()),
                d.pinyinSource().name(),
                d.pinyinNeedsReview(),
                d.validFromYear() == 0 ? null : d.validFromYear());
    }
}
