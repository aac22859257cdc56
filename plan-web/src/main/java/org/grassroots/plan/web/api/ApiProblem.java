package org.grassroots.plan.web.api;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of problem the API answers with: the HTTP status and the slug of the problem type URI. */
public enum ApiProblem {
    BAD_REQUEST(HttpStatus.BAD_REQUEST, "bad-request"),
    UNAUTHENTICATED(HttpStatus.UNAUTHORIZED, "unauthenticated"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type"),
    VALIDATION(HttpStatus.UNPROCESSABLE_CONTENT, "validation"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "internal");

    static final String TYPE_PREFIX = "https://grassroots-plan.example/problems/";

    private final HttpStatus status;
    private final String slug;

    ApiProblem(HttpStatus status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public HttpStatus status() {
        return status;
    }

    URI type() {
        return URI.create(TYPE_PREFIX + slug);
    }

    String titleKey() {
        return "api.problem." + slug + ".title";
    }

    String detailKey() {
        return "api.problem." + slug + ".detail";
    }

    static ApiProblem of(int status) {
        for (var problem : values()) {
            if (problem.status.value() == status) {
                return problem;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
