package org.gongkai.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.gongkai.model.Site;
import org.gongkai.render.Page;

/**
 * The search index of a site, written as script files under search/ so that it loads from a
 * portal's static folder and from file:// alike (a script tag, not fetch):
 * <ul>
 * <li>{@code search/meta.js}: shard count, chunk size, and each department's span of documents
 * (so a document's year and department follow from its number, for filtering);</li>
 * <li>{@code search/t/N.js}: the postings of the tokens that hash to shard N — a query loads only
 * the shards of its own tokens;</li>
 * <li>{@code search/d/K.js}: documents K×chunk … (title, context, link, level), loaded only for
 * the results shown.</li>
 * </ul>
 * Postings are ascending document numbers, delta-encoded in base 36; a second list marks the
 * documents whose title holds the token, for ranking.
 */
public final class SearchIndex {

    public static final String DIR = "search/";
    static final int CHUNK = 200;
    /** Shards are sized so that one holds about this much; a query loads a few of them. */
    static final int SHARD_BYTES = 12_000;
    static final String LEVEL = "#level:";
    static final String TYPE = "#type:";

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndex() {
    }

    /** The index files of {@code site}. */
    public static List<Page> build(Site site) {
        Documents docs = Documents.of(site);
        List<SearchDocument> list = docs.documents;
        // Tokenizing is the work: done in parallel, merged in document order so postings ascend.
        List<Set<String>[]> tokens = IntStream.range(0, list.size()).parallel().mapToObj(i -> tokensOf(list.get(i))).toList();
        Map<String, Postings> index = new HashMap<>();
        for (int id = 0; id < list.size(); id++) {
            Set<String>[] t = tokens.get(id);
            for (String token : t[0]) {
                index.computeIfAbsent(token, k -> new Postings()).add(id, t[1].contains(token));
            }
        }
        Map<String, String[]> encoded = new TreeMap<>();
        long size = 0;
        for (Map.Entry<String, Postings> e : index.entrySet()) {
            String[] p = e.getValue().encode();
            encoded.put(e.getKey(), p);
            size += e.getKey().length() * 3L + p[0].length() + p[1].length() + 10;
        }
        int shards = shardCount(size);
        List<StringBuilder> shardText = new ArrayList<>();
        for (int n = 0; n < shards; n++) {
            shardText.add(new StringBuilder("gongkaiSearch.shard(" + n + ",{"));
        }
        encoded.forEach((token, p) -> {
            StringBuilder s = shardText.get(shardOf(token, shards));
            if (s.charAt(s.length() - 1) != '{') {
                s.append(',');
            }
            s.append('"').append(token).append("\":[\"").append(p[0]).append("\",\"").append(p[1]).append("\"]");
        });
        List<Page> pages = new ArrayList<>();
        for (int n = 0; n < shards; n++) {
            pages.add(page(DIR + "t/" + n + ".js", shardText.get(n).append("});\n").toString()));
        }
        for (int k = 0; k * CHUNK < list.size(); k++) {
            List<List<String>> chunk = list.subList(k * CHUNK, Math.min(list.size(), (k + 1) * CHUNK)).stream()
                    .map(d -> List.of(String.valueOf(d.type()), d.title(), d.context(), d.url(), d.level())).toList();
            pages.add(page(DIR + "d/" + k + ".js", "gongkaiSearch.docs(" + k + "," + json(chunk) + ");\n"));
        }
        Map<String, Object> meta = new HashMap<>();
        meta.put("shards", shards);
        meta.put("chunk", CHUNK);
        meta.put("count", list.size());
        meta.put("spans", docs.spans.stream().map(s -> List.of(s.year(), s.code(), s.name(), s.first())).toList());
        pages.add(page(DIR + "meta.js", "gongkaiSearch.meta(" + json(meta) + ");\n"));
        return pages;
    }

    @SuppressWarnings("unchecked")
    private static Set<String>[] tokensOf(SearchDocument d) {
        Set<String> all = Tokenizer.index(d.text());
        all.add(TYPE + d.type());
        if (!d.level().isEmpty()) {
            all.add(LEVEL + d.level());
        }
        return new Set[] {all, Tokenizer.index(d.title())};
    }

    /** A power of two, so that shards stay near {@link #SHARD_BYTES}. */
    static int shardCount(long size) {
        int n = 1;
        while (n < 4096 && size / n > SHARD_BYTES) {
            n *= 2;
        }
        return n;
    }

    /** FNV-1a over UTF-16 units, the same in search.js. */
    public static int shardOf(String token, int shards) {
        int h = 0x811c9dc5;
        for (int i = 0; i < token.length(); i++) {
            h ^= token.charAt(i);
            h *= 16777619;
        }
        return (int) (Integer.toUnsignedLong(h) % shards);
    }

    private static Page page(String path, String text) {
        return new Page(path, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ascending document numbers of one token, with those where it is in the title. */
    private static final class Postings {
        private final StringBuilder all = new StringBuilder();
        private final StringBuilder titles = new StringBuilder();
        private int last = -1;
        private int lastTitle = -1;

        void add(int id, boolean inTitle) {
            last = append(all, id, last);
            if (inTitle) {
                lastTitle = append(titles, id, lastTitle);
            }
        }

        private static int append(StringBuilder s, int id, int previous) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(Integer.toString(previous < 0 ? id : id - previous, 36));
            return id;
        }

        String[] encode() {
            return new String[] {all.toString(), titles.toString()};
        }
    }
}
