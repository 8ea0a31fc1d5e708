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
    static final int CHUNK = 16;
    static final int BATCH = 4096;
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
        // Tokenizing is the work: a batch at a time in parallel, merged in document order so
        // postings ascend; only one batch of token sets is alive at once, so memory stays flat.
        Map<String, Postings> index = new HashMap<>();
        for (int from = 0; from < list.size(); from += BATCH) {
            int start = from;
            List<Tokens> batch = IntStream.range(from, Math.min(list.size(), from + BATCH)).parallel()
                    .mapToObj(i -> tokensOf(list.get(i))).toList();
            for (int k = 0; k < batch.size(); k++) {
                Tokens t = batch.get(k);
                for (int j = 0; j < t.tokens.length; j++) {
                    index.computeIfAbsent(t.tokens[j], x -> new Postings()).add(start + k, j < t.inTitle);
                }
            }
        }
        Map<String, String[]> encoded = new TreeMap<>(index.entrySet().parallelStream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().encode())));
        index.clear();
        long size = 0;
        for (Map.Entry<String, String[]> e : encoded.entrySet()) {
            size += e.getKey().length() * 3L + e.getValue()[0].length() + e.getValue()[1].length() + 10;
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

    /** A document's tokens, those of its title first ({@code inTitle} of them). */
    private record Tokens(String[] tokens, int inTitle) {
    }

    private static Tokens tokensOf(SearchDocument d) {
        Set<String> all = Tokenizer.index(d.title());
        int inTitle = all.size();
        Tokenizer.scanBody(d.context(), all);
        Tokenizer.scanBody(d.extra(), all);
        all.add(TYPE + d.type());
        if (!d.level().isEmpty()) {
            all.add(LEVEL + d.level());
        }
        return new Tokens(all.toArray(new String[0]), inTitle);
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
        private int[] ids = new int[4];
        private int size;
        private int[] titles = new int[0];
        private int titleSize;

        void add(int id, boolean inTitle) {
            if (size == ids.length) {
                ids = java.util.Arrays.copyOf(ids, size * 2);
            }
            ids[size++] = id;
            if (inTitle) {
                if (titleSize == titles.length) {
                    titles = java.util.Arrays.copyOf(titles, Math.max(4, titleSize * 2));
                }
                titles[titleSize++] = id;
            }
        }

        String[] encode() {
            return new String[] {deltas(ids, size), deltas(titles, titleSize)};
        }

        private static String deltas(int[] list, int count) {
            StringBuilder s = new StringBuilder(count * 3);
            for (int i = 0; i < count; i++) {
                if (i > 0) {
                    s.append(',');
                }
                s.append(Integer.toString(i == 0 ? list[0] : list[i] - list[i - 1], 36));
            }
            return s.toString();
        }
    }
}
