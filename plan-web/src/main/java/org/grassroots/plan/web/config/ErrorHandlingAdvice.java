package org.grassroots.plan.web.config;

import org.grassroots.plan.core.shared.NotFoundException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Trims form input and turns the domain's "not found" and optimistic-lock failures into the localized 404 and
 * 409 pages. Unexpected exceptions fall through to Boot's error page, which shows no details.
 */
@ControllerAdvice
class ErrorHandlingAdvice {

    /** More list entries than any form offers (press links, partners, targets): a crafted request, answered 400. */
    private static final int MAX_LIST_FIELDS = 64;

    @InitBinder
    void trimStrings(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_LIST_FIELDS);
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(InvalidPropertyException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest() {
        return "error/400";
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge() {
        return "error/413";
    }

    /** A body that claims to be multipart and is not, or is broken: the client's fault, never a 500. */
    @ExceptionHandler(MultipartException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String brokenUpload() {
        return "error/400";
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict() {
        return "error/409";
    }
}
