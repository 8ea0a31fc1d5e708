package org.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;

/**
 * The Pebble templates of a build: the site's own {@code templates/} first, then the built-in
 * theme in the jar, file by file. Autoescape and strict variables are always on, so a name like
 * {@code <script>} prints as text and a misspelt variable fails the build instead of printing
 * nothing.
 */
public final class Theme {

    /** Where the built-in theme lives on the class path. */
    public static final String BUILTIN = "gongkai/theme/";
    public static final String TEMPLATES_DIR = "templates";
    public static final String ASSETS_DIR = "assets";

    private final PebbleEngine engine;

    public Theme(Path siteDir) {
        List<Loader<?>> loaders = new ArrayList<>();
        Path own = siteDir.resolve(TEMPLATES_DIR);
        if (Files.isDirectory(own)) {
            FileLoader files = new FileLoader(own.toAbsolutePath().toString());
            files.setCharset("UTF-8");
            loaders.add(files);
        }
        ClasspathLoader builtin = new ClasspathLoader(Theme.class.getClassLoader());
        builtin.setPrefix(BUILTIN + TEMPLATES_DIR);
        builtin.setCharset("UTF-8");
        loaders.add(builtin);
        this.engine = new PebbleEngine.Builder()
                .loader(new DelegatingLoader(loaders))
                .strictVariables(true)
                .autoEscaping(true)
                .newLineTrimming(true)
                .extension(new ThemeExtension())
                .build();
    }

    /** Renders {@code template} (e.g. "project.peb") with {@code context} to UTF-8 bytes. */
    public byte[] render(String template, Map<String, Object> context) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            StringWriter out = new StringWriter(16_384);
            compiled.evaluate(out, context);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        } catch (PebbleException e) {
            throw new TemplateException(template, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template that does not compile or evaluate: a theme error, reported with its template and line. */
    public static final class TemplateException extends RuntimeException {
        private final transient Diagnostic diagnostic;

        public TemplateException(String template, PebbleException cause) {
            this(Diagnostic.error(cause.getFileName() != null ? cause.getFileName() : template,
                    cause.getLineNumber() != null ? cause.getLineNumber() : 0, 0, cause.getPebbleMessage()), cause);
        }

        private TemplateException(Diagnostic diagnostic, PebbleException cause) {
            super("模板错误 " + DiagnosticPrinter.line(diagnostic), cause);
            this.diagnostic = diagnostic;
        }

        /** The template, its line and Pebble's message, as printed after "模板错误". */
        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }
}
