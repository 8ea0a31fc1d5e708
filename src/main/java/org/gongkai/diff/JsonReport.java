package org.gongkai.diff;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.gongkai.model.Indicator;
import org.gongkai.parallel.Batches;

/**
 * The comparison for tools. Amounts are JSON numbers written exactly as decimals (never through
 * a double); statuses and fields are the English keys of the format, labels are in Chinese.
 * Written as it is walked, straight to the output: a whole site's comparison runs to tens of
 * megabytes, which neither a tree of maps nor one string needs to hold.
 */
public final class JsonReport {

    // Compact: jq or an editor lays it out.
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final JsonGenerator json;

    private JsonReport(JsonGenerator json) {
        this.json = json;
    }

    public static String of(Comparison c) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        write(c, bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the report in UTF-8, and a final newline, to {@code out}, which is flushed but not
     * closed. The departments are written {@value #AT_ONCE} at a time, each made on its own core
     * into bytes first, then all in order: one thread took half a second for the 54 MB of a
     * 2 × 10,000-project comparison while the other core idled.
     */
    public static void write(Comparison c, OutputStream out) {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            JsonReport report = new JsonReport(g);
            report.head(c);
            g.flush();
            List<DepartmentChange> departments = c.departments();
            for (int from = 0; from < departments.size(); from += AT_ONCE) {
                List<byte[]> made = Batches.stream(departments.subList(from, Math.min(departments.size(), from + AT_ONCE)))
                        .map(JsonReport::departmentBytes).toList();
                for (int i = 0; i < made.size(); i++) {
                    if (from + i > 0) {
                        out.write(','); // as the generator separates an array's values: compact, no space
                    }
                    out.write(made.get(i));
                }
            }
            g.writeEndArray();
            g.writeEndObject();
            g.flush();
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many departments are made before they are written: their bytes are held until then. */
    private static final int AT_ONCE = 128;

    /** A department's object, as the generator writes it in the array. */
    private static byte[] departmentBytes(DepartmentChange d) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            new JsonReport(g).department(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Everything before the departments' values: the labels, the summary, the array's start. */
    private void head(Comparison c) throws IOException {
        json.writeStartObject();
        json.writeStringField("before", c.beforeLabel());
        json.writeStringField("after", c.afterLabel());
        json.writeObjectFieldStart("summary");
        for (Status s : Status.values()) {
            json.writeNumberField("departments_" + s.key(), c.departmentCount(s));
            json.writeNumberField("projects_" + s.key(), c.projectCount(s));
        }
        json.writeNumberField("indicators_added", c.indicatorCount(Status.ADDED));
        json.writeNumberField("indicators_dropped", c.indicatorCount(Status.DROPPED));
        json.writeNumberField("indicators_changed", c.indicatorCount(Status.CHANGED));
        json.writeNumberField("targets_raised", c.targetCount(TargetDirection.RAISED));
        json.writeNumberField("targets_lowered", c.targetCount(TargetDirection.LOWERED));
        budget("budget", c.totals());
        json.writeEndObject();
        json.writeArrayFieldStart("departments");
    }

    private void department(DepartmentChange d) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", d.department().disclosedCode());
        if (!d.department().codeDisclosed()) {
            json.writeStringField("id", d.department().code());
        }
        json.writeStringField("name", d.department().name());
        number("year_before", d.before() == null ? null : d.before().year());
        number("year_after", d.after() == null ? null : d.after().year());
        json.writeStringField("status", d.status().key());
        json.writeStringField("unit", d.department().unit());
        budget("budget", d.totals());
        texts("texts", d.texts());
        json.writeArrayFieldStart("projects");
        for (ProjectChange p : d.projects()) {
            project(p);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void project(ProjectChange p) throws IOException {
        json.writeStartObject();
        json.writeStringField("code", p.project().disclosedCode());
        if (!p.project().codeDisclosed()) {
            json.writeStringField("id", p.project().code()); // the file name: how pages and search link the project
        }
        json.writeStringField("name", p.project().name());
        json.writeStringField("status", p.status().key());
        json.writeStringField("matched_by", p.matchedBy() == null ? null : p.matchedBy().name().toLowerCase(Locale.ROOT));
        json.writeStringField("code_before", p.before() == null ? null : p.before().disclosedCode());
        budget("budget", p.budget());
        // Keys of the form family appear only where a form has them, so older comparisons stay as they were.
        if (p.overall().before() != null || p.overall().after() != null) {
            amount("overall", p.overall());
        }
        if (!p.sources().isEmpty()) {
            json.writeArrayFieldStart("sources");
            for (SourceChange s : p.sources()) {
                json.writeStartObject();
                json.writeStringField("status", s.status().key());
                json.writeStringField("name", s.name());
                amount("amount", s.amount());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        texts("texts", p.texts());
        json.writeArrayFieldStart("indicators");
        for (IndicatorChange i : p.indicators()) {
            Indicator row = i.row();
            json.writeStartObject();
            json.writeStringField("status", i.status().key());
            json.writeStringField("level1", row.level1());
            json.writeStringField("level2", row.level2());
            json.writeStringField("name", row.name());
            json.writeStringField("target_before", i.before() == null ? null : i.before().target());
            json.writeStringField("target_after", i.after() == null ? null : i.after().target());
            json.writeStringField("target_direction", i.target() == null ? null : i.target().key());
            texts("cells", i.cells());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private void budget(String field, BudgetChange b) throws IOException {
        json.writeObjectFieldStart(field);
        amount("total", b.total());
        amount("fiscal", b.fiscal());
        amount("other", b.other());
        json.writeEndObject();
    }

    private void amount(String field, AmountChange a) throws IOException {
        json.writeObjectFieldStart(field);
        decimal("before", a.before());
        decimal("after", a.after());
        decimal("delta", a.delta());
        decimal("percent", a.percent());
        json.writeEndObject();
    }

    private void texts(String field, List<TextChange> texts) throws IOException {
        json.writeArrayFieldStart(field);
        for (TextChange t : texts) {
            json.writeStartObject();
            json.writeStringField("field", t.field());
            json.writeStringField("label", t.label());
            json.writeStringField("before", t.before());
            json.writeStringField("after", t.after());
            json.writeArrayFieldStart("segments");
            for (TextDiff.Segment s : t.segments()) {
                json.writeStartObject();
                json.writeStringField("op", s.op().name().toLowerCase(Locale.ROOT));
                json.writeStringField("text", s.text());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private void decimal(String field, BigDecimal value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }

    private void number(String field, Integer value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeNumberField(field, value);
        }
    }
}
