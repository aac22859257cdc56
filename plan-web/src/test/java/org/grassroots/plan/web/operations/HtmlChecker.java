package org.grassroots.plan.web.operations;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (the W3C's validator) run in-process and offline: its schemas and rules ship in its jar.
 * Reports errors only; warnings and informational messages are ignored.
 */
final class HtmlChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final List<String> errors = new ArrayList<>();
    private final SimpleDocumentValidator validator = new SimpleDocumentValidator();

    HtmlChecker() throws Exception {
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {}

            @Override
            public void error(SAXParseException exception) {
                errors.add(describe(exception));
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(describe(exception));
            }
        };
        validator.setUpMainSchema(SCHEMA, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
    }

    /** The errors in one page, each with its line and column; empty when the page is valid. */
    synchronized List<String> errors(String html) throws Exception {
        errors.clear();
        var source = new InputSource(new StringReader(html));
        source.setSystemId("page.html");
        validator.checkHtmlInputSource(source);
        return List.copyOf(errors);
    }

    private static String describe(SAXParseException e) {
        return e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage();
    }
}
