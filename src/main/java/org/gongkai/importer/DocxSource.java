package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * A Word document: body paragraphs and tables in order. POI opens the package; the main part is
 * then streamed (StAX) rather than built into XWPF objects, which took most of a 200-project
 * import's time. Merged cells are expanded back into the grid: a cell spanning columns
 * (gridSpan) is followed by copies marked FROM_LEFT, a cell continuing a vertical merge (vMerge)
 * carries the text of the cell it continues, marked FROM_ABOVE. Text of w:t runs only, so
 * deleted revisions and field codes stay out. Locations: "第 N 段" for paragraphs, "表 T 第 R 行第 C
 * 格" for cells (columns of the grid). A table inside a cell is read as that cell's paragraphs.
 * The package is opened from the file, after {@link OfficeZip} has looked inside it, so parts
 * are unpacked as they are read rather than all held in memory; cells are bounded by
 * {@link SourceTooLarge}.
 */
public final class DocxSource {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxSource() {
    }

    public static List<Block> read(Path file) throws IOException {
        OPCPackage pkg = OfficeZip.open(file);
        try {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() == 0) {
                rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            }
            if (rels.size() == 0) {
                throw new IOException("没有正文");
            }
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            try (InputStream xml = main.getInputStream()) {
                return new DocxSource.Parser().parse(xml);
            }
        } catch (XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        } finally {
            pkg.revert(); // a read-only package is let go, not closed (closing means saving)
        }
    }

    /** One pass over document.xml. */
    private static final class Parser {
        private final List<Block> blocks = new ArrayList<>();
        private int paragraphs;
        private int tables;
        private int tableDepth;
        private List<List<Cell>> rows;
        private List<Cell> row;
        private Map<Integer, String> above = new HashMap<>();
        private Map<Integer, String> current;
        private int column;
        private List<String> cellParagraphs;
        private int span;
        private int cells;
        private boolean continues;
        private StringBuilder text;

        List<Block> parse(InputStream xml) throws XMLStreamException {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            XMLStreamReader r = factory.createXMLStreamReader(xml);
            boolean inText = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "p" -> text = new StringBuilder();
                        case "t" -> inText = true;
                        case "tab" -> append("\t");
                        case "br", "cr" -> append("\n");
                        case "tbl" -> startTable();
                        case "tr" -> startRow();
                        case "tc" -> startCell();
                        case "gridSpan" -> span = tableDepth == 1 ? intValue(r.getAttributeValue(W, "val")) : span;
                        case "vMerge" -> continues = tableDepth == 1
                                ? !"restart".equals(r.getAttributeValue(W, "val")) : continues;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inText) {
                    append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                    switch (r.getLocalName()) {
                        case "t" -> inText = false;
                        case "p" -> endParagraph();
                        case "tc" -> endCell();
                        case "tr" -> endRow();
                        case "tbl" -> endTable();
                        default -> {
                        }
                    }
                }
            }
            return blocks;
        }

        private void append(String s) {
            if (text != null) {
                text.append(s);
            }
        }

        private static int intValue(String s) {
            try {
                return Math.min(SourceTooLarge.MAX_COLUMNS, Math.max(1, Integer.parseInt(s.strip())));
            } catch (RuntimeException e) {
                return 1;
            }
        }

        private void endParagraph() {
            SourceTooLarge.checkCells(++cells);
            String t = text == null ? "" : text.toString();
            text = null;
            if (tableDepth == 0) {
                paragraphs++;
                blocks.add(new Block.Paragraph(t.strip(), "第 " + paragraphs + " 段"));
            } else if (cellParagraphs != null) {
                cellParagraphs.add(t);
            }
        }

        private void startTable() {
            tableDepth++;
            if (tableDepth == 1) {
                tables++;
                rows = new ArrayList<>();
                above = new HashMap<>();
            }
        }

        private void startRow() {
            if (tableDepth == 1) {
                row = new ArrayList<>();
                current = new HashMap<>();
                column = 0;
            }
        }

        private void startCell() {
            if (tableDepth == 1) {
                cellParagraphs = new ArrayList<>();
                span = 1;
                continues = false;
            }
        }

        private void endCell() {
            if (tableDepth != 1) {
                return;
            }
            String at = "表 " + tables + " 第 " + (rows.size() + 1) + " 行第 ";
            if (column + span > SourceTooLarge.MAX_COLUMNS) {
                throw new SourceTooLarge(at.substring(0, at.length() - 2) + "超过 " + SourceTooLarge.MAX_COLUMNS + " 列的上限");
            }
            cells += span;
            SourceTooLarge.checkCells(cells);
            String t = continues ? above.getOrDefault(column, "") : TextSource.join(cellParagraphs);
            row.add(new Cell(t, at + (column + 1) + " 格", continues ? Cell.Merge.FROM_ABOVE : Cell.Merge.NONE));
            current.put(column, t);
            for (int s = 1; s < span; s++) {
                row.add(new Cell(t, at + (column + 1 + s) + " 格", Cell.Merge.FROM_LEFT));
            }
            column += span;
            cellParagraphs = null;
        }

        private void endRow() {
            if (tableDepth == 1) {
                rows.add(row);
                above = current;
            }
        }

        private void endTable() {
            if (tableDepth == 1) {
                blocks.add(new Block.Table(rows, "表 " + tables));
            }
            tableDepth--;
        }
    }
}
