package org.grassroots.plan.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Reads a figure from a dashboard page by its data attribute, e.g. {@code data-figure="accepted"}. */
final class DashboardFigures {

    private final MockMvc mvc;
    private final RequestPostProcessor reader;

    DashboardFigures(MockMvc mvc, RequestPostProcessor reader) {
        this.mvc = mvc;
        this.reader = reader;
    }

    String page(String url) throws Exception {
        var response = mvc.perform(get(url).with(reader)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    long figure(String url, String attribute) throws Exception {
        return figureIn(page(url), attribute);
    }

    static long figureIn(String html, String attribute) {
        var matcher =
                Pattern.compile(Pattern.quote(attribute) + "[^>]*>([0-9,]+)<").matcher(html);
        assertThat(matcher.find()).as(attribute).isTrue();
        return Long.parseLong(matcher.group(1).replace(",", ""));
    }
}
