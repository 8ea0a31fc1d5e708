package org.gongkai.data;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Budget;
import org.gongkai.model.BudgetDetails;
import org.gongkai.model.BudgetUnit;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormParts;
import org.gongkai.model.FormRow;
import org.gongkai.model.FormTable;
import org.gongkai.model.FundSource;
import org.gongkai.model.Indicator;
import org.gongkai.model.IndicatorColumn;
import org.gongkai.model.ItemGoal;
import org.gongkai.model.NamedText;
import org.gongkai.model.OverallTable;
import org.gongkai.model.Project;
import org.gongkai.model.ScheduleEntry;
import org.gongkai.site.Links;
import org.gongkai.site.Page;

/**
 * A department's or a project's data.json: every disclosed cell of the form, under the keys of the
 * content files (docs/format.md), so the JSON reads like the YAML it came from. A few keys are added:
 * {@code year}, the {@code department} it belongs to, {@code amount_unit} (always present: the unit of
 * every amount in the file), and {@code page} and {@code data}, paths from the site root. Amounts and
 * percentages are decimal strings as disclosed; a blank cell is null; a part the form did not print
 * is left out.
 */
public final class RecordJson {

    private RecordJson() {
    }

    public static Page.Body of(Department d, Project p) {
        return Json.stream(json -> project(json, d, p));
    }

    /** {@code projectFiles} false: the projects have no data.json of their own, so each is written here in full. */
    public static Page.Body of(Department d, boolean projectFiles) {
        return Json.stream(json -> department(json, d, projectFiles));
    }

    private static void project(JsonGenerator json, Department d, Project p) throws IOException {
        json.writeStartObject();
        json.writeNumberField("year", d.year());
        json.writeObjectFieldStart("department");
        json.writeStringField("id", d.code());
        json.writeStringField("code", d.disclosedCode());
        json.writeStringField("name", d.name());
        json.writeEndObject();
        json.writeStringField("id", p.code());
        json.writeStringField("code", p.disclosedCode());
        json.writeStringField("name", p.name());
        text(json, "title", p.form().title());
        labels(json, p.form().labels());
        BudgetUnit unit = d.unitOf(p);
        json.writeObjectFieldStart("unit");
        json.writeStringField("code", unit.code());
        json.writeStringField("name", unit.name());
        json.writeEndObject();
        if (p.order() != null) {
            json.writeNumberField("order", p.order());
        }
        json.writeStringField("amount_unit", p.moneyUnit(d));
        text(json, "attribute", p.attribute());
        text(json, "department_in_charge", p.departmentInCharge());
        text(json, "owner", p.owner());
        if (p.period() != null) {
            if (p.period().text() != null) {
                json.writeStringField("period", p.period().text());
            } else {
                json.writeObjectFieldStart("period");
                json.writeStringField("start", p.period().start());
                json.writeStringField("end", p.period().end());
                json.writeEndObject();
            }
        }
        texts(json, p.form().texts());
        if (p.hasBudget()) {
            budget(json, p.budget(), p.budgetDetails());
        }
        text(json, "purpose", p.purpose());
        if (!p.schedule().isEmpty()) {
            json.writeObjectFieldStart("schedule");
            for (ScheduleEntry e : p.schedule()) {
                json.writeStringField(Integer.toString(e.month()), Tables.amount(e.percent()));
            }
            json.writeEndObject();
        }
        goals(json, "long_term_goals", p.longTermGoals().isEmpty() ? null : p.longTermGoals());
        goals(json, "goals", p.goals());
        form(json, p.form(), p.indicators());
        json.writeStringField("page", Links.project(d, p));
        json.writeEndObject();
    }

