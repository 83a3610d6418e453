package org.civmap.core.placename;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Searches place names the way people in Yunnan type them: Chinese characters (full or short names,
 * any part of a name), full pinyin with or without spaces or tones, initials (km, xsbn), mixed input
 * (昆m), one typo, every reading of a polyphone, and former names, which resolve to today's unit.
 * Results carry the division path so that the many 城关镇 can be told apart; exact matches and higher
 * levels rank first. Queries are built programmatically, never parsed, so Lucene syntax in the input
 * is just text. Immutable and thread-safe once built.
 */
public final class PlaceNameIndex {

    /**
     * One name to index.
     *
     * @param levelRank 0 for the province … 4 for a village: higher levels rank first
     * @param parentCode the code of the unit it belongs to, empty at the top
     * @param formerNames names it used to have
     */
    public record Entry(
            String code,
            String name,
            String pinyin,
            String levelZh,
            int levelRank,
            String parentCode,
            List<String> formerNames) {
        public Entry {
            formerNames = List.copyOf(formerNames);
        }
    }

    /** One hit. {@code matchedFormerName} is set when the query matched a former name (原名). */
    public record Hit(
            String code,
            String name,
            String pinyin,
            String level,
            String path,
            String matchedFormerName,
            float score) {}

    static final int MAX_QUERY_LENGTH = 200;
    private static final int MAX_READINGS = 16;

    private final IndexSearcher searcher;
    private final Analyzer bigrams = bigramAnalyzer();

    private PlaceNameIndex(IndexSearcher searcher) {
        this.searcher = searcher;
    }

