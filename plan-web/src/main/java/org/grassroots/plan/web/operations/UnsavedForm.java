package org.grassroots.plan.web.operations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;

/**
 * A form that was posted while the database was unavailable: its address and its fields, so that the 503 page can
 * show what was typed and send it again unchanged (with its CSRF and submission tokens, so a repeat creates
 * nothing twice). Passwords are never echoed; an uploaded file cannot be kept and has to be chosen again.
 *
 * @param action where the form was posted
 * @param fields every field to send again, hidden
 * @param typed the fields with something typed in, to show
 * @param upload whether the form carried a file
 */
record UnsavedForm(String action, List<Field> fields, List<Field> typed, boolean upload) {

    /** One posted field and its value. */
    record Field(String name, String value) {}

    static @Nullable UnsavedForm of(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getRequestURI().endsWith("/login")) {
            return null;
        }
        String contentType = request.getContentType();
        if (contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return new UnsavedForm(request.getRequestURI(), List.of(), List.of(), true);
        }
        var fields = new ArrayList<Field>();
        var typed = new ArrayList<Field>();
        request.getParameterMap().forEach((name, values) -> {
            if (name.toLowerCase(Locale.ROOT).contains("password")) {
                return;
            }
            for (String value : values) {
                fields.add(new Field(name, value));
                if (!value.isBlank() && !technical(name)) {
                    typed.add(new Field(name, value));
                }
            }
        });
        String query = request.getQueryString();
        String action = request.getRequestURI() + (query == null ? "" : "?" + query);
        return new UnsavedForm(action, fields, typed, false);
    }

    private static boolean technical(String name) {
        return name.startsWith("_") || name.equals("submissionToken") || name.equals("version") || name.equals("token");
    }
}
