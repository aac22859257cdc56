package org.grassroots.plan.web.export;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An export asked with parameters that make no period or name unknown codes: a page that says what is wrong. */
@ControllerAdvice(assignableTypes = {ExportController.class, ExportJobController.class})
class ExportRequestAdvice {

    @ExceptionHandler(InvalidExportRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String invalid(InvalidExportRequestException e, Model model) {
        model.addAttribute("problem", e.messageKey());
        return "exports/invalid";
    }
}
