package org.gongkai.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings for tools: JSON (described by gongkai/schema/findings.schema.json) and SARIF 2.1.0,
 * which code-review systems show next to the lines of the content files.
 */
public final class FindingsFormat {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FindingsFormat() {
    }

    /** Counts of findings that count (not silenced), by grade. */
    public static Map<Grade, Long> summary(List<Finding> findings) {
        Map<Grade, Long> counts = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            counts.put(g, findings.stream().filter(f -> f.counts() && f.grade() == g).count());
        }
        return counts;
    }

    public static String json(List<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("tool", "gongkai");
        ObjectNode summary = root.putObject("summary");
        summary(findings).forEach((g, n) -> summary.put(g.name().toLowerCase(), n));
        summary.put("silenced", findings.stream().filter(f -> !f.counts()).count());
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("rule", f.rule());
            o.put("grade", f.grade().name().toLowerCase());
            o.put("file", f.origin().file());
            o.put("line", f.origin().line());
            o.put("column", f.origin().column());
            o.put("project", f.project());
            o.put("row", f.row());
            o.put("message", f.message());
            o.put("silenced", f.silenced());
        }
        return write(root);
    }

    public static String sarif(List<Finding> findings) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "gongkai");
        driver.put("informationUri", "https://gongkai.invalid/docs/checks");
        ArrayNode rules = driver.putArray("rules");
        for (Rule r : Checker.RULES) {
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.putObject("shortDescription").put("text", r.title());
            rule.putObject("defaultConfiguration").put("level", level(r.grade()));
        }
        ArrayNode results = run.putArray("results");
        for (Finding f : findings) {
            ObjectNode r = results.addObject();
            r.put("ruleId", f.rule());
            r.put("level", level(f.grade()));
            r.putObject("message").put("text", f.message());
            ObjectNode location = r.putArray("locations").addObject().putObject("physicalLocation");
            location.putObject("artifactLocation").put("uri", f.origin().file());
            if (f.origin().line() > 0) {
                ObjectNode region = location.putObject("region");
                region.put("startLine", f.origin().line());
                region.put("startColumn", f.origin().column());
            }
            if (f.silenced() != null) {
                r.putArray("suppressions").addObject().put("kind", "inSource").put("justification", f.silenced());
            }
        }
        return write(root);
    }

    private static String level(Grade g) {
        return switch (g) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "note";
        };
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
