package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFRelation;

/**
 * Counts the cells of a workbook's sheets with a streaming pass before POI builds them in memory
 * (a 1,000,000-row sheet took 4.6 GB), and refuses past {@link SourceTooLarge}'s bounds: cells as
 * {@link XlsxSource} lays them out (every column up to a row's last cell), columns, and merged
 * ranges (each cell is compared with each range of its sheet).
 */
final class SheetSize {

    /**
     * Cells (and empty rows) of a workbook. Lower than {@link SourceTooLarge#MAX_CELLS}: POI holds
     * each cell as an XML object, and a workbook at this bound takes about 300 MB of heap.
     */
    static final int MAX_CELLS = 100_000;
    /** Merged ranges of one sheet; a form has a few dozen. */
    static final int MAX_MERGED = 2_000;

    private SheetSize() {
    }

    static void check(OPCPackage pkg) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        long cells = 0;
        for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.WORKSHEET.getContentType())) {
            String name = part.getPartName().getName().substring(1);
            int merged = 0;
            try (InputStream in = part.getInputStream()) {
                XMLStreamReader r = factory.createXMLStreamReader(in);
                int rowEnd = 0;
                while (r.hasNext()) {
                    int event = r.next();
                    if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                        // The reader makes a cell for every column up to the row's last one; an
                        // empty row still costs POI a row object.
                        cells += Math.max(1, rowEnd);
                        if (cells > MAX_CELLS) {
                            throw new SourceTooLarge("工作表共有 " + MAX_CELLS + " 个以上单元格，超过上限；绩效目标表不会这么大，请检查文件");
                        }
                        rowEnd = 0;
                    }
                    if (event != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    if (r.getLocalName().equals("c")) {
                        String ref = r.getAttributeValue(null, "r");
                        int column = ref == null ? rowEnd : new CellReference(ref).getCol();
                        if (column >= SourceTooLarge.MAX_COLUMNS) {
                            throw new SourceTooLarge("工作表部件 " + name + " 的单元格 " + ref + " 超出 "
                                    + SourceTooLarge.MAX_COLUMNS + " 列的上限");
                        }
                        rowEnd = Math.max(rowEnd, column + 1);
                    } else if (r.getLocalName().equals("mergeCell") && ++merged > MAX_MERGED) {
                        throw new SourceTooLarge("工作表部件 " + name + " 有 " + MAX_MERGED + " 个以上合并单元格，超过上限");
                    }
                }
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
    }
}
