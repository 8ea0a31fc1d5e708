package org.gongkai.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.site.Links;
import org.gongkai.site.Page;
import org.gongkai.site.Routes;

/**
 * The search index of a site, written as script files under search/ so that it loads from a
 * portal's static folder and from file:// alike (a script tag, not fetch):
 * <ul>
 * <li>{@code search/meta.js}: shard count, chunk size, the page patterns of {@link Routes} that
 * results link to, and each department's span of documents (so a document's year and department
 * follow from its number, for filtering); the search page
 * loads it with search.js;</li>
 * <li>{@code search/t/N.js}: the postings of the tokens that hash to shard N — a query loads only
 * the shards of its own tokens — and the documents a token ranks first, so that the first page
 * of results shows without waiting for document chunks;</li>
 * <li>{@code search/d/K.js}: documents K×chunk … (title, context, link, level), loaded for
 * results that their tokens do not carry.</li>
 * </ul>
 * Postings are ascending document numbers, gaps or a bitmap in a compact string (see
 * {@link Script}); a second list marks the documents whose title holds the token, for ranking.
 *
 * <p>Memory stays small on large sites: documents are made one department at a time, twice
 * (once for the postings, once for the document files), and postings are bytes, not objects.
 */
public final class SearchIndex {

    public static final String DIR = "search/";
    /** Documents per chunk file: a project and its rows share strings within one. */
    static final int CHUNK = 64;
    /** Shards are sized so that one holds about this much; a query loads a few of them. */
    static final int SHARD_BYTES = 12_000;
    /**
     * A token carries its first this many documents, in ranking order (title hits first): a page
     * of results and the half page search.js ranks the exact phrase over.
     */
    static final int CARRY = 30;
    /**
     * … when they are spread over more than this many chunks; fewer load at once (a project
     * code's results, all in one department, come from one to four chunks).
     */
    static final int CARRY_CHUNKS = 4;
    static final String LEVEL = "#level:";
    static final String TYPE = "#type:";
    /** Context parts: a record stores them apart so that repeated ones (a project's name) share a string. */
    static final String PART = " · ";

    /** A buffer a thread writes its files in, one after the other (each file is then copied out). */
    private static final ThreadLocal<Script> BUFFER = ThreadLocal.withInitial(() -> new Script(64 * 1024));

    private SearchIndex() {
    }

    /** The tables the departments not {@link Kept} are tokenized in, one a thread, emptied for each. */
    private static final ThreadLocal<TokenTable> SCRATCH = ThreadLocal.withInitial(TokenTable::new);

    /**
     * What an index leaves for the next index of the same site in the same process ({@code build
     * --watch}): each department's postings, and where its documents were, by department (the same
     * object: records never change), and how many documents there were. The next index tokenizes
     * only the departments made anew, and leaves out the document chunks whose documents are all
     * where they were.
     */
    public static final class Kept {
        private final Map<Department, TokenTable.Frozen> postings;
        private final Map<Department, Integer> firsts;
        private final int count;
        /** How many shards that index had. */
        private int shards;

        /** Empty, for an index of {@code count} documents; the departments' postings are put from many threads. */
        private Kept(int count) {
            this.postings = Collections.synchronizedMap(new IdentityHashMap<>());
            this.firsts = new IdentityHashMap<>();
            this.count = count;
        }

        /** What the build cache keeps of this ({@code build --incremental} in another process). */
        public Saved saved() {
            List<Map.Entry<Department, Integer>> byPlace = new ArrayList<>(firsts.entrySet());
            byPlace.sort(Map.Entry.comparingByValue());
            int[] at = new int[byPlace.size()];
            List<TokenTable.Frozen> frozen = new ArrayList<>(byPlace.size());
            for (int d = 0; d < at.length; d++) {
                at[d] = byPlace.get(d).getValue();
                frozen.add(postings.get(byPlace.get(d).getKey()));
            }
            return new Saved(count, shards, at, frozen);
        }

