package org.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.gongkai.diagnostic.Diagnostic;
import org.gongkai.diagnostic.DiagnosticPrinter;
import org.gongkai.load.LoadException;

/**
 * The Pebble templates of a build: the site's own {@code templates/} first, then the built-in
 * theme in the jar, file by file. The site's templates are read once, up front, by
 * {@link ThemeFolder}, so no template can include a file outside the site folder. Autoescape and
 * strict variables are always on, so a name like {@code <script>} prints as text and a misspelt
 * variable fails the build instead of printing nothing.
 */
public final class Theme {

    /** Where the built-in theme lives on the class path. */
    public static final String BUILTIN = "gongkai/theme/";
    public static final String TEMPLATES_DIR = "templates";
    public static final String ASSETS_DIR = "assets";

    private final PebbleEngine engine;
    /** The templates' markup, encoded once as each is compiled. */
    private final TemplateText text = new TemplateText();

    /** Reads the site's own templates now: a link leading out of the site folder is refused here. */
    public Theme(Path siteDir) throws LoadException {
        Map<String, String> own = new HashMap<>();
        ThemeFolder.read(siteDir, TEMPLATES_DIR)
                .forEach((name, bytes) -> own.put(name, new String(bytes, StandardCharsets.UTF_8)));
        Loader<String> loader = new ThemeLoader(own, BUILTIN + TEMPLATES_DIR);
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .strictVariables(true)
                .autoEscaping(true)
                .addEscapingStrategy("html", new HtmlEscaper())
                .newLineTrimming(true)
                .extension(new ThemeExtension(text))
                .build();
    }

    /** Renders {@code template} (e.g. "project.peb") with {@code context} to UTF-8 bytes. */
    public byte[] render(String template, Map<String, Object> context) {
        try {
            PebbleTemplate compiled = engine.getTemplate(template);
            PageBuffer out = PageBuffer.take(text);
            compiled.evaluate(out, context);
            byte[] page = out.utf8();
            out.release();
            return page;
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
