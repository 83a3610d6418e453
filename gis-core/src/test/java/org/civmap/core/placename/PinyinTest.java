package org.civmap.core.placename;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinTest {

    @Test
    void romanisesNamesSyllableBySyllable() {
        Pinyin.Result r = Pinyin.of("昆明市");
        assertThat(r.spaced()).isEqualTo("kun ming shi");
        assertThat(r.initials()).isEqualTo("kms");
        assertThat(r.needsReview()).isFalse();
    }

    @Test
    void fixesTheReadingsOfCommonDivisionWords() {
        assertThat(Pinyin.of("翠湖西路社区居民委员会").spaced()).isEqualTo("cui hu xi lu she qu ju min wei yuan hui");
        assertThat(Pinyin.of("华山街道").spaced()).isEqualTo("hua shan jie dao");
    }

    @Test
    void flagsPolyphonesForReview() {
        Pinyin.Result r = Pinyin.of("长街");
        assertThat(r.polyphones()).containsExactly('长');
        assertThat(r.needsReview()).isTrue();
    }

    @Test
    void writesUmlautAsGbT16159Does() {
        assertThat(Pinyin.of("绿").spaced()).isEqualTo("lü");
    }

    @Test
    void keepsLatinAndDigitsAsOneToken() {
        assertThat(Pinyin.of("A12号").syllables()).containsExactly("a12", "hao");
    }

    @Test
    void takesInitialsOfSpacedPinyin() {
        assertThat(Pinyin.initialsOf("xi shuang ban na")).isEqualTo("xsbn");
    }
}