        /**
         * What {@code saved} describes, for the index of {@code site} it was saved from (the
         * departments read from the cache, whose postings those are); null when it does not fit
         * that site's departments and their documents.
         */
        public static Kept restore(Saved saved, Site site) {
            List<Department> departments = Documents.departments(site);
            int[] at = saved.firsts();
            if (at == null || saved.postings() == null || at.length != departments.size()
                    || saved.postings().size() != at.length) {
                return null;
            }
            Kept kept = new Kept(saved.count());
            int first = 0;
            for (int d = 0; d < at.length; d++) {
                Department department = departments.get(d);
                if (at[d] != first || saved.postings().get(d) == null) {
                    return null;
                }
                first += Documents.count(department);
                kept.postings.put(department, saved.postings().get(d));
                kept.firsts.put(department, at[d]);
            }
            if (first != saved.count()) {
                return null;
            }
            kept.shards = saved.shards();
            return kept;
        }
    }

    /**
     * A {@link Kept} as the build cache writes it: by place, each department's first document
     * and postings in document order, not by object.
     */
    public record Saved(int count, int shards, int[] firsts, List<TokenTable.Frozen> postings) {
        /** The type of one department's postings: the build cache reads each apart, in parallel. */
        public static final Class<?> POSTINGS = TokenTable.Frozen.class;
    }

    /**
     * An index: its files, and what it leaves for the next ({@link Kept}). Of the document chunks, the
     * files of the index before that the next could take unchanged are not among {@code pages}:
     * they were taken.
     */
    public record Made(List<Page> pages, Kept kept) {
    }

    /** The index files of {@code site}. */
    public static List<Page> build(Site site) {
        return build(site, null, null).pages();
    }

    /**
     * The index files of {@code site}, and what they leave for the next index ({@link Kept}).
     * {@code before}: what the index before left, or null. {@code take}: takes a document chunk of
     * the index before unchanged ({@code search/d/K.js}), where it can; null to make them all.
     */
    public static Made build(Site site, Kept before, java.util.function.Predicate<String> take) {
        List<Department> departments = Documents.departments(site);
        int[] firsts = new int[departments.size() + 1];
        for (int i = 0; i < departments.size(); i++) {
            firsts[i + 1] = firsts[i] + Documents.count(departments.get(i));
        }
        int count = firsts[departments.size()];
        List<Page> pages = new ArrayList<>();
        Kept kept = null;
        TokenTable table;
        if (take == null) {
            table = postingsAndChunks(departments, firsts, pages);
        } else {
            kept = new Kept(count);
            table = keptPostings(departments, firsts, before, kept);
            pages.addAll(chunks(departments, firsts, count, before, take));
        }
        // The tokens whose first results are spread wide carry them; the others' load in a few chunks.
        int[][] carries = new int[table.size()][];
        BitSet carried = new BitSet(count);
        long size = 0;
        for (int t = 0; t < table.size(); t++) {
            int[] first = firstRanked(table, t);
            // #type: and #level: only filter; they are never ranked.
            if (chunks(first) > CARRY_CHUNKS && !table.text(t).startsWith("#")) {
                carries[t] = first;
                for (int id : first) {
                    carried.set(id);
                }
            }
            // Gaps take five bits a character, seven a byte in the table; a bitmap is never longer.
            size += table.text(t).length() * 3L + 10 + table.bytes(t) * 7L / 5;
        }
        int shards = shardCount(size + carried.cardinality() * 80L);
        // The shards a save did not reach are taken from the index before, where they can be.
        BitSet dirty = take == null ? null : dirtyShards(departments, firsts, count, before, kept, table, carries, shards);
        if (kept != null) {
            kept.shards = shards;
        }
        // The postings go into the shards, and the table goes as they do; then the carried documents.
        Shard[] parts = shardPostings(table, shards, carries,
                n -> dirty != null && !dirty.get(n) && take.test(DIR + "t/" + n + ".js"));
        table = null;
        int[] ids = carried.stream().toArray();
        SearchDocument[] docs = IntStream.of(ids).parallel().mapToObj(id -> {
            int d = departmentOf(firsts, id);
            return Documents.at(departments.get(d), id - firsts[d]);
        }).toArray(SearchDocument[]::new);
        for (int n = 0; n < shards; n++) {
            if (parts[n] != null) { // null: taken from the index before
                pages.add(parts[n].finish(n, ids, docs));
                parts[n] = null;
            }
        }
        pages.add(meta(departments, shards, count));
        if (kept != null) {
            for (int d = 0; d < departments.size(); d++) {
                kept.firsts.put(departments.get(d), firsts[d]);
            }
        }
        return new Made(pages, kept);
    }

