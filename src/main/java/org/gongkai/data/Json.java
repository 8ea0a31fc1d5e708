package org.gongkai.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import org.gongkai.site.Page;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON files of the downloads, through Jackson's streaming writer: two-space indentation, keys in the
 * order they are written, non-ASCII text as UTF-8, a newline at the end. Amounts and percentages are
 * the decimal text that was disclosed, as JSON strings, so no reader turns 0.10 into 0.1; years,
 * row numbers and 序号 are JSON integers.
 */
public final class Json {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    /** What a JSON file is made of, written to the generator. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private Json() {
    }

    /** A JSON file written by {@code body}, indented. */
    public static byte[] file(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try {
            write(body, bytes, new DefaultPrettyPrinter(PRETTY));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The same, as the body of a file written when the site is written. */
    public static Page.Body stream(Body body) {
        return out -> write(body, out, new DefaultPrettyPrinter(PRETTY));
    }

    private static void write(Body body, OutputStream out, PrettyPrinter pretty) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(pretty);
            body.write(json);
            json.flush();
        }
        out.write('\n');
    }

    /** Streams a table's JSON: one row object a line, which keeps a large table compact and greppable. */
    public static void write(Table table, OutputStream out) throws IOException {
        write(json -> {
            json.writeStartArray();
            for (List<String> row : table.rows()) {
                json.writeStartObject();
                for (int c = 0; c < table.columns().size(); c++) {
                    Column column = table.columns().get(c);
                    String value = row.get(c);
                    if (value != null && column.type().equals("integer")) {
                        json.writeFieldName(column.key());
                        json.writeNumber(value); // a count or a year: a JSON number, exact as it is
                    } else {
                        json.writeStringField(column.key(), value);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }, out, new RowPerLine());
    }

    /** Compact objects, one to a line inside the outer array. */
    private static final class RowPerLine extends MinimalPrettyPrinter {
        @Override
        public void beforeArrayValues(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(",\n");
        }

        @Override
        public void writeEndArray(JsonGenerator g, int nrOfValues) throws IOException {
            g.writeRaw(nrOfValues == 0 ? "]" : "\n]");
        }
    }

    /** A map of texts as one line of JSON (the extra columns of an indicator row); null values stay null. */
    static String object(Map<String, String> map) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.writeStartObject();
            for (Map.Entry<String, String> e : map.entrySet()) {
                json.writeStringField(e.getKey(), e.getValue());
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
