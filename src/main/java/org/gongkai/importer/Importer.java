package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code gongkai import}, without the command line: source files → blocks (one reader per
 * format) → {@link DisclosureReader} → content files in canonical form, with every finding.
 * Nothing here writes to disk; the command decides what may be written.
 */
public final class Importer {

    /**
     * Values the sources do not state. {@code shortNames} maps a department code to its short
     * name; the key "" applies when the import holds one department.
     */
    public record Options(String year, Map<String, String> shortNames, String department, String code) {

        public Options(String year, Map<String, String> shortNames) {
            this(year, shortNames, null, null);
        }
    }

    /**
     * One content file to write, relative to the site folder. {@code keepExisting}: a
     * department.yaml made without part 1, which must never replace a real one.
     */
    public record Output(Path path, String yaml, boolean incomplete, boolean keepExisting) {
    }

    /**
     * {@code notices}: what the user should know that is not a problem, such as a text file read
     * as GB18030; unlike findings they do not make the import incomplete.
     */
    public record Result(List<Output> outputs, List<Finding> findings, List<String> notices) {

        public Result(List<Output> outputs, List<Finding> findings) {
            this(outputs, findings, List.of());
        }
    }

    private Importer() {
    }

    public static Result run(List<Path> files, Options options) throws ImportException {
        List<Pending> outputs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        List<DisclosureReader.Reading> readings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Set<Path> written = new HashSet<>();
        FormOutputs forms = new FormOutputs(options, (path, yaml, incomplete, keep, source) ->
                add(outputs, written, findings, source, new Pending(path, yaml, incomplete, keep)));
        for (Path file : files) {
            String name = file.getFileName().toString();
            List<Block> blocks = blocks(file, notices);
            if (DisclosureReader.ownGrammar(blocks)) {
                readings.add(DisclosureReader.read(name, blocks));
                names.add(name);
            } else {
                forms.add(name, blocks, findings);
            }
        }
        int departments = readings.stream().mapToInt(r -> r.departments().size()).sum();
        for (int i = 0; i < readings.size(); i++) {
            DisclosureReader.Reading reading = readings.get(i);
            findings.addAll(reading.findings());
            String year = options.year() != null ? options.year() : reading.year();
            for (Drafts.Department d : reading.departments()) {
                if (d.code == null) {
                    findings.add(new Finding(names.get(i), d.where == null ? "" : d.where,
                            "没有找到预算单位行（如“731001某某单位本级”），无法确定部门编码，这个部门未写入"));
                    continue;
                }
                if (!FileNames.isDepartmentFolder(d.code)) {
                    findings.add(new Finding(names.get(i), d.where == null ? "" : d.where, "部门编码「" + FileNames.shown(d.code)
                            + "」不能用作文件夹名（只能是字母和数字），这个部门未写入"));
                    continue;
                }
                if (year == null) {
                    throw new ImportException(names.get(i) + "：文件中没有写明预算年度，请用 --year 指定（如 --year 2023）");
                }
                Path folder = Path.of("content", year, d.code);
                String shortName = options.shortNames().getOrDefault(d.code,
                        departments == 1 ? options.shortNames().get("") : null);
                String y = year;
                add(outputs, written, findings, names.get(i), new Pending(folder.resolve("department.yaml"),
                        () -> YamlText.department(d, y, shortName), !d.findings.isEmpty() || !d.hasPartOne,
                        !d.hasPartOne));
                int order = 0;
                for (Drafts.Project p : d.projects) {
                    order++;
                    String code = p.fields.get("code");
                    if (code == null) {
                        continue;
                    }
                    if (!FileNames.isProjectFile(code)) {
                        findings.add(new Finding(names.get(i), p.where, "项目编码「" + FileNames.shown(code)
                                + "」不能用作文件名（只能是字母、数字、_、-，以及不在开头的 .），这个项目未写入"));
                        continue;
                    }
                    int o = order;
                    add(outputs, written, findings, names.get(i), new Pending(folder.resolve("projects").resolve(code + ".yaml"),
                            () -> YamlText.project(p, o), !p.findings.isEmpty(), false));
                }
            }
        }
        // Formatting each file is most of an import's time, and the files are independent.
        return new Result(outputs.parallelStream().map(o -> new Output(o.path(), o.yaml().get(), o.incomplete(),
                o.keepExisting())).toList(), findings, List.copyOf(notices));
    }

    /** An output whose text is made later, in parallel with the others. */
    private record Pending(Path path, Supplier<String> yaml, boolean incomplete, boolean keepExisting) {
    }

    private static void add(List<Pending> outputs, Set<Path> written, List<Finding> findings, String source, Pending o) {
        if (written.add(o.path())) {
            outputs.add(o);
        } else {
            findings.add(new Finding(source, "", o.path() + " 在这次导入中出现了两次（项目编码或部门重复），只写入第一次的内容"));
        }
    }

