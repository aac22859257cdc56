package org.grassroots.plan.web.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request body over the portal's limits with the portal's own 413 page, by its declared length and
 * before anything (the CSRF check, the session) reads it. Without this, Tomcat's bare English 413 page answers an
 * upload whose CSRF token travels in the body. A body without a declared length is still limited by Tomcat.
 */
class RequestSizeFilter extends OncePerRequestFilter {

    static final String TEMPLATE = "operations/too-large";

    private final ShellPageRenderer pages;
    private final long maxMultipart;
    private final long maxForm;

    RequestSizeFilter(ShellPageRenderer pages, DataSize maxMultipart, DataSize maxForm) {
        this.pages = pages;
        this.maxMultipart = maxMultipart.toBytes();
        this.maxForm = maxForm.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit(request.getContentType())) {
            pages.render(request, response, HttpStatus.PAYLOAD_TOO_LARGE.value(), TEMPLATE, Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    private long limit(String contentType) {
        if (contentType == null) {
            return Long.MAX_VALUE;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return maxMultipart;
        }
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return maxForm;
        }
        return Long.MAX_VALUE;
    }
}
