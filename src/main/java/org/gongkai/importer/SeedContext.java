package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the readers of the seed grammar share: the department and the project being read, and the
 * report. A finding goes to the project being read, else to the department, so it marks the file
 * it belongs to as incomplete.
 */
final class SeedContext implements SeedIndicatorTable.Reports {

    private final String source;
    private final Cell lastContent;
    final List<Drafts.Department> departments = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    private Drafts.Department dept;
    private PartOneReader partOne;
    private SeedProjectTable table;

    SeedContext(String source, List<Block> blocks) {
        this.source = source;
        this.lastContent = lastContent(blocks);
    }

    /** The department being read, started at {@code at} if none is. */
    Drafts.Department department(Cell at) {
        if (dept == null) {
            dept = new Drafts.Department();
            dept.where = at.where();
            departments.add(dept);
            partOne = new PartOneReader(dept, this);
        }
        return dept;
    }

    /** The department being read, or null. */
    Drafts.Department currentDepartment() {
        return dept;
    }

    /** The reader of the current department's part 1; null when no department is being read. */
    PartOneReader partOne() {
        return partOne;
    }

    /** The reader of the project being read, or null. */
    SeedProjectTable table() {
        return table;
    }

    /** Ends the project being read and starts the next one at {@code where}, in the current department. */
    SeedProjectTable startProject(String where) {
        endProject();
        if (dept == null) {
            department(new Cell("", where));
        }
        Drafts.Project project = new Drafts.Project(where);
        dept.projects.add(project);
        table = new SeedProjectTable(project, this);
        return table;
    }

    void endProject() {
        if (table == null) {
            return;
        }
        Drafts.Project p = table.project();
        table = null;
        String missing = SeedProjectTable.finish(p);
        if (missing != null) {
            Finding f = new Finding(source, p.where, "这个绩效目标表没有读到：" + missing);
            p.findings.add(f);
            findings.add(f);
        }
    }

    void endDepartment() {
        endProject();
        if (dept == null) {
            return;
        }
        Drafts.Department d = dept;
        dept = null;
        partOne = null;
        identity(d);
        String missing = PartOneReader.missing(d);
        if (missing != null) {
            Finding f = new Finding(source, d.where, "第一部分没有读到：" + missing);
            d.findings.add(f);
            findings.add(f);
        }
    }

    /** The department's units, code and name from its projects' unit lines; 本级 names the department. */
    private static void identity(Drafts.Department d) {
        for (Drafts.Project p : d.projects) {
            if (p.unit != null) {
                d.units.putIfAbsent(p.unit.code(), p.unit.name());
            }
            if (d.unit == null) {
                d.unit = p.moneyUnit;
            }
        }
        for (Map.Entry<String, String> u : d.units.entrySet()) {
            if (d.code == null || u.getValue().endsWith("本级") && !d.units.get(d.code).endsWith("本级")) {
                d.code = u.getKey();
            }
        }
        if (d.code != null) {
            String name = d.units.get(d.code);
            d.name = name.endsWith("本级") && name.length() > 2 ? name.substring(0, name.length() - 2) : name;
        }
    }

    void report(Cell at, String message) {
        report(at, at == null ? "" : at.where(), message);
    }

    @Override
    public void report(Cell at, String where, String message) {
        Finding f = new Finding(source, where, message);
        findings.add(f);
        if (table != null) {
            table.project().findings.add(f);
        } else if (dept != null) {
            dept.findings.add(f);
        }
    }

    /** True when nothing but blanks follows {@code cell} in the source: the document stops there. */
    @Override
    public boolean truncatedAt(Cell cell) {
        return cell != null && cell == lastContent;
    }

    private static Cell lastContent(List<Block> blocks) {
        Cell last = null;
        for (Block b : blocks) {
            List<List<Cell>> rows = b instanceof Block.Table t ? t.rows() : List.of(List.of(((Block.Paragraph) b).cell()));
            for (List<Cell> row : rows) {
                for (Cell c : row) {
                    if (!c.text().isBlank()) {
                        last = c;
                    }
                }
            }
        }
        return last;
    }
}
