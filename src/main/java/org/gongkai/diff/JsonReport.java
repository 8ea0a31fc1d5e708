package org.gongkai.diff;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Indicator;

/**
 * The comparison for tools. Amounts are JSON numbers written exactly as decimals (never through
 * a double); statuses and fields are the English keys of the format, labels are in Chinese.
 */
public final class JsonReport {

    // Compact: a whole site's comparison runs to tens of megabytes; jq or an editor lays it out.
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private JsonReport() {
    }

    public static String of(Comparison c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("before", c.beforeLabel());
        root.put("after", c.afterLabel());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            summary.put("departments_" + s.key(), c.departmentCount(s));
            summary.put("projects_" + s.key(), c.projectCount(s));
        }
        summary.put("indicators_added", c.indicatorCount(Status.ADDED));
        summary.put("indicators_dropped", c.indicatorCount(Status.DROPPED));
        summary.put("indicators_changed", c.indicatorCount(Status.CHANGED));
        summary.put("targets_raised", c.targetCount(TargetDirection.RAISED));
        summary.put("targets_lowered", c.targetCount(TargetDirection.LOWERED));
        summary.put("budget", budget(c.totals()));
        root.put("summary", summary);
        List<Object> departments = new ArrayList<>();
        for (DepartmentChange d : c.departments()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", d.department().disclosedCode());
            if (!d.department().codeDisclosed()) {
                m.put("id", d.department().code());
            }
            m.put("name", d.department().name());
            m.put("year_before", d.before() == null ? null : d.before().year());
            m.put("year_after", d.after() == null ? null : d.after().year());
            m.put("status", d.status().key());
            m.put("unit", d.department().unit());
            m.put("budget", budget(d.totals()));
            m.put("texts", texts(d.texts()));
            List<Object> projects = new ArrayList<>();
            for (ProjectChange p : d.projects()) {
                projects.add(project(p));
            }
            m.put("projects", projects);
            departments.add(m);
        }
        root.put("departments", departments);
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> project(ProjectChange p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", p.project().disclosedCode());
        if (!p.project().codeDisclosed()) {
            m.put("id", p.project().code()); // the file name: how pages and search link the project
        }
        m.put("name", p.project().name());
        m.put("status", p.status().key());
        m.put("matched_by", p.matchedBy() == null ? null : p.matchedBy().name().toLowerCase(java.util.Locale.ROOT));
        m.put("code_before", p.before() == null ? null : p.before().disclosedCode());
        m.put("budget", budget(p.budget()));
        // Keys of the form family appear only where a form has them, so older comparisons stay as they were.
        if (p.overall().before() != null || p.overall().after() != null) {
            m.put("overall", amount(p.overall()));
        }
        if (!p.sources().isEmpty()) {
            List<Object> sources = new ArrayList<>();
            for (SourceChange s : p.sources()) {
                Map<String, Object> source = new LinkedHashMap<>();
                source.put("status", s.status().key());
                source.put("name", s.name());
                source.put("amount", amount(s.amount()));
                sources.add(source);
            }
            m.put("sources", sources);
        }
        m.put("texts", texts(p.texts()));
        List<Object> rows = new ArrayList<>();
        for (IndicatorChange i : p.indicators()) {
            Indicator row = i.row();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("status", i.status().key());
            r.put("level1", row.level1());
            r.put("level2", row.level2());
            r.put("name", row.name());
            r.put("target_before", i.before() == null ? null : i.before().target());
            r.put("target_after", i.after() == null ? null : i.after().target());
            r.put("target_direction", i.target() == null ? null : i.target().key());
            r.put("cells", texts(i.cells()));
            rows.add(r);
        }
        m.put("indicators", rows);
        return m;
    }

    private static Map<String, Object> budget(BudgetChange b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", amount(b.total()));
        m.put("fiscal", amount(b.fiscal()));
        m.put("other", amount(b.other()));
        return m;
    }

    private static Map<String, Object> amount(AmountChange a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("before", a.before());
        m.put("after", a.after());
        m.put("delta", a.delta());
        m.put("percent", a.percent());
        return m;
    }

    private static List<Object> texts(List<TextChange> texts) {
        List<Object> list = new ArrayList<>();
        for (TextChange t : texts) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", t.field());
            m.put("label", t.label());
            m.put("before", t.before());
            m.put("after", t.after());
            List<Object> segments = new ArrayList<>();
            for (TextDiff.Segment s : t.segments()) {
                // Not Map.of: its order changes from one run to the next, and the output must not.
                Map<String, Object> segment = new LinkedHashMap<>();
                segment.put("op", s.op().name().toLowerCase(java.util.Locale.ROOT));
                segment.put("text", s.text());
                segments.add(segment);
            }
            m.put("segments", segments);
            list.add(m);
        }
        return list;
    }
}
