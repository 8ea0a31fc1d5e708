package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.gongkai.support.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in the encodings Word exports on Chinese Windows, and files import cannot read, told by
 * their bytes: every fixture is made here from the seed text or from magic numbers.
 */
class ImportEncodingTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1, 0, 0, 0, 0};

    @TempDir
    Path dir;

    private static String seed() throws Exception {
        return Files.readString(SeedRoundTripTest.SEED, StandardCharsets.UTF_8);
    }

    /** The seed's own file name, so the import's notes name the same file as the UTF-8 import's. */
    private Path seedAs(String folder, byte[] bytes) throws Exception {
        Path file = Files.createDirectories(dir.resolve(folder)).resolve(SeedRoundTripTest.SEED.getFileName());
        return Files.write(file, bytes);
    }

    private Cli.Run importFile(Path file) {
        return Cli.run("import", file.toString(), "-o", dir.resolve("site").toString(), "--year", "2023",
                "--short-name", "遵化市科协");
    }

    @Test
    void gbkSeedImportsByteForByteLikeTheUtf8Seed() throws Exception {
        String text = seed();
        assertTrue(GBK.newEncoder().canEncode(text), "the seed must be a GBK text for this test to mean GBK");
        byte[] gbk = text.getBytes(GBK);
        assertFalse(java.util.Arrays.equals(gbk, text.getBytes(StandardCharsets.UTF_8)));
        Importer.Result utf8 = Importer.run(List.of(SeedRoundTripTest.SEED), SeedRoundTripTest.OPTIONS);
        Importer.Result result = Importer.run(List.of(seedAs("gbk", gbk)), SeedRoundTripTest.OPTIONS);
        assertEquals(SeedRoundTripTest.imported(utf8), SeedRoundTripTest.imported(result));
        assertEquals(utf8.findings(), result.findings());
        assertEquals(List.of("000_8ddc17a317e3134c.txt：按 GB18030（GBK）编码读取"), result.notices());
        assertEquals(List.of(), utf8.notices());
    }

    @Test
    void utf16WithBomAndUtf8WithBomReadLikeUtf8() throws Exception {
        Importer.Result utf8 = Importer.run(List.of(SeedRoundTripTest.SEED), SeedRoundTripTest.OPTIONS);
        byte[] le = ("\ufeff" + seed()).getBytes(StandardCharsets.UTF_16LE);
        assertEquals((byte) 0xFF, le[0]);
        Importer.Result utf16 = Importer.run(List.of(seedAs("utf16", le)), SeedRoundTripTest.OPTIONS);
        assertEquals(SeedRoundTripTest.imported(utf8), SeedRoundTripTest.imported(utf16));
        assertEquals(List.of("000_8ddc17a317e3134c.txt：按 UTF-16 编码读取"), utf16.notices());

        Importer.Result bom = Importer.run(List.of(seedAs("bom", ("\ufeff" + seed()).getBytes(StandardCharsets.UTF_8))),
                SeedRoundTripTest.OPTIONS);
        assertEquals(SeedRoundTripTest.imported(utf8), SeedRoundTripTest.imported(bom));
        assertEquals(List.of(), bom.notices());
    }

    @Test
    void theCommandSaysHowItReadAGbkFileAndKeepsItsExitCode() throws Exception {
        Cli.Run run = importFile(seedAs("gbk", seed().getBytes(GBK)));
        // 1 only because the seed itself is cut off inside project 5, as with the UTF-8 seed.
        assertEquals(1, run.code(), run.err());
        assertTrue(run.out().startsWith("说明：000_8ddc17a317e3134c.txt：按 GB18030（GBK）编码读取\n"), run.out());
        assertTrue(run.err().startsWith("未能导入的内容（1 处）：\n"), run.err());
        assertEquals(Files.readString(dir.resolve("site/content/2023/731001/department.yaml")),
                Files.readString(SeedRoundTripTest.CONTENT.resolve("department.yaml")));
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030KeepTheOldMessage() throws Exception {
        Path bad = Files.write(dir.resolve("bad.txt"), new byte[] {'a', (byte) 0x80, (byte) 0xFF, 'b'});
        assertRefused(bad, bad + "：文本文件不是 UTF-8 编码（请另存为 UTF-8，或直接导入 .docx）");
    }

    @Test
    void aPdfIsToldToBeExportedWhateverItsName() throws Exception {
        for (String name : new String[] {"目标.pdf", "目标.txt", "目标.docx"}) {
            Path pdf = Files.write(dir.resolve(name), "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));
            assertRefused(pdf, pdf + "：无法读取（这是 PDF 文件，无法直接导入：请把原文档导出或另存为 Word（.docx）或文本（.txt），"
                    + "或把其中的表格复制到 Word/Excel 中保存为 .docx/.xlsx，再导入）");
        }
    }

    @Test
    void oldBinaryOfficeAndWpsFilesAreToldToBeSavedAsDocx() throws Exception {
        String doc = "这是旧版 Word 格式（.doc）的文件，无法直接导入：请在 Word 或 WPS 中打开，另存为 .docx，再导入";
        String wps = "这是 WPS 文字格式（.wps）的文件，无法直接导入：请在 WPS 或 Word 中打开，另存为 .docx，再导入";
        String xls = "这是旧版 Excel/WPS 表格格式（.xls/.et）的文件，无法直接导入：请在 Excel 或 WPS 中打开，另存为 .xlsx，再导入";
        String other = "这是旧版 Word/Excel/WPS 格式（.doc/.xls/.wps）的文件，无法直接导入："
                + "请在 Word 或 WPS 中打开，另存为 .docx（表格另存为 .xlsx），再导入";
        String[][] cases = {{"a.doc", doc}, {"a.wps", wps}, {"a.xls", xls}, {"a.txt", other}, {"a.docx", other}};
        for (String[] c : cases) {
            Path file = Files.write(dir.resolve(c[0]), OLE2);
            assertRefused(file, file + "：无法读取（" + c[1] + "）");
        }
    }

    @Test
    void aZipThatIsNotOfficeOrIsOfficeUnderAnotherName() throws Exception {
        Path plain = zip("资料.zip", "说明.txt");
        assertRefused(plain, plain + "：无法读取（这是 zip 压缩包，不是 Word 或 Excel 文件：请解压后导入其中的 .docx 或 .xlsx 文件）");
        Path word = zip("目标.wps", "word/document.xml");
        assertRefused(word, word + "：无法读取（这是 Word .docx 文件，扩展名却是 .wps；请改正扩展名后再导入）");
        Path bare = zip("目标", "xl/workbook.xml");
        assertRefused(bare, bare + "：无法读取（这是 Excel .xlsx 文件，文件名却没有扩展名；请改正扩展名后再导入）");
    }

    @Test
    void anHtmlPageDeclaringGbkIsReadInGbk() throws Exception {
        for (String meta : new String[] {"<meta charset=\"gbk\">",
            "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"}) {
            byte[] page = ("<html><head>" + meta + "</head><body><p>项目支出绩效目标表</p>"
                    + "<table><tr><td>项目名称</td><td>科普活动经费</td></tr></table></body></html>").getBytes(GBK);
            List<Block> blocks = HtmlSource.read(new ByteArrayInputStream(page));
            assertEquals("项目支出绩效目标表", ((Block.Paragraph) blocks.get(0)).text(), meta);
            assertEquals("科普活动经费", ((Block.Table) blocks.get(1)).rows().get(0).get(1).text(), meta);
        }
    }

    @Test
    void anHtmlPageInGbkThatDeclaresNoCharsetIsReadAsGbkAndSaysSo() throws Exception {
        String html = "<html><body><p>项目支出绩效目标表</p><table><tr><td>项目名称</td><td>科普活动经费</td></tr>"
                + "<tr><td>项目编码</td><td>P1</td></tr></table></body></html>";
        // The same name in two folders: the file name is the department's name when the page has none.
        Path gbk = Files.write(Files.createDirectories(dir.resolve("gbk")).resolve("页面.html"), html.getBytes(GBK));
        Path utf8 = Files.write(Files.createDirectories(dir.resolve("utf8")).resolve("页面.html"),
                html.getBytes(StandardCharsets.UTF_8));
        Importer.Result fromGbk = Importer.run(List.of(gbk), new Importer.Options("2023", java.util.Map.of()));
        Importer.Result fromUtf8 = Importer.run(List.of(utf8), new Importer.Options("2023", java.util.Map.of()));
        assertEquals(List.of("页面.html：按 GB18030（GBK）编码读取"), fromGbk.notices());
        assertEquals(List.of(), fromUtf8.notices());
        assertEquals(fromUtf8.outputs().size(), fromGbk.outputs().size());
        for (int i = 0; i < fromUtf8.outputs().size(); i++) {
            assertEquals(fromUtf8.outputs().get(i).yaml(), fromGbk.outputs().get(i).yaml());
        }
        assertTrue(fromGbk.outputs().stream().anyMatch(o -> o.yaml().contains("科普活动经费")));
    }

    private Path zip(String name, String entry) throws Exception {
        Path file = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write("<x/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return file;
    }

    /** Refused by the command with exactly {@code message}, exit code 2, nothing written. */
    private void assertRefused(Path file, String message) {
        Cli.Run run = importFile(file);
        assertEquals(2, run.code(), run.err());
        assertEquals(message + "\n未写入任何文件。\n", run.err());
        assertEquals("", run.out());
        assertFalse(Files.exists(dir.resolve("site")));
    }
}
