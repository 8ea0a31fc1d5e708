package org.gongkai.importer;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Recognizes a 部门预算绩效目标 in the blocks of any source: part 1 (总体绩效目标, 分项绩效目标,
 * 工作保障措施) and one 绩效目标表 per project. It follows the headings and hands part 1's prose
 * to {@link PartOneReader} and each project's rows to {@link SeedProjectTable}; what they share is
 * {@link SeedContext}. It never throws on content: whatever it cannot place becomes a
 * {@link Finding} with its location, attached to the file it belongs to, and every non-blank
 * cell or paragraph it did not use is reported at the end of its block.
 */
public final class DisclosureReader {

    /** What was read from one source: its departments, and every finding in document order. */
    public record Reading(List<Drafts.Department> departments, List<Finding> findings, String year) {
    }

    private enum Section { NONE, PART_ONE, OVERALL, ITEMS, MEASURES, PART_TWO }

    private final SeedContext context;
    private String year;
    /** Where the paragraphs are: which heading of part 1 the prose below belongs to. */
    private Section section = Section.NONE;

    private DisclosureReader(String source, List<Block> blocks) {
        this.context = new SeedContext(source, blocks);
    }

    public static Reading read(String source, List<Block> blocks) {
        DisclosureReader reader = new DisclosureReader(source, blocks);
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph p) {
                reader.paragraph(p.cell());
                reader.unused(List.of(List.of(p.cell())));
            } else if (block instanceof Block.Table t) {
                reader.table(t);
                reader.unused(t.rows());
            }
        }
        reader.context.endDepartment();
        return new Reading(reader.context.departments, reader.context.findings, reader.year);
    }

    /**
     * True for documents of this reader's grammar (the 部门预算绩效目标 with 第一部分/第二部分 and
     * numbered unit lines such as "731001某某单位本级"); everything else is read by labels
     * ({@link FormReader}).
     */
    public static boolean ownGrammar(List<Block> blocks) {
        for (Block b : blocks) {
            List<List<Cell>> rows = b instanceof Block.Table t ? t.rows() : List.of(List.of(((Block.Paragraph) b).cell()));
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    String n = Labels.norm(c.text());
                    if (b instanceof Block.Paragraph && (n.startsWith("第一部分") || n.startsWith("第二部分"))
                            || Labels.SEED_UNIT_LINE.matcher(c.text().strip()).matches()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    // ---- paragraphs: the headings, the project titles and the prose of part 1 ----

    private void paragraph(Cell p) {
        String text = p.text();
        p.use();
        if (text.isBlank()) {
            return;
        }
        String n = Labels.norm(text);
        Matcher title = Labels.PROJECT_TITLE.matcher(Labels.stripNumber(text));
        Matcher yearTitle = Labels.YEAR_TITLE.matcher(n);
        Drafts.Department dept = context.currentDepartment();
        SeedProjectTable table = context.table();
        if (n.startsWith("第一部分")) {
            if (dept != null && (dept.hasPartOne || !dept.projects.isEmpty())) {
                context.endDepartment();
            }
            context.department(p).hasPartOne = true;
            section = Section.PART_ONE;
        } else if (n.equals("部门整体绩效目标") || n.equals("预算项目绩效目标")) {
            context.department(p);
        } else if (Labels.OVERALL.matcher(n).matches()) {
            context.department(p).hasPartOne = true;
            section = Section.OVERALL;
        } else if (Labels.ITEMS.matcher(n).matches()) {
            context.department(p).hasPartOne = true;
            section = Section.ITEMS;
            context.partOne().startItems();
        } else if (Labels.MEASURES.matcher(n).matches()) {
            context.department(p).hasPartOne = true;
            section = Section.MEASURES;
        } else if (n.startsWith("第二部分")) {
            context.endProject();
            context.department(p);
            section = Section.PART_TWO;
        } else if (title.matches() && section != Section.OVERALL && section != Section.ITEMS && text.length() < 200) {
            context.startProject(p.where()).project().titleName = title.group(1).strip();
            section = Section.PART_TWO;
        } else if (section == Section.NONE && dept == null && yearTitle.find()) {
            year = yearTitle.group(1);
        } else if (table != null && table.unitParagraph(text)) {
            return;
        } else {
            prose(p, text, n);
        }
    }

    private void prose(Cell p, String text, String n) {
        switch (section) {
            case OVERALL -> context.partOne().overall(text);
            case MEASURES -> context.partOne().measure(text);
            case ITEMS -> context.partOne().itemParagraph(p, text, n);
            default -> context.report(p, "这一段不属于能识别的任何部分，未导入：「" + OutsideLines.shorten(text) + "」");
        }
    }

    // ---- tables: the 绩效目标表 ----

    private void table(Block.Table table) {
        if (context.table() == null) {
            if (!looksLikeProject(table)) {
                Cell first = table.rows().get(0).isEmpty() ? null : table.rows().get(0).get(0);
                int cells = 0;
                for (List<Cell> row : table.rows()) {
                    for (Cell c : row) {
                        cells += c.isBlank() ? 0 : 1;
                        c.use();
                    }
                }
                context.report(first, table.where(), "这个表格不是项目的绩效目标表（没有项目编码），未导入（" + cells + " 个非空格）");
                return;
            }
            context.startProject(table.where());
            section = Section.PART_TWO;
        }
        for (List<Cell> row : table.rows()) {
            if (!row.isEmpty()) {
                // The current project's reader: a row may have started the next project.
                context.table().row(row);
            }
        }
    }

    private static boolean looksLikeProject(Block.Table table) {
        for (List<Cell> row : table.rows()) {
            for (Cell c : row) {
                String n = Labels.norm(c.text());
                if (n.equals("项目编码") || n.equals("项目名称") || Labels.UNIT_LINE.matcher(n).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Reports every non-blank cell of a block that nothing above placed. */
    private void unused(List<List<Cell>> rows) {
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                if (!c.used() && !c.isBlank()) {
                    c.use();
                    context.report(c, "未能归入任何栏目，未导入：「" + OutsideLines.shorten(c.text()) + "」");
                }
            }
        }
    }
}
