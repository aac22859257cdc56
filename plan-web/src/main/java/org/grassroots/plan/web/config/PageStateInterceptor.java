package org.grassroots.plan.web.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Tells the page shell what it cannot see by itself: whether the page shows a form with errors (its title then
 * starts with 「エラー：」 / "Error: ") and which address it has (the navigation marks the current page).
 */
public class PageStateInterceptor implements HandlerInterceptor {

    /** A controller that refuses a form without a binding result (an upload) sets this model attribute to true. */
    public static final String FORM_REJECTED = "formRejected";

    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        if (modelAndView == null || isRedirect(modelAndView)) {
            return;
        }
        var model = modelAndView.getModel();
        boolean errors = Boolean.TRUE.equals(model.get(FORM_REJECTED))
                || model.values().stream()
                        .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
        model.put("formHasErrors", errors);
        model.put(
                "currentPath",
                request.getRequestURI().substring(request.getContextPath().length()));
    }

    private static boolean isRedirect(ModelAndView modelAndView) {
        var name = modelAndView.getViewName();
        return name != null && name.startsWith("redirect:");
    }
}
