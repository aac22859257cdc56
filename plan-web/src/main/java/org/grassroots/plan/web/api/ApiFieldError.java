package org.grassroots.plan.web.api;

/** One rejected field of a request body: its path (e.g. {@code links[2]}), the rule's code and the message. */
public record ApiFieldError(String field, String code, String message) {}
