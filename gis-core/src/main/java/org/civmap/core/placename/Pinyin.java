package org.civmap.core.placename;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Generates Hanyu Pinyin for Chinese names with pinyin4j, and says which characters were
 * ambiguous. Thread-safe.
 *
 * <p>pinyin4j knows single characters, not words, so a polyphone (长 chang/zhang, 会 hui/kuai)
 * gets its first dictionary reading. The common words of division names (街道, 社区, 居民委员会…)
 * have fixed readings here; any other character with more than one toneless reading is reported
 * so that a person can review the name.
 */
public final class Pinyin {

    /** The result: syllables, and the characters whose reading was a guess. */
    public record Result(List<String> syllables, Set<Character> polyphones) {
        public Result {
            syllables = List.copyOf(syllables);
            polyphones = Set.copyOf(polyphones);
        }

        /** Returns the syllables joined by single spaces, e.g. {@code "kun ming shi"}. */
        public String spaced() {
            return String.join(" ", syllables);
        }

        /** Returns the first letter of each syllable, e.g. {@code "kms"}. */
        public String initials() {
            return syllables.stream()
                    .filter(s -> !s.isEmpty())
                    .map(s -> s.substring(0, 1))
                    .collect(Collectors.joining());
        }

        /** Tells whether any character had several readings and none was fixed by a known word. */
        public boolean needsReview() {
            return !polyphones.isEmpty();
        }
    }

    /** Fixed readings of words that recur in division names; longest match wins. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("居民委员会", "ju min wei yuan hui"),
            Map.entry("村民委员会", "cun min wei yuan hui"),
            Map.entry("委员会", "wei yuan hui"),
            Map.entry("社区", "she qu"),
            Map.entry("街道", "jie dao"),
            Map.entry("自治州", "zi zhi zhou"),
            Map.entry("自治县", "zi zhi xian"),
            Map.entry("开发区", "kai fa qu"),
            Map.entry("园区", "yuan qu"),
            Map.entry("市辖区", "shi xia qu"),
            Map.entry("农场", "nong chang"),
            Map.entry("族乡", "zu xiang"),
            Map.entry("区", "qu"),
            Map.entry("省", "sheng"),
            Map.entry("都", "du"),
            Map.entry("单", "dan"),
            Map.entry("阿", "a"),
            Map.entry("大", "da"),
            Map.entry("和", "he"),
            Map.entry("朝阳", "zhao yang"),
            Map.entry("长坡", "chang po"),
            Map.entry("重庆", "chong qing"),
            Map.entry("六", "liu"),
            Map.entry("街", "jie"),
            Map.entry("场", "chang"));

    private static final int LONGEST_WORD =
            WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);

    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_UNICODE);
    }

    private Pinyin() {}

    /**
     * Romanises a name character by character, keeping non-Han characters (digits, Latin) as they
     * are.
     *
     * @return the syllables and the ambiguous characters; empty syllables for an empty name
     */
    public static Result of(String name) {
        List<String> syllables = new ArrayList<>();
        Set<Character> polyphones = new LinkedHashSet<>();
        for (Segment s : segments(name)) {
            syllables.addAll(List.of(s.readings().get(0).split(" ")));
            if (s.readings().size() > 1) {
                polyphones.add(s.character());
            }
        }
        return new Result(syllables, polyphones);
    }

    /**
     * Returns every reading of a name, spaced like {@link Result#spaced()}, for search: each polyphone
     * contributes all its readings (长街 → chang jie and zhang jie), words with fixed readings one; at
     * most {@code max} combinations, the first being {@link #of(String)}'s.
     */
    public static List<String> allReadings(String name, int max) {
        List<String> combos = new ArrayList<>(List.of(""));
        for (Segment s : segments(name)) {
            List<String> next = new ArrayList<>();
            for (String prefix : combos) {
                for (String o : s.readings()) {
                    if (next.size() < max) {
                        next.add(prefix.isEmpty() ? o : prefix + " " + o);
                    }
                }
            }
            combos = next;
        }
        return combos;
    }

    /**
     * A piece of a name and its possible readings: a word with a fixed reading, one Han character
     * (several readings when it is a polyphone), or a run of Latin letters and digits.
     */
    private record Segment(char character, List<String> readings) {}

    private static List<Segment> segments(String name) {
        List<Segment> out = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        int i = 0;
        while (i < name.length()) {
            String word = longestWordAt(name, i);
            if (word != null) {
                flush(other, out);
                out.add(new Segment(word.charAt(0), List.of(WORDS.get(word))));
                i += word.length();
                continue;
            }
            char c = name.charAt(i);
            String[] readings = readings(c);
            if (readings == null || readings.length == 0) {
                if (Character.isLetterOrDigit(c)) {
                    other.append(Character.toLowerCase(c));
                } else {
                    flush(other, out);
                }
            } else {
                flush(other, out);
                out.add(new Segment(c, List.copyOf(new LinkedHashSet<>(List.of(readings)))));
            }
            i++;
        }
        flush(other, out);
        return out;
    }

    private static void flush(StringBuilder other, List<Segment> out) {
        if (other.length() > 0) {
            out.add(new Segment(other.charAt(0), List.of(other.toString())));
            other.setLength(0);
        }
    }

    /**
     * Returns the first letter of each syllable of a spaced pinyin string, e.g. {@code "kun ming"}
     * gives {@code "km"}.
     */
    public static String initialsOf(String spacedPinyin) {
        StringBuilder sb = new StringBuilder();
        for (String s : spacedPinyin.trim().split("\\s+")) {
            if (!s.isEmpty()) {
                sb.append(s.charAt(0));
            }
        }
        return sb.toString();
    }

    private static String longestWordAt(String name, int i) {
        for (int len = Math.min(LONGEST_WORD, name.length() - i); len >= 1; len--) {
            String candidate = name.substring(i, i + len);
            if (WORDS.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static String[] readings(char c) {
        try {
            return PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin4j rejected a fixed output format", e);
        }
    }
}
