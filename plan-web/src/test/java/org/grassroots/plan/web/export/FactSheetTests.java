package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The state fact sheet: one page, the state's figures with year and source, the national ones where it has none. */
@WebIntegrationTest
class FactSheetTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Test
    void aStateWithPublishedFiguresShowsThemWithYearAndSource() throws Exception {
        String text = text(pdf("/states/CA/fact-sheet.pdf?lang=en"));
        assertThat(text).contains("Japan and California", "124,700", "2019", "jetro.go.jp", "Demo data");
        assertThat(text).doesNotContain("National figures");
    }

    @Test
    void aStateWithoutFiguresShowsTheNationalOnesInJapanese() throws Exception {
        byte[] pdf = pdf("/states/WY/fact-sheet.pdf?lang=ja");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(document))
                    .contains("日本とワイオミング州", "全米の数値", "973,800", "819.2", "2024");
        }
    }

    @Test
    void anUnknownStateIsNotFoundAndAnUnknownLanguageIsABadRequest() throws Exception {
        mvc.perform(get("/states/ZZ/fact-sheet.pdf").with(viewer())).andExpect(status().isNotFound());
        mvc.perform(get("/states/CA/fact-sheet.pdf?lang=fr").with(viewer())).andExpect(status().isBadRequest());
    }

    private byte[] pdf(String url) throws Exception {
        return mvc.perform(get(url).with(viewer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private RequestPostProcessor viewer() {
        return request -> {
            var users = new TestUsers(context);
            users.ensure("test-factsheet-viewer", Role.VIEWER, null);
            return authentication(users.signIn("test-factsheet-viewer")).postProcessRequest(request);
        };
    }
}
