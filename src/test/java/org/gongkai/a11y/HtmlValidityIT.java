package org.gongkai.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every page of the test sites passes the Nu HTML Checker (the W3C validator) with zero errors. */
class HtmlValidityIT {

    /** Collects errors with their page and line; warnings (informational) are not failures. */
    static final class Collector implements ErrorHandler {
        final List<String> errors = new ArrayList<>();
        String page;

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(page + ":" + e.getLineNumber() + ": " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }

    @Test
    void everyPageIsValidHtml(@TempDir Path dir) throws Exception {
        Map<String, Path> sites = TestSites.build(dir);
        Collector collector = new Collector();
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
        int checked = 0;
        for (Map.Entry<String, Path> site : sites.entrySet()) {
            for (String page : TestSites.pages(site.getValue())) {
                collector.page = site.getKey() + "/" + page;
                validator.checkHtmlFile(site.getValue().resolve(page).toFile(), true);
                checked++;
            }
        }
        assertEquals(List.of(), collector.errors);
        assertEquals(true, checked >= 50, "pages checked: " + checked);
    }
}
