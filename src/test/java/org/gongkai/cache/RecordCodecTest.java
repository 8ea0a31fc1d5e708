package org.gongkai.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.gongkai.links.LinkChecker;
import org.gongkai.load.SiteLoader;
import org.gongkai.model.Department;
import org.gongkai.model.Site;
import org.gongkai.model.Year;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The model written by the cache's codec reads back equal to the model the loader made: every
 * fixture site (the default site, two years with attachments, the open-data and sample corpora)
 * and the departments imported from the shared real documents, whose forms use every optional
 * part of the model. And values at the edges of each kind come back as they were.
 */
class RecordCodecTest {

    @Test
    void everyFixtureSiteReadsBackEqual(@TempDir Path dir) throws Exception {
        List<Path> sites = new ArrayList<>(List.of(Sites.REPO, Sites.REPO.resolve("src/test/resources/two-years"),
                Sites.REPO.resolve("src/test/resources/open-data"), Sites.REPO.resolve("src/test/resources/corpus-sample"),
                realDocuments(dir)));
        for (Path site : sites) {
            Site loaded = SiteLoader.load(site);
            for (boolean blocks : new boolean[] {false, true}) {
                Site back = roundTrip(loaded, Site.class, blocks);
                assertEquals(loaded, back, site.toString());
                // Equal is not enough where order shows: every list and map in the same order.
                assertEquals(loaded.toString(), back.toString(), site.toString());
            }
        }
    }

    /** The build cache's codec: each department a block of its own. */
    private static RecordCodec blocked() {
        return new RecordCodec(java.util.Set.of(), java.util.Set.of(Department.class));
    }

