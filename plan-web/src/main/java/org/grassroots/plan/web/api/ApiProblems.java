package org.grassroots.plan.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds the API's RFC 9457 problem details, with title, detail and field messages in the client's language, and
 * writes them where no controller is involved (the security filters).
 */
@Component
public class ApiProblems {

    private final MessageSource messages;
    private final JsonMapper json;

    ApiProblems(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** A problem with the kind's own title and detail. */
    public ProblemDetail problem(ApiProblem kind, HttpServletRequest request) {
        return problem(kind, kind.detailKey(), request);
    }

    /** A problem with the kind's title and the detail of {@code detailKey} in the client's language. */
    public ProblemDetail problem(ApiProblem kind, String detailKey, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        var problem = ProblemDetail.forStatus(kind.status());
        problem.setType(kind.type());
        problem.setTitle(messages.getMessage(kind.titleKey(), null, locale));
        problem.setDetail(messages.getMessage(detailKey, null, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    /** A 422 problem listing every rejected field of {@code errors} with its message in the client's language. */
    public ProblemDetail invalid(Errors errors, HttpServletRequest request) {
        Locale locale = ApiLocale.of(request);
        var problem = problem(ApiProblem.VALIDATION, request);
        List<ApiFieldError> fields = errors.getFieldErrors().stream()
                .map(error -> new ApiFieldError(
                        error.getField(),
                        error.getCode() == null ? "invalid" : error.getCode(),
                        message(error, locale)))
                .toList();
        List<ApiFieldError> global = errors.getGlobalErrors().stream()
                .map(error -> new ApiFieldError(
                        "", error.getCode() == null ? "invalid" : error.getCode(), message(error, locale)))
                .toList();
        problem.setProperty(
                "errors",
                java.util.stream.Stream.concat(fields.stream(), global.stream()).toList());
        return problem;
    }

    /** Writes the problem as {@code application/problem+json}; for the security filters, before any controller. */
    public void write(ProblemDetail problem, HttpServletResponse response) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        var body = new LinkedHashMap<String, @Nullable Object>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", String.valueOf(problem.getInstance()));
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        json.writeValue(response.getOutputStream(), body);
    }

    /**
     * The form's own message for the error if the bundles have one, else the API's message for the rule (never
     * Bean Validation's default text, which would be in the server's language rather than the client's).
     */
    private String message(MessageSourceResolvable error, Locale locale) {
        var arguments = error.getArguments();
        for (var code : error.getCodes() == null ? new String[0] : error.getCodes()) {
            try {
                return messages.getMessage(code, arguments, locale);
            } catch (NoSuchMessageException | IllegalArgumentException e) {
                // try the next, less specific code
            }
        }
        var rule = error.getCodes() == null || error.getCodes().length == 0
                ? "invalid"
                : error.getCodes()[error.getCodes().length - 1];
        return messages.getMessage(
                "api.field." + rule, arguments, messages.getMessage("api.field.invalid", null, locale), locale);
    }
}
