package org.gongkai.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Small sites for tests, written from text blocks (Hugo's txtar style) or found in the repository. */
public final class Sites {

    /** The repository root, which is also the default site. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private Sites() {
    }

    /**
     * Writes a site from "-- path --" sections into {@code dir}:
     * <pre>
     * -- site.yaml --
     * title: 测试
     * -- content/2023/731001/department.yaml --
     * ...
     * </pre>
     */
    public static Path write(Path dir, String txtar) {
        String[] lines = txtar.split("\n", -1);
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("-- ") && line.endsWith(" --")) {
                flush(dir, name, body);
                name = line.substring(3, line.length() - 3).strip();
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        flush(dir, name, body);
        return dir;
    }

    private static void flush(Path dir, String name, StringBuilder body) {
        if (name == null) {
            return;
        }
        String text = body.toString();
        // The section ends where the next marker starts; drop the one newline the split added.
        if (text.endsWith("\n\n")) {
            text = text.substring(0, text.length() - 1);
        }
        put(dir, name, text);
    }

    public static void put(Path dir, String name, String text) {
        try {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file below {@code root} (a built output is a link to its folder), relative name → UTF-8 text (an .xlsx as lossy text). */
    public static Map<String, String> read(Path out) {
        Path root;
        try {
            root = out.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(java.util.stream.Collectors.toMap(
                    p -> root.relativize(p).toString().replace('\\', '/'),
                    p -> {
                        try {
                            // Text files strictly; a binary one (an .xlsx workbook) is read leniently, only to be present.
                            return p.toString().endsWith(".xlsx")
                                    ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8)
                                    : Files.readString(p, StandardCharsets.UTF_8);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    (a, b) -> a, java.util.TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A minimal valid site: one department with one project. Tests change one thing in it. */
    public static final String MINIMAL = """
            -- site.yaml --
            title: 测试站点
            -- content/2023/731001/department.yaml --
            code: "731001"
            name: 测试部门
            year: 2023
            unit: 万元
            -- content/2023/731001/projects/P1.yaml --
            code: P1
            name: 测试项目
            budget:
              total: 1.00
              fiscal: 1.00
              other: null
            indicators:
              - level1: 产出指标
                level2: 数量指标
                name: 次数
                target: "≥1次"
            """;
}
