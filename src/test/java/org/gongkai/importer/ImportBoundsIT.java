package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and mislabelled sources: each is refused with one message naming the file, exit 2,
 * nothing written, never a stack trace. The files are made here (see {@link HostileFiles}).
 */
class ImportBoundsIT {

    @TempDir
    Path dir;

    private Cli.Run importing(Path file) {
        return Cli.run("import", file.toString(), "-o", dir.resolve("site").toString(), "--year", "2023");
    }

    private void refused(Path file, String why) {
        Cli.Run run = importing(file);
        assertEquals(file + "：无法读取（" + why + "）\n未写入任何文件。\n", run.err());
        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void aDoctypeInTheDocumentIsRefused() {
        refused(HostileFiles.withDoctype(HostileFiles.SEED_DOCX, "word/document.xml", dir.resolve("a.docx")),
                "部件 word/document.xml 含有 DTD 声明 <!DOCTYPE>；Word 和 Excel 不会写出它，可能是恶意构造的文件，已拒绝读取");
    }

    @Test
    void aDoctypeInThePackagePartsIsRefused() {
        refused(HostileFiles.withDoctype(HostileFiles.SEED_DOCX, "[Content_Types].xml", dir.resolve("a.docx")),
                "部件 [Content_Types].xml 含有 DTD 声明 <!DOCTYPE>；Word 和 Excel 不会写出它，可能是恶意构造的文件，已拒绝读取");
        refused(HostileFiles.withDoctype(HostileFiles.SEED_XLSX, "xl/workbook.xml", dir.resolve("b.xlsx")),
                "部件 xl/workbook.xml 含有 DTD 声明 <!DOCTYPE>；Word 和 Excel 不会写出它，可能是恶意构造的文件，已拒绝读取");
    }

    @Test
    void aWorkbookNamedDocxAndADocumentNamedXlsxAreNamedForWhatTheyAre() throws Exception {
        Path workbook = Files.copy(HostileFiles.SEED_XLSX, dir.resolve("部门.docx"));
        refused(workbook, "这是 Excel .xlsx 文件，扩展名却是 .docx；请改正扩展名后再导入");
        Path document = Files.copy(HostileFiles.SEED_DOCX, dir.resolve("部门.xlsx"));
        refused(document, "这是 Word .docx 文件，扩展名却是 .xlsx；请改正扩展名后再导入");
        Path text = Files.writeString(dir.resolve("表.xlsx"), "这不是 Excel 文件");
        refused(text, "不是有效的 Excel .xlsx 文件");
        Path otherZip = HostileFiles.withPart(HostileFiles.SEED_DOCX, "word/document.xml", x -> x, dir.resolve("x.zip"));
        Path renamed = dir.resolve("其他.xlsx");
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(otherZip));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(renamed))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName().replace("word/", "other/")));
                out.write(in.readAllBytes());
            }
        }
        refused(renamed, "不是有效的 Excel .xlsx 文件：其中没有工作簿");
    }

    @Test
    void aZipBombIsRefusedByItsRatio() {
        refused(HostileFiles.zipBomb(8, 64, dir.resolve("bomb.docx")),
                "部件 word/extra0.xml 的压缩比超过 100 倍，可能是恶意构造的“压缩炸弹”，已拒绝读取");
    }

    @Test
    void partsThatPackModeratelyAreRefusedByTheirUnpackedSize() {
        refused(HostileFiles.lowRatioBomb(4, 40, dir.resolve("big.docx")),
                "解压后超过上限（XML 部件共 32 MB，全部部件共 512 MB），可能是恶意构造的“压缩炸弹”，已拒绝读取");
    }

    @Test
    void thousandsOfPartsAreRefused() {
        refused(HostileFiles.manyParts(OfficeZip.MAX_ENTRIES, dir.resolve("parts.docx")),
                "压缩包中有 5007 个部件，超过上限 5000 个，可能是恶意构造的“压缩炸弹”，已拒绝读取");
    }

    @Test
    void aWorkbookOfAMillionRowsIsRefusedBeforeItIsBuilt() {
        refused(HostileFiles.bigWorkbook(1_000_000, dir.resolve("rows.xlsx")),
                "解压后超过上限（XML 部件共 32 MB，全部部件共 512 MB），可能是恶意构造的“压缩炸弹”，已拒绝读取");
        // Under the unpacked bound, the cells are counted before POI builds the sheet.
        refused(HostileFiles.bigWorkbook(SheetSize.MAX_CELLS + 1, dir.resolve("rows2.xlsx")),
                "工作表共有 100000 个以上单元格，超过上限；绩效目标表不会这么大，请检查文件");
    }

    @Test
    void findingsArePrintedFiftyAFileThenCounted() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            findings.add(new Finding(i % 2 == 0 ? "a.xlsx" : "b.docx", "第 " + i + " 行", "不认识"));
        }
        List<String> lines = FindingCap.lines(findings);
        assertEquals(102, lines.size());
        assertEquals("b.docx 第 1 行：不认识", lines.get(0));
        assertEquals("a.xlsx 第 100 行：不认识", lines.get(99));
        assertEquals(List.of("b.docx：另有 10 处未列出（每个文件只列出前 50 处）",
                "a.xlsx：另有 10 处未列出（每个文件只列出前 50 处）"), lines.subList(100, 102));
    }

    @Test
    void aProjectCodeThatWouldBeAHiddenFileIsReportedAndNotWritten() throws Exception {
        String seed = Files.readString(SeedRoundTripTest.SEED);
        Path source = Files.writeString(dir.resolve("seed.txt"), seed.replace("\t13028123P00016110004W\n", "\t.hidden\n"));
        Cli.Run run = importing(source);
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("seed.txt 第 43 行：项目编码「.hidden」不能用作文件名（只能是字母、数字、_、-，以及不在开头的 .），这个项目未写入"),
                run.err());
        try (var files = Files.walk(dir.resolve("site"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void codesThatAreNotFileNamesAreNotWritten() {
        assertFalse(FileNames.isProjectFile(".."));
        assertFalse(FileNames.isProjectFile(".hidden"));
        assertFalse(FileNames.isProjectFile("a/b"));
        assertFalse(FileNames.isProjectFile("a\\b"));
        assertFalse(FileNames.isProjectFile("a\u0007"));
        assertTrue(FileNames.isProjectFile("13028123P00016110004W"));
        assertTrue(FileNames.isProjectFile("项目.2023"));
        assertFalse(FileNames.isDepartmentFolder(".."));
        assertFalse(FileNames.isDepartmentFolder("731001/.."));
        assertTrue(FileNames.isDepartmentFolder("731001"));
        assertEquals("a\\u0007", FileNames.shown("a\u0007"));
    }
}
