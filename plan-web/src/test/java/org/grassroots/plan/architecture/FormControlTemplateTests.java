package org.grassroots.plan.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every form field of the portal comes from {@code fragments/forms.html} (issue 14): the label with its required mark,
 * the hint and errors tied to the control by {@code aria-describedby}, {@code aria-invalid}. So no other template
 * writes a {@code <label>}, {@code <select>}, {@code <textarea>} or {@code <input>} of its own; hidden inputs (CSRF,
 * version, sort) and submit inputs stay in the pages, as buttons do. The rule covers the whole template, not only
 * the markup between {@code <form>} tags, because fragments such as {@code reports/form-content.html} are inserted
 * into a form without having one. Exempt: the PDF templates (no forms) and mail templates.
 */
class FormControlTemplateTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern CONTROL =
            Pattern.compile("<(label|select|textarea|input)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALLOWED_INPUT =
            Pattern.compile("\\stype\\s*=\\s*[\"'](hidden|submit)[\"']", Pattern.CASE_INSENSITIVE);

    @Test
    void templatesLeaveFormControlsToTheFormsFragment() throws IOException {
        List<Path> templates = templates();
        assertThat(templates).as("templates found").hasSizeGreaterThan(30);

        List<String> handWritten = new ArrayList<>();
        for (Path template : templates) {
            String name = TEMPLATES.relativize(template).toString();
            handWritten(Files.readString(template, StandardCharsets.UTF_8))
                    .forEach(c -> handWritten.add(name + ":" + c));
        }

        assertThat(handWritten)
                .as("form controls written outside fragments/forms.html (use its fragments instead)")
                .isEmpty();
    }

    @Test
    void theRuleSeesAHandWrittenControl() {
        String page = """
                <form method="get"><!--/* <select name="x"> */-->
                  <input type="hidden" name="_csrf"><input type='submit'>
                  <label for="q">Search</label>
                  <input type="search"
                         name="q">
                </form>""";

        assertThat(handWritten(page)).containsExactly("3 <label for=\"q\">", "4 <input type=\"search\" name=\"q\">");
    }

    /** The hand-written controls of a template, each as "line markup". */
    private static List<String> handWritten(String template) {
        String text = blankComments(template);
        List<String> found = new ArrayList<>();
        Matcher control = CONTROL.matcher(text);
        while (control.find()) {
            boolean allowed = control.group(1).equalsIgnoreCase("input")
                    && ALLOWED_INPUT.matcher(control.group()).find();
            if (!allowed) {
                found.add(line(text, control.start()) + " " + control.group().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(path -> path.toString().endsWith(".html"))
                    .filter(path ->
                            !exempt(TEMPLATES.relativize(path).toString().replace('\\', '/')))
                    .sorted()
                    .toList();
        }
    }

    private static boolean exempt(String template) {
        return template.equals("fragments/forms.html")
                || template.startsWith("exports/pdf/")
                || template.startsWith("mail/")
                || template.contains("/mail/");
    }

    /** Comments (prototype notes, Thymeleaf parser comments) replaced by blanks of the same lines. */
    private static String blankComments(String text) {
        Matcher comment = COMMENT.matcher(text);
        StringBuilder result = new StringBuilder();
        while (comment.find()) {
            comment.appendReplacement(
                    result, Matcher.quoteReplacement(comment.group().replaceAll("[^\n]", " ")));
        }
        comment.appendTail(result);
        return result.toString();
    }

    private static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