    private static byte[] write(RecordCodec codec, Site site) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheOut out = new CacheOut(bytes);
        codec.coder(Site.class).write(out, site);
        out.flush();
        return bytes.toByteArray();
    }

    @Test
    void aDepartmentReadFromABlockIsWrittenAgainAsItsBytes() throws Exception {
        Site loaded = SiteLoader.load(Sites.REPO.resolve("src/test/resources/corpus-sample"));
        byte[] first = write(blocked(), loaded);
        RecordCodec reader = blocked();
        Site back = (Site) reader.coder(Site.class).read(new CacheIn(first, 0, first.length));
        assertEquals(loaded, back);
        RecordCodec writer = blocked();
        writer.reuseBlocks(reader);
        assertArrayEquals(first, write(writer, back), "the same bytes, copied or made");
        // One department changed: it is written anew, the others copied, and it all reads back.
        Year year = back.years().get(0);
        List<Department> departments = new ArrayList<>(year.departments());
        Department d = departments.get(0);
        departments.set(0, new Department(d.code(), d.name() + "（改）", d.shortName(), d.year(), d.unit(), d.units(),
                d.overallGoal(), d.itemGoals(), d.measures(), d.projects(), d.disclosure(), d.origin(), d.codeDisclosed(),
                d.form(), d.overallTable(), d.draft(), d.incomplete(), d.attachments()));
        List<Year> years = new ArrayList<>(back.years());
        years.set(0, new Year(year.year(), departments));
        Site changed = new Site(back.config(), years);
        byte[] second = write(writer, changed);
        assertArrayEquals(write(blocked(), changed), second);
        assertEquals(changed, blocked().coder(Site.class).read(new CacheIn(second, 0, second.length)));
        // Copied indeed: a byte of an unchanged department's block, altered where it was read from, is written so.
        byte[] name = departments.get(1).name().getBytes(StandardCharsets.UTF_8);
        int at = indexOf(first, name, 0);
        first[at] ^= 1;
        byte[] third = write(writer, changed);
        assertEquals(count(second, name) - 1, count(third, name));
        first[at] ^= 1;
    }

    private static int indexOf(byte[] bytes, byte[] part, int from) {
        for (int i = from; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        return -1;
    }

    private static int count(byte[] bytes, byte[] part) {
        int n = 0;
        for (int i = indexOf(bytes, part, 0); i >= 0; i = indexOf(bytes, part, i + 1)) {
            n++;
        }
        return n;
    }

    /** The departments the importer made from the shared real documents, as one site (src/test/resources/real-golden). */
    private static Path realDocuments(Path dir) throws IOException {
        Path site = dir.resolve("real");
        Sites.put(site, "site.yaml", "title: 实际文件\n");
        Path golden = Sites.REPO.resolve("src/test/resources/real-golden");
        try (Stream<Path> documents = Files.list(golden)) {
            for (Path document : documents.sorted().toList()) {
                String name = document.getFileName().toString();
                String year = name.substring(name.length() - 4);
                try (Stream<Path> files = Files.walk(document)) {
                    for (Path f : files.filter(Files::isRegularFile).toList()) {
                        Sites.put(site, "content/" + year + "/" + document.relativize(f).toString().replace('\\', '/'),
                                Files.readString(f, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        return site;
    }

    /** A record of every kind the codec writes, for the edge values. */
    record Everything(String text, int small, long large, boolean truth, Integer boxed, Long boxedLong, Boolean maybe,
            BigDecimal amount, Path path, Kind kind, List<String> texts, Map<String, String> labels, String[] array,
            byte[] bytes, int[] ints, List<Everything> nested) {
    }

    enum Kind { ONE, TWO }

    @Test
    void edgeValuesReadBackAsTheyWere() throws Exception {
        List<String> withNull = Arrays.asList("a", null, "", "数据");
        Map<String, String> map = new LinkedHashMap<>();
        map.put("z", null);
        map.put("a", "甲");
        List<Everything> values = List.of(
                new Everything(null, 0, 0, false, null, null, null, null, null, null, null, null, null, null, null, null),
                new Everything("", Integer.MIN_VALUE, Long.MIN_VALUE, true, Integer.MAX_VALUE, Long.MAX_VALUE, false,
                        new BigDecimal("-0.00"), Path.of("attachments/2024/原件.pdf"), Kind.TWO, withNull, map,
                        new String[] {null, "x"}, new byte[] {0, -1, 127, -128}, new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE},
                        List.of()),
                new Everything("\uD83D\uDE00 表情 \u0000", -1, 1L << 62, false, -7, -8L, true,
                        new BigDecimal(new BigInteger("123456789012345678901234567890"), -3), Path.of("/abs/path"),
                        Kind.ONE, List.of(), Map.of(), new String[0], new byte[0], new int[0],
                        List.of(new Everything("inner", 1, 2, true, 3, 4L, null, BigDecimal.ONE.scaleByPowerOfTen(40),
                                null, null, List.of("x"), null, null, new byte[] {5}, new int[] {1 << 20}, null))));
        for (Everything v : values) {
            Everything back = roundTrip(v, Everything.class);
            assertEquals(v.text(), back.text());
            assertEquals(v.small(), back.small());
            assertEquals(v.large(), back.large());
            assertEquals(v.boxed(), back.boxed());
            assertEquals(v.boxedLong(), back.boxedLong());
            assertEquals(v.maybe(), back.maybe());
            assertEquals(v.amount(), back.amount()); // BigDecimal.equals: the scale too
            assertEquals(v.path(), back.path());
            assertEquals(v.kind(), back.kind());
            assertEquals(v.texts(), back.texts());
            assertEquals(v.labels() == null ? null : List.copyOf(v.labels().entrySet()).toString(),
                    back.labels() == null ? null : List.copyOf(back.labels().entrySet()).toString());
            assertArrayEquals(v.array(), back.array());
            assertArrayEquals(v.bytes(), back.bytes());
            assertArrayEquals(v.ints(), back.ints());
            assertEquals(v.nested() == null ? null : v.nested().size(), back.nested() == null ? null : back.nested().size());
        }
        assertEquals(new BigDecimal("1E+40"), roundTrip(values.get(2), Everything.class).nested().get(0).amount());
    }

    @Test
    void sharedRecordsAreWrittenOnceAndComeBackEqual() throws Exception {
        LinkChecker.Ref ref = new LinkChecker.Ref("../index.html", "index.html", null, null);
        LinkChecker.Ref other = new LinkChecker.Ref("#a", null, null, "目标页面没有 id 为 \"a\" 的位置");
        LinkChecker.Scanned page = new LinkChecker.Scanned(new LinkChecker.Ref[] {ref, other, ref, ref},
                new String[] {"a", "b"}, new String[0]);
        RecordCodec codec = new RecordCodec(java.util.Set.of(LinkChecker.Ref.class));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheOut out = new CacheOut(bytes);
        codec.coder(LinkChecker.Scanned.class).write(out, page);
        long once = out.written();
        codec.coder(LinkChecker.Scanned.class).write(out, page);
        assertTrue(out.written() - once < 12, "the second page names its links by number: " + (out.written() - once));
        out.flush();
        CacheIn in = new CacheIn(bytes.toByteArray(), 0, bytes.size());
        RecordCodec reader = new RecordCodec(java.util.Set.of(LinkChecker.Ref.class));
        for (int i = 0; i < 2; i++) {
            LinkChecker.Scanned back = (LinkChecker.Scanned) reader.coder(LinkChecker.Scanned.class).read(in);
            assertArrayEquals(page.refs(), back.refs());
            assertArrayEquals(page.ids(), back.ids());
        }
        assertTrue(in.atEnd());
    }

    @Test
    void bytesOfAnotherShapeAreCorruptNeverAnotherError() throws Exception {
        Site loaded = SiteLoader.load(Sites.REPO.resolve("src/test/resources/two-years"));
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        CacheOut out = new CacheOut(written);
        new RecordCodec().coder(Site.class).write(out, loaded);
        out.flush();
        for (byte[] bytes : List.of(written.toByteArray(), write(blocked(), loaded))) {
            damage(bytes);
        }
    }

    private static void damage(byte[] bytes) {
        Random random = new Random(7);
        int corrupt = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = bytes.clone();
            int cut = damaged.length;
            if (i % 3 == 0) {
                cut = random.nextInt(damaged.length);
            } else {
                for (int k = 0; k <= i % 5; k++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
            }
            try {
                Object back = blocked().coder(Site.class).read(new CacheIn(damaged, 0, cut));
                assertTrue(back == null || back instanceof Site);
            } catch (CacheIn.Corrupt e) {
                corrupt++;
            } catch (OutOfMemoryError e) {
                throw new AssertionError("a damaged count asked for too much memory", e);
            }
        }
        assertTrue(corrupt > 100, "most damage is found: " + corrupt);
    }

    @Test
    void aTypeItCannotWriteIsRefusedWhenItsCoderIsMade() {
        record Odd(Object anything) {
        }
        assertThrows(IllegalArgumentException.class, () -> new RecordCodec().coder(Odd.class));
    }

    private static <T> T roundTrip(T value, Class<T> type) throws CacheIn.Corrupt {
        return roundTrip(value, type, false);
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value, Class<T> type, boolean blocks) throws CacheIn.Corrupt {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CacheOut out = new CacheOut(bytes);
        (blocks ? blocked() : new RecordCodec()).coder(type).write(out, value);
        out.flush();
        CacheIn in = new CacheIn(bytes.toByteArray(), 0, bytes.size());
        T back = (T) (blocks ? blocked() : new RecordCodec()).coder(type).read(in);
        assertTrue(in.atEnd());
        return back;
    }
}