    /** Indexes names, e.g. every division with its former names. */
    public static PlaceNameIndex of(List<Entry> entries) {
        Map<String, Entry> byCode = new HashMap<>();
        entries.forEach(e -> byCode.put(e.code(), e));
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(bigramAnalyzer()))) {
            for (Entry e : entries) {
                w.addDocument(document(e, path(e, byCode)));
            }
            w.commit();
            return new PlaceNameIndex(new IndexSearcher(DirectoryReader.open(dir)));
        } catch (IOException e) {
            throw new UncheckedIOException("building the place-name index failed", e);
        }
    }

    private static Document document(Entry e, String path) {
        Document doc = new Document();
        doc.add(new StringField("code", e.code(), Field.Store.YES));
        doc.add(new StringField("name", e.name(), Field.Store.YES));
        doc.add(new TextField("chars", e.name(), Field.Store.NO));
        doc.add(new StoredField("pinyin", e.pinyin()));
        doc.add(new StoredField("level", e.levelZh()));
        doc.add(new StoredField("path", path));
        Set<String> readings = new LinkedHashSet<>();
        readings.add(e.pinyin());
        readings.addAll(Pinyin.allReadings(e.name(), MAX_READINGS));
        for (String r : readings) {
            doc.add(new StringField("py", r.replace(" ", ""), Field.Store.NO));
            doc.add(new StringField("ini", Pinyin.initialsOf(r), Field.Store.NO));
        }
        String stem = stem(e.name());
        if (!stem.equals(e.name())) {
            doc.add(new StringField("stem", stem, Field.Store.NO));
            for (String r : Pinyin.allReadings(stem, MAX_READINGS)) {
                doc.add(new StringField("py", r.replace(" ", ""), Field.Store.NO));
            }
        }
        for (String f : e.formerNames()) {
            doc.add(new StringField("former", f, Field.Store.YES));
            doc.add(new StringField("stem", stem(f), Field.Store.NO));
            doc.add(new TextField("chars", f, Field.Store.NO));
            for (String r : Pinyin.allReadings(f, MAX_READINGS)) {
                doc.add(new StringField("py", r.replace(" ", ""), Field.Store.NO));
            }
        }
        // higher levels first: province 1.5 … village 1.1
        doc.add(new FloatDocValuesField("rank", 1.5f - 0.1f * e.levelRank()));
        return doc;
    }

    /** Suffixes people leave out: 昆明 for 昆明市, 华山 for 华山街道. Longest first. */
    private static final List<String> SUFFIXES =
            List.of("村民委员会", "居民委员会", "自治州", "自治县", "街道", "社区", "市", "县", "区", "镇", "乡", "州");

    /** Ethnic autonomous names: 大理白族自治州 → 大理, 禄劝彝族苗族自治县 → 禄劝, 永建回族彝族乡 → 永建. */
    private static final java.util.regex.Pattern ETHNIC = java.util.regex.Pattern.compile(
            "^(.+?)(?:(?:彝|白|傣|哈尼|纳西|傈僳|拉祜|佤|景颇|布朗|普米|怒|独龙|阿昌|德昂|基诺|藏|苗|瑶|壮|回|蒙古|布依|满|水)族)+" + "(?:自治州|自治县|乡)$");

    /** Returns the name without its administrative suffix, or the name when it has none or is that short. */
    static String stem(String name) {
        java.util.regex.Matcher m = ETHNIC.matcher(name);
        if (m.matches() && m.group(1).length() >= 2) {
            return m.group(1);
        }
        for (String s : SUFFIXES) {
            if (name.endsWith(s) && name.length() - s.length() >= 2) {
                return name.substring(0, name.length() - s.length());
            }
        }
        return name;
    }

    private static String path(Entry e, Map<String, Entry> byCode) {
        List<String> names = new ArrayList<>();
        Entry cur = e;
        while (cur != null) {
            names.add(0, cur.name());
            cur = cur.parentCode().isEmpty() ? null : byCode.get(cur.parentCode());
        }
        return String.join(" › ", names);
    }

    /**
     * Searches.
     *
     * @param q what a person typed; control characters are dropped
     * @param limit 1..100 results
     * @throws IllegalArgumentException for an empty or over-long query, naming the rule
     */
    public List<Hit> search(String q, int limit) {
        String text = clean(q);
        if (limit < 1 || limit > 100) {
            throw new IllegalArgumentException("limit must be in 1..100, was " + limit);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        String latin = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\s'’·-]", "")
                .replaceAll("[āáǎà]", "a")
                .replaceAll("[ēéěè]", "e")
                .replaceAll("[īíǐì]", "i")
                .replaceAll("[ōóǒò]", "o")
                .replaceAll("[ūúǔù]", "u")
                .replaceAll("[ǖǘǚǜ]", "ü")
                .replace("v", "ü");
        boolean hasHan = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        boolean allHan = text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        if (hasHan) {
            add(b, new TermQuery(new Term("name", text)), 100);
            add(b, new TermQuery(new Term("former", text)), 60);
            add(b, new TermQuery(new Term("stem", text)), 80);
            add(b, new PrefixQuery(new Term("name", text)), 50);
            add(b, new PrefixQuery(new Term("former", text)), 30);
            Query substring = new QueryBuilder(bigrams).createPhraseQuery("chars", text);
            if (substring != null) {
                add(b, substring, 10);
            }
            if (allHan && text.length() >= 3) {
                add(b, new FuzzyQuery(new Term("name", text), 1, 1), 3);
            }
        }
        // pinyin of the Han part followed by the latin part: 昆m → kunm…, initials km…
        List<String> spelled = hasHan ? mixed(text) : List.of(latin);
        for (String s : spelled) {
            if (s.isEmpty()) {
                continue;
            }
            add(b, new TermQuery(new Term("py", s)), 40);
            add(b, new PrefixQuery(new Term("py", s)), 20);
            add(b, new TermQuery(new Term("ini", s)), 25);
            add(b, new PrefixQuery(new Term("ini", s)), 12);
            if (!hasHan && s.length() >= 4) {
                add(b, new FuzzyQuery(new Term("py", s), 1, 1), 4);
            }
        }
        if (hasHan) {
            for (String ini : mixedInitials(text)) {
                add(b, new PrefixQuery(new Term("ini", ini)), 12);
            }
        }
        Query ranked = FunctionScoreQuery.boostByValue(b.build(), DoubleValuesSource.fromFloatField("rank"));
        try {
            TopDocs top = searcher.search(ranked, limit);
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String matchedFormer = null;
                for (String f : d.getValues("former")) {
                    if (f.startsWith(text)) {
                        matchedFormer = f;
                    }
                }
                hits.add(new Hit(
                        d.get("code"),
                        d.get("name"),
                        d.get("pinyin"),
                        d.get("level"),
                        d.get("path"),
                        matchedFormer,
                        sd.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("place-name search failed", e);
        }
    }

    static String clean(String q) {
        if (q == null) {
            throw new IllegalArgumentException("q must not be empty");
        }
        String text = q.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new IllegalArgumentException(
                    "q must be at most " + MAX_QUERY_LENGTH + " characters, was " + text.length());
        }
        return text;
    }

    /** Spells the Han characters of a mixed query in pinyin and appends the rest: 昆m → kunm. */
    private static List<String> mixed(String text) {
        int split = 0;
        while (split < text.length() && Character.UnicodeScript.of(text.charAt(split)) == Character.UnicodeScript.HAN) {
            split++;
        }
        String rest = text.substring(split).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        List<String> out = new ArrayList<>();
        for (String r : Pinyin.allReadings(text.substring(0, split), 4)) {
            out.add(r.replace(" ", "") + rest);
        }
        return out;
    }

    private static List<String> mixedInitials(String text) {
        int split = 0;
        while (split < text.length() && Character.UnicodeScript.of(text.charAt(split)) == Character.UnicodeScript.HAN) {
            split++;
        }
        String rest = text.substring(split).toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        if (rest.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String r : Pinyin.allReadings(text.substring(0, split), 4)) {
            out.add(Pinyin.initialsOf(r) + rest);
        }
        return out;
    }

    private static void add(BooleanQuery.Builder b, Query q, float boost) {
        b.add(new BoostQuery(q, boost), BooleanClause.Occur.SHOULD);
    }

    private static Analyzer bigramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer t = new StandardTokenizer();
                return new TokenStreamComponents(t, new CJKBigramFilter(t));
            }
        };
    }
}