    /**
     * The shards that must be made again, or null for all of them. Only when every department is
     * where it was, with as many documents, and the shards as many: then a shard is the same file
     * unless one of its tokens has other documents in a department tokenized anew (compared with
     * that department's postings before), or it carries a document that is not the one at its
     * place before.
     */
    private static BitSet dirtyShards(List<Department> departments, int[] firsts, int count, Kept before, Kept kept,
            TokenTable table, int[][] carries, int shards) {
        if (before == null || before.shards != shards || before.count != count
                || before.firsts.size() != departments.size()) {
            return null;
        }
        // Every department has a document of its own, so no two start at one place: with as many
        // places as before, each now one of them, each department's documents are where and as
        // many as those of the department there before.
        Map<Integer, Department> wasAt = new java.util.HashMap<>();
        before.firsts.forEach((d, first) -> wasAt.put(first, d));
        BitSet dirty = new BitSet(shards);
        BitSet changedDocs = new BitSet(count); // the documents that differ from those at their place before
        for (int d = 0; d < departments.size(); d++) {
            Department now = departments.get(d);
            Integer first = before.firsts.get(now);
            if (first != null) {
                if (first != firsts[d]) {
                    return null;
                }
                continue;
            }
            Department was = wasAt.get(firsts[d]);
            if (was == null || before.postings.get(was) == null) {
                return null;
            }
            for (String token : TokenTable.changedTokens(before.postings.get(was), kept.postings.get(now))) {
                dirty.set(shardOf(token, shards));
            }
            List<SearchDocument> wasDocs = Documents.of(was);
            List<SearchDocument> nowDocs = Documents.of(now);
            for (int k = 0; k < nowDocs.size(); k++) {
                if (!nowDocs.get(k).equals(wasDocs.get(k))) {
                    changedDocs.set(firsts[d] + k);
                }
            }
        }
        for (int t = 0; t < carries.length; t++) {
            if (carries[t] != null) {
                for (int id : carries[t]) {
                    if (changedDocs.get(id)) {
                        dirty.set(shardOf(table.text(t), shards));
                        break;
                    }
                }
            }
        }
        return dirty;
    }

    /** The number of parts that work goes in, so that every core has some while others wait. */
    private static int parallelParts() {
        return 4 * java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
    }

