package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.support.Cli;
import org.gongkai.support.Sites;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The measure of issue 11 on real published documents (src/test/resources/real, each with its
 * source address in NAME.source.txt), and on Word and Excel files made from the four shared ones:
 * each is imported (its budget year found in the document, as NAME.source.txt names it), checked
 * (no errors) and built, and its non-empty source cells and paragraphs
 * are looked for on the built pages. A cell counts as shown when its text, white space removed
 * and full-width punctuation folded (and a label's trailing colon dropped), is in the text of the
 * pages; a "label: value" line outside the tables (or a line of portal metadata, "索 引 号 … 发布日期 …")
 * counts when its labels and its values are. When the build fails, the pages are measured from a
 * build without the search index, so that the table still tells what the pages show.
 * The per-document table is printed and written to target/real-cells.md.
 */
class RealDocumentsIT {

    static final Path REAL = Sites.REPO.resolve("src/test/resources/real");
    private static final Pattern BUDGET_YEAR = Pattern.compile("(?m)^budget year:\\s*(\\d{4})");
    /** Made into .docx and .xlsx as well: the four documents every worker has. */
    private static final List<String> CONVERTED = List.of("yueyang-nyncj-2022", "qingshan-kjj-2021",
            "ningxiang-batang-2021", "tongxin-xmg-2023");

    @TempDir
    Path dir;

    /** {@code inYaml}: cells found in the imported content files, for telling an import gap from a page gap. */
    record Count(String document, int cells, int shown, int inYaml, List<String> missing) {
        double percent() {
            return cells == 0 ? 100 : 100.0 * shown / cells;
        }
    }

    @Test
    void everyRealDocumentImportsChecksBuildsAndShowsItsCells() throws Exception {
        List<Path> documents = documents();
        assertTrue(documents.size() >= 4, documents.toString());
        List<Count> counts = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path doc : documents) {
            counts.add(measure(doc, year(doc), failures));
        }
        for (String name : CONVERTED) {
            Path text = REAL.resolve(name + ".txt");
            if (!Files.exists(text)) {
                continue;
            }
            List<Block> blocks = TextSource.read(Files.readString(text, StandardCharsets.UTF_8));
            Path docx = dir.resolve(name + ".docx");
            FixtureTool.writeDocx(blocks, docx);
            counts.add(measure(docx, year(text), failures));
            Path xlsx = dir.resolve(name + ".xlsx");
            FixtureTool.writeSheet(blocks, xlsx);
            counts.add(measure(xlsx, year(text), failures));
        }
        String table = table(counts);
        System.out.println(table);
        counts.forEach(c -> System.out.println(c.document() + " not shown: " + c.missing()));
        Files.createDirectories(Sites.REPO.resolve("target"));
        Files.writeString(Sites.REPO.resolve("target/real-cells.md"), table, StandardCharsets.UTF_8);
        assertEquals(List.of(), failures);
        for (Count c : counts) {
            assertTrue(c.percent() >= 95, c.document() + " " + String.format(Locale.ROOT, "%.1f%%", c.percent())
                    + " shown; missing: " + c.missing());
        }
    }

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.list(REAL)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return !n.endsWith(".source.txt") && !n.endsWith(".stored.txt") && !n.equals("README.md")
                        && (n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".docx")
                        || n.endsWith(".xlsx"));
            }).sorted().toList();
        }
    }

    /** The budget year the source file names, or null to let the importer find it. */
    static String year(Path doc) throws IOException {
        String n = doc.getFileName().toString();
        Path source = doc.resolveSibling(n.substring(0, n.lastIndexOf('.')) + ".source.txt");
        if (!Files.exists(source)) {
            return null;
        }
        Matcher m = BUDGET_YEAR.matcher(Files.readString(source, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }

    private Count measure(Path doc, String year, List<String> failures) throws Exception {
        String name = doc.getFileName().toString();
        Path site = dir.resolve("site-" + name);
        Files.createDirectories(site);
        Files.writeString(site.resolve("site.yaml"), "title: 导入测试\n", StandardCharsets.UTF_8);
        // No --year: the importer finds the budget year in the document, and it must be the one the source names.
        Cli.Run imported = Cli.run("import", doc.toString(), "-o", site.toString());
        if (imported.code() > 1) {
            failures.add(name + " import: " + imported.err());
        }
        if (year != null && !Files.isDirectory(site.resolve("content").resolve(year))) {
            failures.add(name + " import: budget year " + year + " not found; wrote " + imported.out());
        }
        Cli.Run check = Cli.run("check", site.toString());
        if (check.code() != 0) {
            failures.add(name + " check: " + check.out() + check.err());
        }
        Path out = dir.resolve("out-" + name);
        Cli.Run build = Cli.run("build", site.toString(), "-o", out.toString());
        if (build.code() != 0) {
            failures.add(name + " build: " + build.out() + build.err());
            // Still measure the pages when only the search index failed: a page gap and a search gap are apart.
            Files.writeString(site.resolve("site.yaml"), "title: 导入测试\nsearch: false\n", StandardCharsets.UTF_8);
            Cli.run("build", site.toString(), "-o", out.toString());
        }
        String pages = pages(out);
        String yaml = yaml(site.resolve("content"));
        int cells = 0;
        int shown = 0;
        int inYaml = 0;
        List<String> missing = new ArrayList<>();
        for (Block block : Importer.blocks(doc)) {
            List<List<Cell>> rows = block instanceof Block.Table t ? t.rows()
                    : List.of(List.of(((Block.Paragraph) block).cell()));
            for (List<Cell> row : rows) {
                boolean line = block instanceof Block.Paragraph || alone(row);
                for (Cell c : row) {
                    if (c.isBlank()) {
                        continue;
                    }
                    cells++;
                    inYaml += shown(c.text(), line, yaml) ? 1 : 0;
                    if (shown(c.text(), line, pages)) {
                        shown++;
                    } else {
                        missing.add(c.where() + "「" + c.text() + "」");
                    }
                }
            }
        }
        return new Count(name, cells, shown, inYaml, missing);
    }

    /** A cell alone across its row (a sheet's title or note line) is a line, like a paragraph. */
    private static boolean alone(List<Cell> row) {
        return row.stream().filter(c -> !c.isBlank()).count() == 1
                && row.stream().filter(c -> c.merge() == Cell.Merge.NONE).count() == 1;
    }

    /** The text of every built page, white space removed and punctuation folded. */
    private static String pages(Path out) throws IOException {
        StringBuilder all = new StringBuilder();
        if (!Files.isDirectory(out)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html") && Files.isRegularFile(f)).sorted().toList()) {
                all.append(Labels.norm(Jsoup.parse(p.toFile(), "UTF-8").body().text())).append('\n');
            }
        }
        return all.toString();
    }

    /** The imported content files' text, normalised like the pages'. */
    private static String yaml(Path content) throws IOException {
        StringBuilder all = new StringBuilder();
        if (!Files.isDirectory(content)) {
            return "";
        }
        try (Stream<Path> files = Files.walk(content)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                all.append(Labels.norm(Files.readString(p, StandardCharsets.UTF_8).replace("\\\"", "\""))).append('\n');
            }
        }
        return all.toString();
    }

    static boolean shown(String text, boolean paragraph, String pages) {
        String n = Labels.norm(text);
        while (n.endsWith(":")) {
            n = n.substring(0, n.length() - 1);
        }
        if (pages.contains(n)) {
            return true;
        }
        if (!paragraph) {
            return false;
        }
        List<String[]> metadata = OutsideLines.metadata(text);
        if (metadata != null) {
            // "索 引 号 733569413/2021-21323 发布日期 2021-02-08": each label and value.
            return metadata.stream().allMatch(p -> pages.contains(Labels.label(p[0]))
                    && (p[1].isBlank() || pages.contains(Labels.norm(p[1]))));
        }
        for (String part : text.split("\\s*\\|\\s*")) {
            String p = Labels.norm(part);
            int colon = p.indexOf(':');
            boolean partShown = pages.contains(p) || colon > 0 && pages.contains(p.substring(0, colon))
                    && (colon == p.length() - 1 || pages.contains(p.substring(colon + 1)));
            if (!partShown) {
                return false;
            }
        }
        return true;
    }

    static String table(List<Count> counts) {
        StringBuilder b = new StringBuilder("| document | cells | shown | % | in YAML % |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (Count c : counts) {
            b.append("| ").append(c.document()).append(" | ").append(c.cells()).append(" | ").append(c.shown())
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f", c.percent())).append(" | ")
                    .append(String.format(Locale.ROOT, "%.1f", c.cells() == 0 ? 100 : 100.0 * c.inYaml() / c.cells()))
                    .append(" |\n");
        }
        return b.toString();
    }
}
