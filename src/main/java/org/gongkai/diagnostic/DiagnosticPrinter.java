package org.gongkai.diagnostic;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How every diagnostic is printed. One line is {@code file:line:column: message}, the form editors
 * jump to; a finding of a check rule adds its grade and rule, and the reason it is silenced. A
 * place in a source document's own words is followed by a Chinese colon, as a sentence:
 * {@code seed.txt 第 532 行：message}.
 */
public final class DiagnosticPrinter {

    private DiagnosticPrinter() {
    }

    /** {@code content/…/P1.yaml:4:10: message}, {@code …: 错误：message [rule]}, {@code seed.txt 第 5 行：message}. */
    public static String line(Diagnostic d) {
        if (d.place() != null) {
            return d.file() + " " + d.place() + "：" + body(d);
        }
        return location(d) + ": " + body(d);
    }

    /** Each diagnostic on a line of its own, in the given order. */
    public static void print(List<Diagnostic> diagnostics, PrintWriter out) {
        diagnostics.forEach(d -> out.println(line(d)));
    }

    /**
     * Grouped by file for reading through a report: the file, then {@code   line:column  grade  message [rule]}
     * for each of its diagnostics ({@code -} for the file as a whole).
     */
    public static void printByFile(List<Diagnostic> diagnostics, PrintWriter out) {
        Map<String, List<Diagnostic>> byFile = new LinkedHashMap<>();
        for (Diagnostic d : diagnostics) {
            byFile.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
        }
        byFile.forEach((file, list) -> {
            out.println(file);
            for (Diagnostic d : list) {
                out.println("  " + (d.line() > 0 ? d.line() + ":" + d.column() : "-") + "  " + d.grade().label()
                        + "  " + d.message() + rule(d));
            }
        });
    }

    private static String location(Diagnostic d) {
        if (d.line() <= 0) {
            return d.file();
        }
        return d.file() + ":" + d.line() + (d.column() > 0 ? ":" + d.column() : "");
    }

    /** A rule's finding says how serious it is; a mistake that stops the tool goes without saying. */
    private static String body(Diagnostic d) {
        return d.rule() == null ? d.message() : d.grade().label() + "：" + d.message() + rule(d);
    }

    private static String rule(Diagnostic d) {
        return (d.rule() == null ? "" : " [" + d.rule() + "]")
                + (d.silenced() != null ? "（已忽略：" + d.silenced() + "）" : "");
    }
}
