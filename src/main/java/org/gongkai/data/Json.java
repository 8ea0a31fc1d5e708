package org.gongkai.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * JSON files of the downloads, through Jackson's streaming writer: two-space indentation, keys in the
 * order they are written, non-ASCII text as UTF-8, a newline at the end. Numbers and amounts are the
 * decimal text that was disclosed, as JSON strings, so no reader turns 0.10 into 0.1.
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
        try (JsonGenerator json = FACTORY.createGenerator(bytes)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(PRETTY));
            body.write(json);
            json.flush();
            bytes.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A table as a JSON array of objects, one per row, keyed by the columns' English keys. */
    public static byte[] of(Table table) {
        return file(json -> {
            json.writeStartArray();
            for (List<String> row : table.rows()) {
                json.writeStartObject();
                for (int c = 0; c < table.columns().size(); c++) {
                    json.writeStringField(table.columns().get(c).key(), row.get(c));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        });
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
