package org.grassroots.plan.web.api;

import org.springframework.validation.Errors;

/** A request body broke the rules of the web form it stands for; answered 422 with every rejected field. */
public class ApiValidationException extends RuntimeException {

    private final transient Errors errors;

    public ApiValidationException(Errors errors) {
        super("Invalid request body: " + errors.getErrorCount() + " errors");
        this.errors = errors;
    }

    Errors getErrors() {
        return errors;
    }
}
