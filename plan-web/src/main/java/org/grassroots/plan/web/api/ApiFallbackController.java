package org.grassroots.plan.web.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** Answers any API path no endpoint serves with a 404 problem rather than the portal's HTML error page. */
@RestController
@Hidden
class ApiFallbackController {

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws NoResourceFoundException {
        throw new NoResourceFoundException(HttpMethod.valueOf(request.getMethod()), request.getRequestURI(), "");
    }
}
