package org.gongkai.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Department;
import org.gongkai.model.FundSource;
import org.gongkai.model.Indicator;
import org.gongkai.model.Project;
import org.gongkai.model.Site;
import org.gongkai.pipeline.Build;
import org.gongkai.site.Page;
import org.gongkai.support.Sites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The data files of a build, read back as a user's tools would read them — CSV by an RFC 4180 reader,
 * XLSX by POI, JSON by Jackson — to the values of the model: every project, indicator row and fund
 * source, amounts as the exact decimal text, blanks as blanks. Every datapackage.json validates
 * against the Data Package 2.0 profile (src/test/resources/datapackage/, see its README) and describes
 * files that exist, with the fields they have.
 */
class DataFilesTest {

    static final Path OPEN_DATA = Sites.REPO.resolve("src/test/resources/open-data");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    record Built(Site site, Path out) {
    }

    Built build(Path site) throws Exception {
        Path out = dir.resolve("out");
        Build.Result result = new Build(site, out).run();
        return new Built(result.site(), out.toRealPath());
    }

    static JsonSchema profile() throws IOException {
        try (InputStream in = DataFilesTest.class.getResourceAsStream("/datapackage/datapackage-2.0.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "src/test/resources/two-years", "src/test/resources/open-data"})
    void everyDataPackageValidatesAndReadsBackToTheModel(String site) throws Exception {
        Built built = build(Sites.REPO.resolve(site));
        JsonSchema profile = profile();
        List<Path> packages;
        try (Stream<Path> walk = Files.walk(built.out().resolve("data"))) {
            packages = walk.filter(p -> p.getFileName().toString().equals("datapackage.json")).sorted().toList();
        }
        assertEquals(built.site().years().size() + 1, packages.size(), packages.toString());
        for (Path descriptor : packages) {
            JsonNode pkg = JSON.readTree(descriptor.toFile());
            Set<ValidationMessage> errors = profile.validate(pkg);
            assertEquals(Set.of(), errors, descriptor + " is no valid Data Package");
            String folder = built.out().relativize(descriptor.getParent()).toString();
            List<Department> departments = folder.equals("data") ? all(built.site())
                    : built.site().years().stream().filter(y -> folder.equals("data/" + y.year()))
                            .findFirst().orElseThrow().departments();
            Map<String, List<List<String>>> byTable = new LinkedHashMap<>();
            assertEquals(9, pkg.get("resources").size());
            for (JsonNode resource : pkg.get("resources")) {
                List<List<String>> rows = read(descriptor.getParent(), resource);
                String table = resource.get("name").asText().replaceAll("-(json|xlsx)$", "");
                List<List<String>> first = byTable.putIfAbsent(table, rows);
                if (first != null) {
                    assertEquals(first, rows, resource.get("path").asText() + " differs from " + table + ".csv");
                }
            }
            agreesWithTheModel(departments, pkg, byTable);
        }
    }

    /** The expected values come from the model's records, not from the code that wrote the tables. */
    private static void agreesWithTheModel(List<Department> departments, JsonNode pkg,
            Map<String, List<List<String>>> tables) {
        List<Map<String, String>> projects = keyed(pkg, "projects", tables);
        List<Map<String, String>> indicators = keyed(pkg, "indicators", tables);
        List<Map<String, String>> sources = keyed(pkg, "sources", tables);
        int p = 0;
        int i = 0;
        int s = 0;
        for (Department d : departments) {
            if (d.overallTable() != null) {
                for (Indicator ind : d.overallTable().indicators()) {
                    indicator(indicators.get(i++), d, null, ind);
                }
                String unit = d.overallTable().amountUnit() != null ? d.overallTable().amountUnit() : d.unit();
                s = sources(sources, s, d, null, unit, null, d.overallTable().budgetDetails().sources());
            }
            for (Project project : d.projects()) {
                Map<String, String> row = projects.get(p++);
                assertEquals(Integer.toString(d.year()), row.get("year"));
                assertEquals(d.code(), row.get("department"));
                assertEquals(project.code(), row.get("project"));
                assertEquals(project.name(), row.get("name"));
                assertEquals(project.amountUnit() != null ? project.amountUnit() : d.unit(), row.get("amount_unit"));
                assertEquals(plain(project.budget().total()), row.get("total"), project.code());
                assertEquals(plain(project.budget().fiscal()), row.get("fiscal"), project.code());
                assertEquals(plain(project.budget().other()), row.get("other"), project.code());
                assertEquals(project.purpose(), row.get("purpose"));
                assertEquals(project.goals().isEmpty() ? null : String.join("\n", project.goals()), row.get("goals"));
                project.schedule().forEach(e ->
                        assertEquals(plain(e.percent()), row.get("schedule_" + e.month()), project.code()));
                for (Indicator ind : project.indicators()) {
                    indicator(indicators.get(i++), d, project, ind);
                }
                s = sources(sources, s, d, project, project.amountUnit() != null ? project.amountUnit() : d.unit(),
                        null, project.budgetDetails().sources());
            }
        }
        assertEquals(p, projects.size());
        assertEquals(i, indicators.size());
        assertEquals(s, sources.size());
    }

    private static void indicator(Map<String, String> row, Department d, Project p, Indicator ind) {
        assertEquals(p == null ? null : p.code(), row.get("project"));
        assertEquals(d.code(), row.get("department"));
        assertEquals(ind.level1(), row.get("level1"));
        assertEquals(ind.level2(), row.get("level2"));
        assertEquals(ind.name(), row.get("name"));
        assertEquals(ind.description(), row.get("description"));
        assertEquals(ind.target(), row.get("target"));
        assertEquals(ind.basis(), row.get("basis"));
        assertEquals(ind.term(), row.get("term"));
        if (ind.extra().isEmpty()) {
            assertEquals(null, row.get("extra"));
        } else {
            Map<String, String> extra = new LinkedHashMap<>();
            try {
                JSON.readTree(row.get("extra")).fields().forEachRemaining(e ->
                        extra.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            assertEquals(new ArrayList<>(ind.extra().entrySet()), new ArrayList<>(extra.entrySet()));
        }
    }

    private static int sources(List<Map<String, String>> rows, int at, Department d, Project p, String unit,
            String parent, List<FundSource> list) {
        for (FundSource source : list) {
            Map<String, String> row = rows.get(at++);
            assertEquals(p == null ? null : p.code(), row.get("project"));
            assertEquals(d.code(), row.get("department"));
            assertEquals(parent, row.get("parent"));
            assertEquals(source.name(), row.get("name"));
            assertEquals(plain(source.amount()), row.get("amount"));
            assertEquals(source.printed(), row.get("printed"));
            assertEquals(unit, row.get("amount_unit"));
            at = sources(rows, at, d, p, unit, source.name(), source.sources());
        }
        return at;
    }

    private static List<Map<String, String>> keyed(JsonNode pkg, String table, Map<String, List<List<String>>> tables) {
        List<String> keys = new ArrayList<>();
        for (JsonNode resource : pkg.get("resources")) {
            if (resource.get("name").asText().equals(table)) {
                resource.get("schema").get("fields").forEach(f -> keys.add(f.get("name").asText()));
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> cells : tables.get(table)) {
            Map<String, String> row = new LinkedHashMap<>();
            for (int c = 0; c < keys.size(); c++) {
                row.put(keys.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    /** A resource's rows as text cells (null for a blank), checking its header against the schema. */
    static List<List<String>> read(Path folder, JsonNode resource) throws IOException {
        Path file = folder.resolve(resource.get("path").asText());
        assertTrue(Files.isRegularFile(file), file + " is described but missing");
        List<String> names = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> types = new ArrayList<>();
        for (JsonNode f : resource.get("schema").get("fields")) {
            names.add(f.get("name").asText());
            titles.add(f.get("title").asText());
            types.add(f.get("type").asText());
        }
        List<List<String>> rows = switch (resource.get("format").asText()) {
            case "csv" -> {
                List<List<String>> all = CsvReader.read(Files.readAllBytes(file));
                assertEquals(titles, all.get(0), file + " header");
                yield all.subList(1, all.size()).stream().map(r -> r.stream()
                        .map(v -> v.isEmpty() ? null : v).toList()).toList();
            }
            case "json" -> {
                List<List<String>> all = new ArrayList<>();
                for (JsonNode object : JSON.readTree(file.toFile())) {
                    List<String> keys = new ArrayList<>();
                    object.fieldNames().forEachRemaining(keys::add);
                    assertEquals(names, keys, file + " keys");
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < names.size(); c++) {
                        JsonNode v = object.get(names.get(c));
                        // Integers are JSON numbers; amounts and texts are strings (0.10 stays "0.10").
                        assertTrue(v.isNull() || (types.get(c).equals("integer") ? v.isIntegralNumber() : v.isTextual()),
                                file + " " + names.get(c) + ": " + v);
                        row.add(v.isNull() ? null : v.asText());
                    }
                    all.add(row);
                }
                yield all;
            }
            default -> sheet(file, resource.get("dialect").get("sheetName").asText(), titles, types);
        };
        for (List<String> row : rows) {
            assertEquals(names.size(), row.size(), file + " row width");
            for (int c = 0; c < row.size(); c++) {
                if (!types.get(c).equals("string") && row.get(c) != null) {
                    // A number field holds a plain decimal, as Table Schema reads it.
                    assertEquals(row.get(c), new BigDecimal(row.get(c)).toPlainString(), file + " " + names.get(c));
                }
            }
        }
        return rows;
    }

    /** A sheet read by POI: numbers through their cell format (0.00 shows 0.10 as 0.10), text as text. */
    static List<List<String>> sheet(Path file, String name, List<String> titles, List<String> types) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheet(name);
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < titles.size(); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null || cell.getCellType() == CellType.BLANK) {
                        cells.add(null);
                        continue;
                    }
                    if (row.getRowNum() > 0 && !types.get(c).equals("string")) {
                        assertEquals(CellType.NUMERIC, cell.getCellType(), file + " " + cell.getAddress());
                    } else {
                        assertEquals(CellType.STRING, cell.getCellType(), file + " " + cell.getAddress());
                    }
                    cells.add(format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            assertEquals(titles, rows.get(0), file + " header");
            return rows.subList(1, rows.size());
        }
    }

    @Test
    void amountsStayAsDisclosedAndEveryRowNamesItsUnit() throws Exception {
        Built built = build(OPEN_DATA);
        Path out = built.out();
        String projects = Files.readString(out.resolve("data/projects.csv"), StandardCharsets.UTF_8);
        assertTrue(projects.startsWith("\uFEFF年度,"), "a byte-order mark, then the Chinese headings");
        assertTrue(projects.contains(",万元,0.10,0.10,,"), "0.10 stays 0.10, a blank stays blank: " + projects);
        assertTrue(projects.contains(",元,8500.00,8500.00,0,"), "8500.00 keeps its decimals, 0 stays 0");
        assertTrue(projects.contains("\"用于科普活动, 含 \"\"科普大篷车\"\" 运行\n第二行说明\""), "RFC 4180 quoting");
        assertFalse(projects.replace("\r\n", "").contains("\r"), "only CRLF line ends");
        assertEquals(3, projects.split("\r\n", -1).length - 1, "a header and two rows, each ending in CRLF");

        JsonNode a = JSON.readTree(out.resolve("2024/731001/13028124P00000100001A/data.json").toFile());
        assertEquals("0.10", a.get("budget").get("total").textValue());
        assertTrue(a.get("budget").get("other").isNull());
        assertEquals("万元", a.get("amount_unit").textValue());
        assertEquals("0.05", a.get("budget").get("sources").get(0).get("sources").get(0).get("amount").textValue());
        assertEquals("50.0", a.get("schedule").get("6").textValue());
        assertTrue(a.get("schedule").get("12").isNull());
        assertEquals("抽样调查", a.get("indicators").get(1).get("extra").get("备注").textValue());
        JsonNode b = JSON.readTree(out.resolve("2024/731002/13028124P00000200001B/data.json").toFile());
        assertEquals("元", b.get("amount_unit").textValue());
        assertEquals("8500.00", b.get("budget").get("total").textValue());
        JsonNode department = JSON.readTree(out.resolve("2024/731001/data.json").toFile());
        assertEquals("10.10", department.get("overall_table").get("budget").get("total").textValue());
        assertEquals("10.10", department.get("overall_table").get("tasks").get(0).get("amount").textValue());

        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(
                out.resolve("2024/731001/13028124P00000100001A/data.xlsx")))) {
            Sheet sheet = book.getSheet("项目");
            int total = Tables.PROJECT_COLUMNS.stream().map(Column::key).toList().indexOf("total");
            Cell cell = sheet.getRow(1).getCell(total);
            assertEquals(CellType.NUMERIC, cell.getCellType(), "an amount Excel can add up");
            assertEquals(0.1, cell.getNumericCellValue());
            assertEquals("0.10", new DataFormatter().formatCellValue(cell), "shown with its two decimals");
            assertEquals(null, sheet.getRow(1).getCell(total + 2), "the blank 其他资金 stays blank");
            Cell target = book.getSheet("绩效指标").getRow(1).getCell(12);
            assertEquals(CellType.STRING, target.getCellType(), "=100% is text, never a formula");
            assertEquals("=100%", target.getStringCellValue());
        }
        List<String> units = JSON.readTree(out.resolve("data/sources.json").toFile()).findValuesAsText("amount_unit");
        assertEquals(List.of("万元", "万元", "万元", "万元", "万元", "万元", "万元"), units);
    }

    @Test
    void aNumberBeyondExcelsPrecisionIsWrittenAsText() throws Exception {
        Column amount = Column.number("total", "预算数", "");
        Table table = new Table("projects", "项目", "", List.of(amount),
                List.of(List.of("123456789012345.6"), List.of("12345678901234.5")));
        Path file = dir.resolve("t.xlsx");
        Files.write(file, Xlsx.of(List.of(table)));
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            Sheet sheet = book.getSheet("项目");
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("123456789012345.6", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, sheet.getRow(2).getCell(0).getCellType());
            assertEquals("12345678901234.5", new DataFormatter().formatCellValue(sheet.getRow(2).getCell(0)));
        }
    }

    /** Each page's files hold that page's rows of the bulk tables, and the page links each of them. */
    @Test
    void everyPageLinksItsOwnRowsOfTheBulkTables() throws Exception {
        Built built = build(OPEN_DATA);
        Path out = built.out();
        for (Department d : all(built.site())) {
            for (Project p : d.projects()) {
                Path folder = out.resolve(d.year() + "/" + d.code() + "/" + p.code());
                String page = Files.readString(folder.resolve("index.html"));
                for (String file : List.of("projects.csv", "indicators.csv", "sources.csv", "data.xlsx", "data.json")) {
                    assertTrue(page.contains("href=\"../../../" + d.year() + "/" + d.code() + "/" + p.code() + "/" + file + "\""),
                            p.code() + " links " + file);
                }
                for (String table : DataFiles.TABLES) {
                    List<List<String>> own = CsvReader.read(Files.readAllBytes(folder.resolve(table + ".csv")));
                    List<List<String>> bulk = CsvReader.read(Files.readAllBytes(out.resolve("data/" + table + ".csv")));
                    int column = bulk.get(0).indexOf("项目标识");
                    List<List<String>> expected = new ArrayList<>(List.of(bulk.get(0)));
                    bulk.stream().skip(1).filter(r -> r.get(column).equals(p.code())).forEach(expected::add);
                    assertEquals(expected, own, folder + "/" + table + ".csv");
                }
            }
        }
        String year = Files.readString(out.resolve("2024/index.html"));
        assertTrue(year.contains("href=\"../data/2024/datapackage.json\""));
        assertTrue(year.contains("href=\"../api/2024.json\""));
        JsonNode api = JSON.readTree(out.resolve("api/2024.json").toFile());
        for (JsonNode department : api.get("departments")) {
            assertTrue(Files.isRegularFile(out.resolve(department.get("data").asText())));
            for (JsonNode project : department.get("projects")) {
                assertTrue(Files.isRegularFile(out.resolve(project.get("data").asText())));
                assertTrue(Files.isRegularFile(out.resolve(project.get("page").asText())));
            }
        }
    }

    private Built buildOpenDataWith(String downloads) throws Exception {
        return buildOpenData("title: 开放数据测试站点\ndownloads:\n" + downloads);
    }

    private Built buildOpenData(String siteYaml) throws Exception {
        Path site = dir.resolve("site");
        Sites.put(site, "site.yaml", siteYaml);
        try (Stream<Path> walk = Files.walk(OPEN_DATA.resolve("content"))) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Sites.put(site, OPEN_DATA.relativize(f).toString(), Files.readString(f));
            }
        }
        return build(site);
    }

    /** downloads.project_files: false: a project page links its department's files, whose data.json holds it whole. */
    @Test
    void projectsCanLinkTheirDepartmentsFilesInstead() throws Exception {
        Built built = buildOpenDataWith("  project_files: false\n");
        Path out = built.out();
        Path project = out.resolve("2024/731001/13028124P00000100001A");
        try (Stream<Path> files = Files.list(project)) {
            assertEquals(List.of("index.html"), files.map(f -> f.getFileName().toString()).toList());
        }
        String page = Files.readString(project.resolve("index.html"));
        for (String file : List.of("projects.csv", "indicators.csv", "sources.csv", "data.xlsx", "data.json")) {
            assertTrue(page.contains("href=\"../../../2024/731001/" + file + "\""), file);
        }
        JsonNode api = JSON.readTree(out.resolve("api/2024.json").toFile());
        JsonNode listed = api.get("departments").get(0).get("projects").get(0);
        assertEquals("2024/731001/data.json", listed.get("data").asText());
        JsonNode department = JSON.readTree(out.resolve(listed.get("data").asText()).toFile());
        JsonNode whole = department.get("projects").get(0);
        assertEquals("13028124P00000100001A", whole.get("id").asText());
        assertEquals("0.10", whole.get("budget").get("total").textValue());
        assertEquals("抽样调查", whole.get("indicators").get(1).get("extra").get("备注").textValue());
    }

    /** Without downloads in site.yaml, or with false, a site has no data file and no 下载数据; true gives them all. */
    @Test
    void downloadsAreAsSiteYamlSays() throws Exception {
        for (String yaml : List.of("title: 开放数据测试站点\n", "title: 开放数据测试站点\ndownloads: false\n")) {
            Path out = buildOpenData(yaml).out();
            try (Stream<Path> walk = Files.walk(out)) {
                List<String> data = walk.map(p -> out.relativize(p).toString()).filter(DataFiles::isData).toList();
                assertEquals(List.of(), data, yaml);
            }
            assertFalse(Files.readString(out.resolve("2024/731001/13028124P00000100001A/index.html")).contains("下载数据"));
            assertFalse(Files.readString(out.resolve("index.html")).contains("下载数据"));
        }
        Path out = buildOpenData("title: 开放数据测试站点\ndownloads: true\n").out();
        Path project = out.resolve("2024/731001/13028124P00000100001A");
        for (String file : List.of("projects.csv", "indicators.csv", "sources.csv", "data.xlsx", "data.json")) {
            assertTrue(Files.exists(project.resolve(file)), file);
        }
        assertTrue(Files.readString(project.resolve("index.html")).contains("下载数据"));
        assertTrue(Files.exists(out.resolve("data/datapackage.json")));
        assertTrue(Files.exists(out.resolve("api/index.json")));
    }

    /**
     * A site of one year: its bulk files are the year's, byte for byte, copied in the output
     * ({@link SiteBulkCopies}), and the same bytes where there is no written file to copy (a preview).
     */
    @Test
    void aSiteOfOneYearHasItsYearsBulkFiles() throws Exception {
        Built built = buildOpenData("title: 开放数据测试站点\ndownloads: true\n");
        assertEquals(1, built.site().years().size());
        int year = built.site().years().get(0).year();
        List<String> names = new ArrayList<>(List.of(DataFiles.XLSX));
        for (String table : DataFiles.TABLES) {
            names.add(DataFiles.csv(table));
            names.add(DataFiles.json(table));
        }
        Map<String, Page> copies = new LinkedHashMap<>();
        new SiteBulkCopies().render(built.site(), null).forEach(p -> copies.put(p.path(), p));
        assertEquals(names.size(), copies.size(), copies.keySet().toString());
        for (String name : names) {
            byte[] yearFile = Files.readAllBytes(built.out().resolve("data/" + year + "/" + name));
            assertTrue(yearFile.length > 100, name);
            assertArrayEquals(yearFile, Files.readAllBytes(built.out().resolve("data/" + name)), name);
            assertArrayEquals(yearFile, copies.get("data/" + name).content(), name + " made without a file to copy");
        }
    }

    /** downloads.page_xlsx: false drops the workbook of each page and its link, and nothing else. */
    @Test
    void pageWorkbooksCanBeLeftOut() throws Exception {
        Built built = buildOpenDataWith("  page_xlsx: false\n");
        Path out = built.out();
        Path project = out.resolve("2024/731001/13028124P00000100001A");
        assertFalse(Files.exists(project.resolve("data.xlsx")));
        assertFalse(Files.exists(out.resolve("2024/731001/data.xlsx")));
        assertFalse(Files.readString(project.resolve("index.html")).contains("data.xlsx"));
        assertTrue(Files.exists(project.resolve("indicators.csv")));
        assertTrue(Files.exists(project.resolve("data.json")));
        assertTrue(Files.exists(out.resolve("data/2024/data.xlsx")));
        assertTrue(Files.exists(out.resolve("data/data.xlsx")));
    }

    private static List<Department> all(Site site) {
        return site.years().stream().flatMap(y -> y.departments().stream()).toList();
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