    /**
     * The blocks of one source file, by its extension: .docx, .xlsx, .html, anything else as
     * exported text. A .docx or .xlsx is looked inside first ({@link OfficeZip}): one that is really
     * the other kind, not a zip, too large unpacked or with a DOCTYPE is refused with a message.
     */
    public static List<Block> blocks(Path file) throws ImportException {
        return blocks(file, new ArrayList<>());
    }

    /**
     * As {@link #blocks(Path)}, adding to {@code notices} how a text file was read when it was not
     * UTF-8. Before the extension is trusted, the first bytes are looked at ({@link ForeignFormats}):
     * a PDF, an old .doc/.xls/.wps or a zip under another name is refused with what it is.
     */
    static List<Block> blocks(Path file, List<String> notices) throws ImportException {
        // POI logs through the Log4j API; with no Log4j behind it, the API's own complaint about
        // that, and its simple logger's stack traces, would be all a user sees. Nothing POI
        // logs is for the user: every failure reaches the user as a message below.
        if (System.getProperty("log4j2.statusLoggerLevel") == null) {
            System.setProperty("log4j2.statusLoggerLevel", "OFF");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "OFF");
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(file)) {
            throw new ImportException(file + "：文件不存在");
        }
        try {
            ForeignFormats.refuse(file);
            if (name.endsWith(".docx") || name.endsWith(".xlsx")) {
                OfficeZip.Kind expected = name.endsWith(".docx") ? OfficeZip.Kind.WORD : OfficeZip.Kind.EXCEL;
                OfficeZip.Kind kind = OfficeZip.inspect(file, expected);
                if (kind != expected) {
                    throw new ImportException(file + "：无法读取（" + (kind == OfficeZip.Kind.OTHER
                            ? "不是有效的 " + expected.label + " 文件：其中没有" + (expected == OfficeZip.Kind.WORD ? "正文" : "工作簿")
                            : "这是 " + kind.label + " 文件，扩展名却是 ." + name.substring(name.lastIndexOf('.') + 1)
                                    + "；请改正扩展名后再导入") + "）");
                }
                return expected == OfficeZip.Kind.WORD ? DocxSource.read(file) : XlsxSource.read(file);
            }
            if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml")) {
                if (Files.size(file) > SourceTooLarge.MAX_TEXT_BYTES) {
                    throw new ImportException(file + "：无法读取（网页文件超过 " + (SourceTooLarge.MAX_TEXT_BYTES >> 20)
                            + " MB 的上限；绩效目标不会有这么多内容，请检查文件）");
                }
                byte[] page = Files.readAllBytes(file);
                // A page that names its charset is read in it (jsoup); one that names none is read
                // like a text file, so an undeclared GBK page is not read as UTF-8 with "�" for every character.
                TextEncoding.Decoded text = declaresCharset(page) ? null : TextEncoding.guess(page);
                if (text != null && text.charset() != null) {
                    notice(notices, file, text.charset());
                    page = text.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                try (InputStream in = new java.io.ByteArrayInputStream(page)) {
                    return HtmlSource.read(in);
                }
            }
            if (Files.size(file) > SourceTooLarge.MAX_TEXT_BYTES) {
                throw new ImportException(file + "：无法读取（文本文件超过 " + (SourceTooLarge.MAX_TEXT_BYTES >> 20)
                        + " MB 的上限；绩效目标不会有这么多内容，请检查文件）");
            }
            TextEncoding.Decoded text = TextEncoding.decode(file, Files.readAllBytes(file));
            if (text.charset() != null) {
                notice(notices, file, text.charset());
            }
            return TextSource.read(text.text());
        } catch (NoSuchFileException e) {
            throw new ImportException(file + "：文件不存在");
        } catch (SourceTooLarge e) {
            throw new ImportException(file + "：无法读取（" + e.getMessage() + "）");
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged or mislabelled file with assorted runtime exceptions.
            throw new ImportException(file + "：无法读取（" + (name.endsWith(".docx") ? "不是有效的 Word .docx 文件"
                    : name.endsWith(".xlsx") ? "不是有效的 Excel .xlsx 文件" : e.getMessage()) + "）");
        }
    }

    private static void notice(List<String> notices, Path file, String charset) {
        notices.add(file.getFileName() + "：按 " + charset + (charset.endsWith("）") ? "" : " ") + "编码读取");
    }

    /** Whether a page says its charset anywhere (meta, XML declaration): then jsoup reads it as declared. */
    private static boolean declaresCharset(byte[] page) {
        String ascii = new String(page, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return ascii.contains("charset") || ascii.contains("encoding=");
    }
}
