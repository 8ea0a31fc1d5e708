package org.gongkai.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.site.Page;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The index files, read back as search.js reads them, against the documents and tokens made
 * the plain way (a set of strings per document): every token's postings and title hits, every
 * document in its chunk, and the documents each token carries in its shard. The site is the
 * corpus sample, its departments repeated 40 times over, so that tokens spread across many
 * chunks and carry their first results.
 */
class SearchIndexTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static Site site;
    static Map<String, String> files;
    static List<SearchDocument> documents;

    @BeforeAll
    static void build() throws Exception {
        Site sample = SiteLoader.load(Sites.REPO.resolve("src/test/resources/corpus-sample"));
        List<Year> years = new ArrayList<>();
        int n = 0;
        for (Year y : sample.years()) {
            List<Department> departments = new ArrayList<>();
            for (int copy = 0; copy < 40; copy++) {
                for (Department d : y.departments()) {
                    departments.add(new Department(String.format("%06d", 800000 + n++), d.name(), d.shortName(), d.year(), d.unit(),
                            d.units(), d.overallGoal(), d.itemGoals(), d.measures(), d.projects(), d.disclosure(), d.origin(),
                            true, d.form(), d.overallTable(), d.draft(), d.incomplete(), d.attachments()));
                }
            }
            years.add(new Year(y.year(), departments));
        }
        site = new Site(sample.config(), years);
        files = read(SearchIndex.build(site));
        documents = new ArrayList<>();
        for (Department d : Documents.departments(site)) {
            documents.addAll(Documents.of(d));
        }
    }

    static Map<String, String> read(List<Page> pages) {
        Map<String, String> map = new TreeMap<>();
        for (Page p : pages) {
            map.put(p.path(), new String(p.content(), StandardCharsets.UTF_8));
        }
        return map;
    }

    /** The arguments of the one call a script file makes, as a JSON array. */
    static JsonNode call(String file) throws Exception {
        String text = files.get(SearchIndex.DIR + file);
        assertTrue(text.endsWith(");\n"), file);
        return JSON.readTree("[" + text.substring(text.indexOf('(') + 1, text.length() - 3) + "]");
    }

    @Test
    void theSameSiteGivesTheSameFiles() {
        assertEquals(files, read(SearchIndex.build(site)));
    }

    /**
     * An index made from what the index before kept ({@code build --watch}) is the index made
     * from nothing: the departments kept are not tokenized again, and every chunk it takes from
     * the index before is that index's file, byte for byte, where the new index has the same.
     */
    @Test
    void anIndexFromWhatTheOneBeforeKeptIsTheSameFiles() {
        SearchIndex.Made first = SearchIndex.build(site, null, path -> true);
        assertEquals(files, read(first.pages()), "nothing kept before: every file made");
        // One department renamed (its documents stay where they were), one removed: those after it move.
        Rebuilt again = rebuilt(first, departments -> {
            departments.set(3, renamed(departments.get(3), "改名后的部门"));
            departments.remove(departments.size() - 5);
        });
        Map<String, String> expected = again.expected();
        Set<String> taken = again.taken();
        Map<String, String> made = again.made();
        assertTrue(taken.size() > 10, "the chunks of the unchanged departments are taken: " + taken.size());
        assertTrue(made.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "d/")).count() >= 2,
                "the chunks of the changed and moved ones are made: " + made.keySet());
        for (String path : taken) {
            assertTrue(path.startsWith(SearchIndex.DIR + "d/"), path);
            assertEquals(expected.get(path), files.get(path), "taken unchanged: " + path);
            made.put(path, files.get(path));
        }
        assertEquals(expected, made);
        // What the second kept serves a third, which takes nothing (no version to take from).
        assertEquals(expected, read(SearchIndex.build(again.site(), again.next().kept(), path -> false).pages()));
    }

    /**
     * What an index kept, saved by place ({@code build --incremental} writes it in the build
     * cache) and restored to the site it was made from, serves the next index as it would have
     * in memory; restored to a site whose departments or documents are others, it is refused.
     */
    @Test
    void whatAnIndexKeptIsRestoredOnlyToTheSiteItWasMadeFrom() {
        SearchIndex.Made first = SearchIndex.build(site, null, path -> true);
        SearchIndex.Saved saved = first.kept().saved();
        // Restored to departments equal to those it was made from, but other objects (as a cache decodes them).
        Site decoded = new Site(site.config(), site.years().stream()
                .map(y -> new Year(y.year(), y.departments().stream().map(d -> d.withProjects(d.projects())).toList())).toList());
        SearchIndex.Kept restored = SearchIndex.Kept.restore(saved, decoded);
        assertTrue(restored != null);
        Rebuilt again = rebuilt(new SearchIndex.Made(first.pages(), restored), decoded, departments ->
                departments.set(1, renamed(departments.get(1), "改名后的部门")));
        Map<String, String> made = again.made();
        assertTrue(again.taken().stream().anyMatch(p -> p.startsWith(SearchIndex.DIR + "t/")), "shards taken");
        again.taken().forEach(path -> made.put(path, files.get(path)));
        assertEquals(again.expected(), made);
        // Another site: a department fewer, or one with a project fewer (its documents end elsewhere).
        List<Year> fewer = new ArrayList<>(site.years());
        Year y = fewer.get(0);
        fewer.set(0, new Year(y.year(), y.departments().subList(1, y.departments().size())));
        assertEquals(null, SearchIndex.Kept.restore(saved, new Site(site.config(), fewer)));
        List<Year> shorter = new ArrayList<>(site.years());
        List<Department> departments = new ArrayList<>(y.departments());
        Department d = departments.stream().filter(x -> !x.projects().isEmpty()).findFirst().orElseThrow();
        departments.set(departments.indexOf(d), d.withProjects(d.projects().subList(1, d.projects().size())));
        shorter.set(0, new Year(y.year(), departments));
        assertEquals(null, SearchIndex.Kept.restore(saved, new Site(site.config(), shorter)));
    }

    /** The site changed, its index from nothing, and its index from what {@code first} kept. */
    private record Rebuilt(Site site, Map<String, String> expected, Set<String> taken, SearchIndex.Made next,
            Map<String, String> made) {
    }

    /** Each year's departments changed by {@code change}, and the index made again from what {@code first} kept. */
    private Rebuilt rebuilt(SearchIndex.Made first, java.util.function.Consumer<List<Department>> change) {
        return rebuilt(first, site, change);
    }

    /** As {@link #rebuilt(SearchIndex.Made, java.util.function.Consumer)}, for {@code first} made of {@code site}. */
    private static Rebuilt rebuilt(SearchIndex.Made first, Site site, java.util.function.Consumer<List<Department>> change) {
        List<Year> years = new ArrayList<>();
        for (Year y : site.years()) {
            List<Department> departments = new ArrayList<>(y.departments());
            change.accept(departments);
            years.add(new Year(y.year(), departments));
        }
        Site changed = new Site(site.config(), years);
        Set<String> taken = new java.util.concurrent.ConcurrentSkipListSet<>(); // taken from both cores at once
        SearchIndex.Made next = SearchIndex.build(changed, first.kept(), path -> taken.add(path));
        return new Rebuilt(changed, read(SearchIndex.build(changed)), taken, next, read(next.pages()));
    }

    /**
     * A department changed where it is (renamed: as many documents, in the same place): the shards
     * none of whose tokens or carried documents it reaches are taken from the index before, and
     * the index is still the one made from nothing.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, -1})
    void theShardsAChangeInPlaceDoesNotReachAreTaken(int which) {
        SearchIndex.Made first = SearchIndex.build(site, null, path -> true);
        // The second department's documents are among those common tokens carry in their shards;
        // the last one's (-1) come after them.
        Rebuilt again = rebuilt(first, departments -> {
            int d = which < 0 ? departments.size() + which : which;
            departments.set(d, renamed(departments.get(d), "改名后的部门"));
        });
        Map<String, String> expected = again.expected();
        Set<String> taken = again.taken();
        Map<String, String> made = again.made();
        long shardsTaken = taken.stream().filter(p -> p.startsWith(SearchIndex.DIR + "t/")).count();
        long shardsMade = made.keySet().stream().filter(p -> p.startsWith(SearchIndex.DIR + "t/")).count();
        for (String path : taken) {
            assertEquals(expected.get(path), files.get(path), "taken unchanged: " + path);
            made.put(path, files.get(path));
        }
        assertEquals(expected, made);
        assertTrue(shardsTaken > 0 && shardsMade > 0, shardsTaken + " shards taken, " + shardsMade + " made");
    }

    private static Department renamed(Department d, String name) {
        return new Department(d.code(), name, d.shortName(), d.year(), d.unit(), d.units(), d.overallGoal(),
                d.itemGoals(), d.measures(), d.projects(), d.disclosure(), d.origin(), true, d.form(), d.overallTable(),
                d.draft(), d.incomplete(), d.attachments());
    }

    @Test
    void everyTokenHasExactlyTheDocumentsThatHaveIt() throws Exception {
        Map<String, List<Integer>> all = new LinkedHashMap<>();
        Map<String, List<Integer>> titles = new LinkedHashMap<>();
        reference(all, titles);
        JsonNode meta = call("meta.js").get(0);
        int shards = meta.get("shards").asInt();
        assertEquals(documents.size(), meta.get("count").asInt());
        Map<String, JsonNode> postings = new TreeMap<>();
        for (int n = 0; n < shards; n++) {
            JsonNode shard = call("t/" + n + ".js");
            assertEquals(n, shard.get(0).asInt());
            for (var e : (Iterable<Map.Entry<String, JsonNode>>) shard.get(1)::fields) {
                assertEquals(n, SearchIndex.shardOf(e.getKey(), shards), e.getKey());
                postings.put(e.getKey(), e.getValue());
            }
        }
        assertEquals(new TreeMap<>(all).keySet(), postings.keySet());
        for (String token : all.keySet()) {
            int[] ids = decode(postings.get(token).get(0).asText());
            assertArrayEquals(all.get(token).stream().mapToInt(i -> i).toArray(), ids, token);
            assertArrayEquals(titles.get(token).stream().mapToInt(i -> i).toArray(),
                    titleHits(postings.get(token).get(1).asText(), ids), token);
        }
    }

    @Test
    void everyDocumentIsInItsChunk() throws Exception {
        for (int k = 0; k * SearchIndex.CHUNK < documents.size(); k++) {
            JsonNode chunk = call("d/" + k + ".js");
            assertEquals(k, chunk.get(0).asInt());
            JsonNode records = chunk.get(2);
            assertEquals(Math.min(SearchIndex.CHUNK, documents.size() - k * SearchIndex.CHUNK), records.size());
            for (int i = 0; i < records.size(); i++) {
                assertEquals(shown(documents.get(k * SearchIndex.CHUNK + i)), record(chunk.get(1), records.get(i), 0));
            }
        }
    }

    @Test
    void tokensWhoseFirstResultsAreSpreadCarryThemInTheirShard() throws Exception {
        Map<String, List<Integer>> all = new LinkedHashMap<>();
        Map<String, List<Integer>> titles = new LinkedHashMap<>();
        reference(all, titles);
        int shards = call("meta.js").get(0).get("shards").asInt();
        Map<Integer, Map<Integer, List<String>>> carried = new TreeMap<>();
        for (int n = 0; n < shards; n++) {
            JsonNode shard = call("t/" + n + ".js");
            Map<Integer, List<String>> docs = new TreeMap<>();
            for (JsonNode r : shard.get(3)) {
                docs.put(r.get(0).asInt(), record(shard.get(2), r, 1));
            }
            carried.put(n, docs);
        }
        int carriers = 0;
        for (String token : all.keySet()) {
            List<Integer> first = new ArrayList<>(titles.get(token).subList(0, Math.min(SearchIndex.CARRY, titles.get(token).size())));
            for (int id : all.get(token)) {
                if (first.size() < SearchIndex.CARRY && !titles.get(token).contains(id)) {
                    first.add(id);
                }
            }
            long chunks = first.stream().map(id -> id / SearchIndex.CHUNK).distinct().count();
            if (chunks > SearchIndex.CARRY_CHUNKS && !token.startsWith("#")) {
                carriers++;
                Map<Integer, List<String>> docs = carried.get(SearchIndex.shardOf(token, shards));
                for (int id : first) {
                    assertEquals(shown(documents.get(id)), docs.get(id), token + " carries document " + id);
                }
            }
        }
        assertTrue(carriers > 50, "tokens that carry: " + carriers);
    }

    @Test
    void aDocumentCanBeMadeAlone() {
        for (Department d : Documents.departments(site).subList(0, 6)) {
            List<SearchDocument> docs = Documents.of(d);
            assertEquals(Documents.count(d), docs.size());
            for (int k = 0; k < docs.size(); k++) {
                assertEquals(docs.get(k), Documents.at(d, k));
            }
        }
    }

    @Test
    void listsRoundTrip() {
        int[][] lists = {{}, {0}, {5}, {31}, {32}, {1023, 1024, 40000, 1 << 20}, {0, 1, 2, 3, 4, 5, 6, 7, 100},
            java.util.stream.IntStream.range(0, 5000).filter(i -> i % 3 != 0).toArray(),
            java.util.stream.IntStream.range(0, 5000).map(i -> i * 97).toArray()};
        for (int[] ids : lists) {
            String s = new String(new Script(16).ids(ids, ids.length).toBytes(), StandardCharsets.UTF_8);
            assertArrayEquals(ids, decode(s.substring(1, s.length() - 1)));
            int[] part = java.util.stream.IntStream.of(ids).filter(i -> i % 2 == 0).toArray();
            String p = new String(new Script(16).subset(part, ids).toBytes(), StandardCharsets.UTF_8);
            assertArrayEquals(part, titleHits(p.substring(1, p.length() - 1), ids));
        }
    }

    /** Tokens and postings the plain way: a set of token strings per document, title first. */
    static void reference(Map<String, List<Integer>> all, Map<String, List<Integer>> titles) {
        for (int id = 0; id < documents.size(); id++) {
            SearchDocument d = documents.get(id);
            Set<String> tokens = new LinkedHashSet<>(Tokenizer.index(d.title()));
            for (String t : tokens) {
                titles.computeIfAbsent(t, x -> new ArrayList<>()).add(id);
            }
            Tokenizer.scanBody(d.shownContext(), tokens);
            Tokenizer.scanBody(d.extra(), tokens);
            tokens.add(SearchIndex.TYPE + d.type());
            if (!d.level().isEmpty()) {
                tokens.add(SearchIndex.LEVEL + d.level());
            }
            for (String t : tokens) {
                all.computeIfAbsent(t, x -> new ArrayList<>()).add(id);
                titles.computeIfAbsent(t, x -> new ArrayList<>());
            }
        }
    }

    /** What a result shows: type, title, context, project code, level. */
    static List<String> shown(SearchDocument d) {
        return List.of(String.valueOf(d.type()), d.title(), d.shownContext(), d.project(), d.level());
    }

    /** A record read as search.js reads it: [type, title, level, project, context parts…] into the strings. */
    static List<String> record(JsonNode strings, JsonNode r, int at) {
        List<String> parts = new ArrayList<>();
        for (int k = at + 4; k < r.size(); k++) {
            parts.add(strings.get(r.get(k).asInt()).asText());
        }
        return List.of(strings.get(r.get(at).asInt()).asText(), strings.get(r.get(at + 1).asInt()).asText(),
                String.join(SearchIndex.PART, parts), strings.get(r.get(at + 3).asInt()).asText(),
                strings.get(r.get(at + 2).asInt()).asText());
    }

    /** search.js's decode, in Java. */
    static int[] decode(String list) {
        List<Integer> ids = new ArrayList<>();
        int i = 0;
        if (list.startsWith("!")) {
            int x = 0;
            int d;
            i = 1;
            do {
                d = Script.DIGITS.indexOf(list.charAt(i++));
                x = x * 32 + (d & 31);
            } while (d >= 32);
            for (int base = x; i < list.length(); i++, base += 6) {
                d = Script.DIGITS.indexOf(list.charAt(i));
                for (int b = 0; b < 6; b++) {
                    if ((d & 1 << b) != 0) {
                        ids.add(base + b);
                    }
                }
            }
        } else {
            int last = -1;
            while (i < list.length()) {
                int x = 0;
                int d;
                do {
                    d = Script.DIGITS.indexOf(list.charAt(i++));
                    x = x * 32 + (d & 31);
                } while (d >= 32);
                last += x + 1;
                ids.add(last);
            }
        }
        return ids.stream().mapToInt(x -> x).toArray();
    }

    static int[] titleHits(String list, int[] all) {
        if (!list.startsWith("*")) {
            return decode(list);
        }
        List<Integer> ids = new ArrayList<>();
        for (int i = 1; i < list.length(); i++) {
            int d = Script.DIGITS.indexOf(list.charAt(i));
            for (int b = 0; b < 6; b++) {
                if ((d & 1 << b) != 0) {
                    ids.add(all[(i - 1) * 6 + b]);
                }
            }
        }
        return ids.stream().mapToInt(x -> x).toArray();
    }
}
