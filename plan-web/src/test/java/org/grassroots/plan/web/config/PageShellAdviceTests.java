package org.grassroots.plan.web.config;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PageShellAdviceTests {

    @Test
    void theLanguageSwitchKeepsThePageAndItsQuery() {
        var request = new MockHttpServletRequest("GET", "/initiatives");
        request.setQueryString("q=%E5%8D%8A&lang=ja&page=2");

        assertThat(PageShellAdvice.switchLanguage(request, "en")).isEqualTo("/initiatives?q=%E5%8D%8A&page=2&lang=en");
    }

    @Test
    void onAnErrorPageTheSwitchLeadsToTheAddressAskedForNotToTheErrorPage() {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/reports/999999");

        assertThat(PageShellAdvice.switchLanguage(request, "ja")).isEqualTo("/reports/999999?lang=ja");
    }

    @Test
    void afterAFailedPostTheSwitchLeadsBackToTheFormsPage() {
        var request = new MockHttpServletRequest("POST", "/initiatives");
        request.setServerName("portal.example.org");
        request.addHeader("Referer", "https://portal.example.org/initiatives/new?lang=ja");

        assertThat(PageShellAdvice.switchLanguage(request, "en")).isEqualTo("/initiatives/new?lang=en");
    }

    @Test
    void aRefererFromAnotherSiteIsIgnored() {
        var request = new MockHttpServletRequest("POST", "/initiatives");
        request.setServerName("portal.example.org");
        request.addHeader("Referer", "https://evil.example.com/phish");

        assertThat(PageShellAdvice.switchLanguage(request, "en")).isEqualTo("/initiatives?lang=en");
    }
}
