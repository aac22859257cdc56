package org.grassroots.plan.web.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a form post that is too large or unreadable with the portal's own 413 or 400 page, before the CSRF
 * check or the session read it. Without this, Tomcat's bare English page answers when the CSRF token travels in
 * the body: the CSRF filter's first look at a parameter fails, and so does the error page's. A body over the
 * limits by its declared length is refused unread; one without a declared length (chunked) is parsed here, where
 * Tomcat's own limits stop it.
 */
class RequestBodyFilter extends OncePerRequestFilter {

    static final String TOO_LARGE = "operations/too-large";
    static final String BAD_REQUEST = "error/400";

    private final ShellPageRenderer pages;
    private final long maxMultipart;
    private final long maxForm;

    RequestBodyFilter(ShellPageRenderer pages, DataSize maxMultipart, DataSize maxForm) {
        this.pages = pages;
        this.maxMultipart = maxMultipart.toBytes();
        this.maxForm = maxForm.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limit(request.getContentType());
        if (limit < 0) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            pages.render(request, response, HttpStatus.PAYLOAD_TOO_LARGE.value(), TOO_LARGE, Map.of());
            return;
        }
        try {
            request.getParameterMap();
        } catch (InvalidParameterException e) {
            boolean tooLarge = e.getErrorCode() == HttpStatus.PAYLOAD_TOO_LARGE.value();
            pages.render(
                    request,
                    response,
                    tooLarge ? HttpStatus.PAYLOAD_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value(),
                    tooLarge ? TOO_LARGE : BAD_REQUEST,
                    Map.of());
            return;
        }
        chain.doFilter(request, response);
    }

    /** The body limit of a form post, or -1 for any other request (which never reads parameters from its body). */
    private long limit(String contentType) {
        if (contentType == null) {
            return -1;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)) {
            return maxMultipart;
        }
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            return maxForm;
        }
        return -1;
    }
}