    /**
     * The postings of every document, each department's as {@code before} has them or tokenized
     * anew; into {@code kept}, each department's.
     */
    private static TokenTable keptPostings(List<Department> departments, int[] firsts, Kept before, Kept kept) {
        Map<Department, TokenTable.Frozen> known = before == null ? Map.of() : before.postings;
        int runs = Math.max(1, Math.min(departments.size(), parallelParts()));
        List<TokenTable> tables = IntStream.range(0, runs).parallel().mapToObj(r -> {
            TokenTable table = new TokenTable();
            for (int d = departments.size() * r / runs; d < departments.size() * (r + 1) / runs; d++) {
                Department department = departments.get(d);
                TokenTable.Frozen postings = known.get(department);
                if (postings == null) {
                    TokenTable scratch = SCRATCH.get();
                    scratch.clear();
                    List<SearchDocument> docs = Documents.of(department);
                    for (int k = 0; k < docs.size(); k++) {
                        add(scratch, k, docs.get(k));
                    }
                    postings = scratch.freeze();
                }
                kept.postings.put(department, postings);
                table.append(postings, firsts[d]);
            }
            return table;
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        TokenTable merged = tables.set(0, null);
        for (int r = 1; r < tables.size(); r++) {
            merged.append(tables.set(r, null));
        }
        return merged;
    }

    /**
     * The document chunks, but those {@code take} took from the index before: a chunk whose
     * documents are all of departments that were where they are now, and that held as many
     * documents then, is the same file.
     */
    private static List<Page> chunks(List<Department> departments, int[] firsts, int count, Kept before,
            java.util.function.Predicate<String> take) {
        int chunks = (count + CHUNK - 1) / CHUNK;
        int runs = Math.max(1, Math.min(chunks, parallelParts()));
        return IntStream.range(0, runs).parallel().mapToObj(r -> {
            List<Page> files = new ArrayList<>();
            List<SearchDocument> docs = null;
            int docsOf = -1;
            for (int k = (int) ((long) chunks * r / runs); k < (int) ((long) chunks * (r + 1) / runs); k++) {
                int from = k * CHUNK;
                int to = Math.min(count, from + CHUNK);
                if (before != null && Math.min(before.count, from + CHUNK) == to
                        && unmoved(departments, firsts, from, to, before) && take.test(DIR + "d/" + k + ".js")) {
                    continue;
                }
                List<SearchDocument> chunk = new ArrayList<>(CHUNK);
                for (int id = from, d = departmentOf(firsts, from); id < to; d++) {
                    if (d != docsOf) {
                        docs = Documents.of(departments.get(d));
                        docsOf = d;
                    }
                    for (int i = id - firsts[d]; i < docs.size() && id < to; i++, id++) {
                        chunk.add(docs.get(i));
                    }
                }
                files.add(chunkFile(k, chunk));
            }
            return files;
        }).flatMap(List::stream).toList();
    }

    /** Whether the documents {@code from} to {@code to} are all of departments that were where they are now. */
    private static boolean unmoved(List<Department> departments, int[] firsts, int from, int to, Kept before) {
        for (int d = departmentOf(firsts, from); d < departments.size() && firsts[d] < to; d++) {
            Integer was = before.firsts.get(departments.get(d));
            if (was == null || was != firsts[d]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The postings of every document, and the document chunks into {@code pages}: runs of
     * chunks in parallel, each into a table of its own (a department across a boundary is made by
     * both runs, each taking its own documents), then the tables merged in order.
     */
    private static TokenTable postingsAndChunks(List<Department> departments, int[] firsts, List<Page> pages) {
        int count = firsts[departments.size()];
        int chunks = (count + CHUNK - 1) / CHUNK;
        int runs = Math.max(1, Math.min(chunks, parallelParts()));
        record Run(TokenTable table, List<Page> chunks) {
        }
        List<Run> done = IntStream.range(0, runs).parallel().mapToObj(r -> {
            int from = (int) ((long) chunks * r / runs) * CHUNK;
            int to = Math.min(count, (int) ((long) chunks * (r + 1) / runs) * CHUNK);
            TokenTable table = new TokenTable();
            List<Page> files = new ArrayList<>();
            List<SearchDocument> chunk = new ArrayList<>(CHUNK);
            int d = departmentOf(firsts, from);
            for (int id = from; id < to; d++) {
                List<SearchDocument> docs = Documents.of(departments.get(d));
                for (int k = id - firsts[d]; k < docs.size() && id < to; k++, id++) {
                    SearchDocument doc = docs.get(k);
                    add(table, id, doc);
                    chunk.add(doc);
                    if (chunk.size() == CHUNK || id + 1 == count) {
                        files.add(chunkFile(id / CHUNK, chunk));
                        chunk.clear();
                    }
                }
            }
            return new Run(table, files);
        }).collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        TokenTable merged = null;
        for (int r = 0; r < done.size(); r++) {
            Run run = done.set(r, null);
            pages.addAll(run.chunks());
            if (merged == null) {
                merged = run.table();
            } else {
                merged.append(run.table());
            }
        }
        return merged;
    }

    private static void add(TokenTable table, int id, SearchDocument doc) {
        table.document(id);
        Tokenizer.index(doc.title(), table, true);
        table.body();
        for (String part : doc.context()) {   // as the joined text: the separator is no token
            Tokenizer.index(part, table, false);
        }
        Tokenizer.index(doc.extra(), table, false);
        table.word(TYPE + doc.type());
        if (!doc.level().isEmpty()) {
            table.word(LEVEL + doc.level());
        }
    }

    /**
     * The first {@link #CARRY} documents of token {@code t} as a query of that token alone ranks
     * them: those with it in their title, then the others, each in document order.
     */
    static int[] firstRanked(TokenTable table, int t) {
        int[] titles = table.titles(t, CARRY);
        int n = Math.min(CARRY, table.count(t));
        int[] first = Arrays.copyOf(titles, n);
        int k = titles.length;
        if (k < n) {
            // Fewer title hits than wanted, so all of them are in titles; among the first
            // n + titles documents are n that are not title hits.
            int[] all = table.all(t, n + titles.length);
            for (int i = 0, j = 0; i < all.length && k < n; i++) {
                while (j < titles.length && titles[j] < all[i]) {
                    j++;
                }
                if (j >= titles.length || titles[j] != all[i]) {
                    first[k++] = all[i];
                }
            }
        }
        return first;
    }

    private static int chunks(int[] ids) {
        int[] sorted = ids.clone();
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] / CHUNK != sorted[i - 1] / CHUNK) {
                n++;
            }
        }
        return n;
    }

    /** The department whose documents include {@code id}. */
    private static int departmentOf(int[] firsts, int id) {
        int lo = 0;
        int hi = firsts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (firsts[mid] <= id) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static Page chunkFile(int k, List<SearchDocument> docs) {
        Records records = new Records();
        for (SearchDocument d : docs) {
            records.add(d);
        }
        Script s = BUFFER.get().reset().ascii("gongkaiSearch.docs(").number(k).ascii(',');
        records.write(s);
        return new Page(DIR + "d/" + k + ".js", s.ascii(");\n").toBytes());
    }

    /**
     * The postings part of every shard, from the table; each token's lists are let go once
     * written, so the table shrinks as the shards grow.
     */
    private static Shard[] shardPostings(TokenTable table, int shards, int[][] carries,
            java.util.function.IntPredicate taken) {
        // Tokens by shard, each shard's in text order (so the files are the same from build to build).
        String[] texts = new String[table.size()];
        List<List<Integer>> byShard = new ArrayList<>();
        for (int n = 0; n < shards; n++) {
            byShard.add(new ArrayList<>());
        }
        for (int t = 0; t < table.size(); t++) {
            texts[t] = table.text(t);
            byShard.get(shardOf(texts[t], shards)).add(t);
        }
        return IntStream.range(0, shards).parallel().mapToObj(n -> {
            List<Integer> tokens = byShard.get(n);
            if (taken.test(n)) {
                for (int t : tokens) {
                    table.release(t);
                }
                return null;
            }
            tokens.sort((a, b) -> texts[a].compareTo(texts[b]));
            Script s = BUFFER.get().reset().ascii("gongkaiSearch.shard(").number(n).ascii(",{");
            BitSet docs = new BitSet();
            for (int i = 0; i < tokens.size(); i++) {
                int t = tokens.get(i);
                int[] all = table.all(t);
                int[] titles = table.titles(t);
                table.release(t);
                s.ascii(i == 0 ? "" : ",").string(texts[t]).ascii(":[").ids(all, all.length).ascii(',')
                        .subset(titles, all).ascii(']');
                if (carries[t] != null) {
                    for (int id : carries[t]) {
                        docs.set(id);
                    }
                }
            }
            return new Shard(s.ascii("},").toBytes(), docs.stream().toArray());
        }).toArray(Shard[]::new);
    }

    /** A shard's postings, written, and the documents its tokens carry, to be added. */
    private record Shard(byte[] postings, int[] docs) {
        /** The shard file: its postings and its documents, out of {@code carried} (numbered {@code ids}). */
        Page finish(int n, int[] ids, SearchDocument[] carried) {
            Records records = new Records();
            for (int id : docs) {
                records.add(id, carried[Arrays.binarySearch(ids, id)]);
            }
            Script s = BUFFER.get().reset();
            s.bytes(postings);
            records.write(s);
            return new Page(DIR + "t/" + n + ".js", s.ascii(");\n").toBytes());
        }
    }

    private static Page meta(List<Department> departments, int shards, int count) {
        Script s = new Script(64 * departments.size() + 64).ascii("gongkaiSearch.meta({\"shards\":").number(shards)
                .ascii(",\"chunk\":").number(CHUNK).ascii(",\"count\":").number(count)
                .ascii(",\"root\":").string(Links.root(Routes.SEARCH.path()))
                .ascii(",\"routes\":{\"department\":").string(Routes.DEPARTMENT.pattern())
                .ascii(",\"project\":").string(Routes.PROJECT.pattern()).ascii("},\"spans\":[");
        int first = 0;
        for (int i = 0; i < departments.size(); i++) {
            Department d = departments.get(i);
            s.ascii(i == 0 ? "[" : ",[").number(d.year()).ascii(',').string(d.code()).ascii(',').string(d.name()).ascii(',')
                    .number(first).ascii(']');
            first += Documents.count(d);
        }
        return new Page(Routes.SEARCH_META.path(), s.ascii("]});\n").toBytes());
    }

    /**
     * Documents as lists of numbers into one table of strings, each string once: [type, title,
     * level, project code, context parts…], with the document's number first when {@code id} is
     * given. Within a chunk or a shard the same project name, code and 二级指标 recur; each is
     * written once. (The link is the department's folder, from meta.js, and the project code.)
     */
    private static final class Records {
        private final StringTable strings = new StringTable(256);
        private final List<int[]> records = new ArrayList<>();

        /** A document of a chunk, numbered by its place. */
        void add(SearchDocument d) {
            records.add(refs(d, 0));
        }

        /** A document of a shard, with its number. */
        void add(int id, SearchDocument d) {
            int[] r = refs(d, 1);
            r[0] = id;
            records.add(r);
        }

        private int[] refs(SearchDocument d, int at) {
            List<String> parts = d.context();
            int[] r = new int[at + 4 + parts.size()];
            r[at] = ref(d.type() == 'd' ? "d" : d.type() == 'p' ? "p" : "i");
            r[at + 1] = ref(d.title());
            r[at + 2] = ref(d.level());
            r[at + 3] = ref(d.project());
            for (int k = 0; k < parts.size(); k++) {
                r[at + 4 + k] = ref(parts.get(k));
            }
            return r;
        }

        private int ref(String s) {
            return strings.add(s);
        }

        /** {@code [strings…],[[record],…]} */
        void write(Script s) {
            s.ascii('[');
            for (int i = 0; i < strings.size(); i++) {
                if (i > 0) {
                    s.ascii(',');
                }
                s.string(strings.get(i));
            }
            s.ascii("],[");
            for (int i = 0; i < records.size(); i++) {
                s.ascii(i == 0 ? "[" : ",[");
                int[] r = records.get(i);
                for (int k = 0; k < r.length; k++) {
                    if (k > 0) {
                        s.ascii(',');
                    }
                    s.number(r[k]);
                }
                s.ascii(']');
            }
            s.ascii(']');
        }
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
}
