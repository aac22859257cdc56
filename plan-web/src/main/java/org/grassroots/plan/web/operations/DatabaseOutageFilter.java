package org.grassroots.plan.web.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every request that fails because PostgreSQL cannot be reached with the portal's 503 page, in the user's
 * language, instead of a 500 or a hanging request. It runs before the database-backed session is loaded, so the
 * page needs nothing from the database. A form that was posted is shown again with what was typed, to send once
 * the database is back; nothing of it was saved. The next request after the database returns is served normally.
 */
class DatabaseOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    static final String TEMPLATE = "operations/unavailable";
    private static final String RETRY_AFTER_SECONDS = "30";

    private final ShellPageRenderer pages;

    DatabaseOutageFilter(ShellPageRenderer pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Database unavailable, answered 503 to {} {}: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    e.toString());
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            pages.render(
                    request,
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE.value(),
                    TEMPLATE,
                    Collections.singletonMap("unsaved", UnsavedForm.of(request)));
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
