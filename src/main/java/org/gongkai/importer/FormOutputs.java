package org.gongkai.importer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The content files of documents read by labels: who the department is and what each project's
 * file is called, from the document itself or from {@code --department} / {@code --code} —
 * the printed code when there is one, else a slug of the name, made unique with -2, -3.
 */
final class FormOutputs {

    /** Where the files go; {@code source} names the document for findings. */
    interface Sink {
        void add(Path path, Supplier<String> yaml, boolean incomplete, boolean keepExisting, String source);
    }

    private final Importer.Options options;
    private final Sink sink;
    /** Folder → project file names already given in this import. */
    private final Map<Path, Set<String>> taken = new HashMap<>();

    FormOutputs(Importer.Options options, Sink sink) {
        this.options = options;
        this.sink = sink;
    }

    void add(String source, List<Block> blocks, List<Finding> findings) throws ImportException {
        FormDepartment d = FormReader.read(source, blocks, findings);
        String year = options.year() != null ? options.year() : d.budgetYear();
        if (year == null) {
            throw new ImportException(source + "：文件中没有写明预算年度，请用 --year 指定（如 --year 2023）");
        }
        String stem = source.contains(".") ? source.substring(0, source.lastIndexOf('.')) : source;
        String name = departmentName(d, stem);
        String slug = options.department() != null ? options.department() : Slugs.of(name);
        if (slug == null) {
            slug = Slugs.of(stem) != null ? Slugs.of(stem) : "department";
        }
        Path folder = Path.of("content", year, slug);
        String unit = amountUnit(d);
        Set<String> units = new LinkedHashSet<>();
        d.projects.forEach(p -> {
            if (p.unitName != null) {
                units.add(p.unitName);
            }
        });
        String shortName = options.shortNames().get("");
        String deptName = name;
        sink.add(folder.resolve("department.yaml"), () -> withShortName(FormYaml.department(d, deptName, year, unit,
                List.copyOf(units)), shortName), true, true, source);
        Set<String> names = taken.computeIfAbsent(folder, f -> new HashSet<>());
        int order = 0;
        for (FormDraft p : d.projects) {
            order++;
            String projectName = projectName(p, stem);
            String code = Slugs.valid(p.code) ? p.code : null;
            if (p.code != null && code == null) {
                Finding f = new Finding(source, p.where, "项目编码「" + p.code + "」不能用作文件名，文件名取项目名称");
                findings.add(f);
                p.findings.add(f);
                p.rows.add(new FormDraft.Row(null, "项目编码", p.code));
            }
            String file = options.code() != null && d.projects.size() == 1 ? options.code()
                    : code != null ? code : Slugs.of(projectName);
            file = Slugs.unique(file == null ? "project" : file, names);
            String writtenCode = code != null && code.equals(file) ? code : null;
            if (code != null && writtenCode == null) {
                p.rows.add(new FormDraft.Row(null, "项目编码", code));
            }
            int o = order;
            sink.add(folder.resolve("projects").resolve(file + ".yaml"),
                    () -> FormYaml.project(p, projectName, writtenCode, unit, o), !p.findings.isEmpty(), false, source);
        }
    }

    /** 预算单位, else the unit that signed the form (填报单位(盖章)), the publisher, the department in charge. */
    private static String departmentName(FormDepartment d, String stem) {
        List<String> candidates = new ArrayList<>();
        for (FormDraft p : d.projects) {
            candidates.add(p.unitName);
        }
        if (d.overallTable != null) {
            candidates.add(d.overallTable.unitName);
        }
        List<FormDraft.Row> signOff = new ArrayList<>(d.signOff);
        d.projects.forEach(p -> signOff.addAll(p.signOff));
        for (FormDraft.Row r : signOff) {
            String l = Labels.norm(r.label());
            if (l.contains("单位") && (l.contains("章") || l.contains("填报") || l.contains("编报") || l.contains("申报"))) {
                candidates.add(r.value());
            }
        }
        candidates.add(d.disclosure.get("publisher"));
        for (FormDraft p : d.projects) {
            candidates.add(p.fields.get("department_in_charge"));
            candidates.add(p.fields.get("implementing_unit"));
        }
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                return c.strip();
            }
        }
        return stem;
    }

    private static String amountUnit(FormDepartment d) {
        for (FormDraft p : d.projects) {
            if (p.amountUnit != null) {
                return p.amountUnit;
            }
        }
        return d.overallTable != null && d.overallTable.amountUnit != null ? d.overallTable.amountUnit : "万元";
    }

    private static String projectName(FormDraft p, String stem) {
        String name = p.fields.get("name");
        if (name != null) {
            return name;
        }
        for (FormDraft.Row r : p.signOff) {
            if (Labels.label(r.label()).equals("申报项目名称") && r.value() != null) {
                return r.value();
            }
        }
        return p.title != null ? p.title : stem;
    }

    private static String withShortName(String yaml, String shortName) {
        if (shortName == null) {
            return yaml;
        }
        int at = yaml.indexOf("\nyear: ");
        return yaml.substring(0, at + 1) + "short_name: " + YamlText.quote(shortName) + "\n" + yaml.substring(at + 1);
    }
}