    private static void department(JsonGenerator json, Department d, boolean projectFiles) throws IOException {
        json.writeStartObject();
        json.writeNumberField("year", d.year());
        json.writeStringField("id", d.code());
        json.writeStringField("code", d.disclosedCode());
        json.writeStringField("name", d.name());
        text(json, "short_name", d.shortName());
        json.writeStringField("amount_unit", d.unit());
        if (!d.units().isEmpty()) {
            json.writeArrayFieldStart("units");
            for (BudgetUnit u : d.units()) {
                json.writeStartObject();
                json.writeStringField("code", u.code());
                json.writeStringField("name", u.name());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "title", d.form().title());
        text(json, "overall_goal", d.overallGoal());
        if (!d.itemGoals().isEmpty()) {
            json.writeArrayFieldStart("item_goals");
            for (ItemGoal g : d.itemGoals()) {
                json.writeStartObject();
                json.writeStringField("name", g.name());
                json.writeStringField("content", g.content());
                json.writeStringField("goal", g.goal());
                json.writeStringField("indicator", g.indicator());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        text(json, "measures", d.measures());
        if (d.overallTable() != null) {
            overall(json, d, d.overallTable());
        }
        rows(json, "rows", d.form().rows());
        rows(json, "sign_off", d.form().signOff());
        goals(json, "notes", d.form().notes().isEmpty() ? null : d.form().notes());
        disclosure(json, d.disclosure());
        json.writeArrayFieldStart("projects");
        for (Project p : d.projects()) {
            if (!projectFiles) {
                project(json, d, p);
                continue;
            }
            json.writeStartObject();
            json.writeStringField("id", p.code());
            json.writeStringField("code", p.disclosedCode());
            json.writeStringField("name", p.name());
            json.writeStringField("amount_unit", p.moneyUnit(d));
            json.writeStringField("total", Tables.amount(p.budget().total()));
            json.writeStringField("page", Links.project(d, p));
            json.writeStringField("data", DataFiles.projectJson(d, p));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeStringField("page", Links.department(d));
        json.writeEndObject();
    }

    private static void overall(JsonGenerator json, Department d, OverallTable t) throws IOException {
        json.writeObjectFieldStart("overall_table");
        text(json, "title", t.form().title());
        labels(json, t.form().labels());
        json.writeStringField("amount_unit", t.amountUnit() != null ? t.amountUnit() : d.unit());
        text(json, "functions", t.functions());
        if (t.budget() != null && (t.budget() != Budget.EMPTY || t.budgetDetails() != BudgetDetails.NONE)) {
            budget(json, t.budget(), t.budgetDetails());
        }
        if (!t.tasks().isEmpty()) {
            json.writeArrayFieldStart("tasks");
            for (OverallTable.Task task : t.tasks()) {
                json.writeStartObject();
                json.writeStringField("name", task.name());
                json.writeStringField("content", task.content());
                json.writeStringField("amount", Tables.amount(task.amount()));
                if (task.printed() != null) {
                    json.writeStringField("printed", task.printed());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        goals(json, "long_term_goals", t.longTermGoals());
        goals(json, "goals", t.goals());
        form(json, t.form(), t.indicators());
        json.writeEndObject();
    }

    /** The parts shared by project forms and the overall table, after the budget and goals. */
    private static void form(JsonGenerator json, FormParts form, List<Indicator> indicators) throws IOException {
        goals(json, "mid_term_goals", form.midTermGoals());
        goals(json, "overall_goals", form.overallGoals());
        map(json, "goal_labels", form.goalLabels());
        map(json, "indicator_titles", form.indicatorTitles());
        if (!form.indicatorColumns().isEmpty()) {
            json.writeArrayFieldStart("indicator_columns");
            for (IndicatorColumn c : form.indicatorColumns()) {
                json.writeStartObject();
                if (c.key() != null) {
                    json.writeStringField("key", c.key());
                }
                json.writeStringField("heading", c.heading());
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        json.writeArrayFieldStart("indicators");
        for (Indicator i : indicators) {
            json.writeStartObject();
            json.writeStringField("level1", i.level1());
            json.writeStringField("level2", i.level2());
            json.writeStringField("name", i.name());
            json.writeStringField("description", i.description());
            json.writeStringField("target", i.target());
            json.writeStringField("basis", i.basis());
            json.writeStringField("term", i.term());
            if (!i.extra().isEmpty()) {
                map(json, "extra", i.extra());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        rows(json, "rows", form.rows());
        if (!form.tables().isEmpty()) {
            json.writeArrayFieldStart("tables");
            for (FormTable t : form.tables()) {
                json.writeStartObject();
                json.writeStringField("title", t.title());
                strings(json, "columns", t.columns());
                json.writeArrayFieldStart("rows");
                for (List<String> row : t.rows()) {
                    json.writeStartArray();
                    for (String cell : row) {
                        json.writeString(cell);
                    }
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        rows(json, "sign_off", form.signOff());
        goals(json, "notes", form.notes().isEmpty() ? null : form.notes());
        goals(json, "layout", form.layout().isEmpty() ? null : form.layout());
    }

    private static void budget(JsonGenerator json, Budget b, BudgetDetails details) throws IOException {
        json.writeObjectFieldStart("budget");
        json.writeStringField("total", Tables.amount(b.total()));
        text(json, "total_label", details.totalLabel());
        text(json, "total_printed", details.totalPrinted());
        json.writeStringField("fiscal", Tables.amount(b.fiscal()));
        text(json, "fiscal_printed", details.fiscalPrinted());
        json.writeStringField("other", Tables.amount(b.other()));
        text(json, "other_printed", details.otherPrinted());
        if (details.hasOverall()) {
            json.writeStringField("overall", Tables.amount(details.overall()));
            text(json, "overall_label", details.overallLabel());
            text(json, "overall_printed", details.overallPrinted());
        }
        sources(json, details.sources());
        json.writeEndObject();
    }

    private static void sources(JsonGenerator json, List<FundSource> sources) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("sources");
        for (FundSource s : sources) {
            json.writeStartObject();
            json.writeStringField("name", s.name());
            json.writeStringField("amount", Tables.amount(s.amount()));
            text(json, "printed", s.printed());
            text(json, "term", s.term());
            sources(json, s.sources());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void disclosure(JsonGenerator json, Disclosure c) throws IOException {
        json.writeObjectFieldStart("disclosure");
        text(json, "index_number", c.indexNumber());
        text(json, "publisher", c.publisher());
        text(json, "date", c.date());
        text(json, "category", c.category());
        text(json, "document_number", c.documentNumber());
        text(json, "title", c.title());
        text(json, "validity", c.validity());
        text(json, "method", c.method());
        map(json, "labels", c.labels());
        json.writeEndObject();
    }

    private static void texts(JsonGenerator json, List<NamedText> texts) throws IOException {
        for (NamedText t : texts) {
            json.writeStringField(t.key(), t.value());
        }
    }

    private static void labels(JsonGenerator json, Map<String, String> labels) throws IOException {
        map(json, "labels", labels);
    }

    private static void rows(JsonGenerator json, String key, List<FormRow> rows) throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(key);
        for (FormRow r : rows) {
            json.writeStartObject();
            if (r.section() != null) {
                json.writeStringField("section", r.section());
            }
            json.writeStringField("label", r.label());
            json.writeStringField("value", r.value());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void goals(JsonGenerator json, String key, List<String> list) throws IOException {
        if (list != null) {
            strings(json, key, list);
        }
    }

    private static void strings(JsonGenerator json, String key, List<String> list) throws IOException {
        json.writeArrayFieldStart(key);
        for (String s : list) {
            json.writeString(s);
        }
        json.writeEndArray();
    }

    private static void map(JsonGenerator json, String key, Map<String, String> map) throws IOException {
        if (map.isEmpty()) {
            return;
        }
        json.writeObjectFieldStart(key);
        for (Map.Entry<String, String> e : map.entrySet()) {
            json.writeStringField(e.getKey(), e.getValue());
        }
        json.writeEndObject();
    }

    private static void text(JsonGenerator json, String key, String value) throws IOException {
        if (value != null) {
            json.writeStringField(key, value);
        }
    }

}
