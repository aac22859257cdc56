package org.grassroots.plan.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.grassroots.plan.web.testing.InitiativeBuilder.anInitiative;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.InitiativeStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** An HQ editor uploads an edited spreadsheet in the real browser (multipart with CSRF), checks and applies it. */
class InitiativeSpreadsheetBrowserTests extends BrowserTestSupport {

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"ja, 変更 1 件, Excelファイルの内容を取り込みました", "en, 1 changed, The Excel file was applied"})
    void uploadCheckAndApply(String language, String counts, String applied) throws Exception {
        String word = "梅" + UUID.randomUUID().toString().substring(0, 6);
        Long id = initiatives.create(anInitiative()
                .titled(word + "表計算", "Sheet " + word)
                .summarised(null, null)
                .status(InitiativeStatus.PLANNED)
                .inState("WA")
                .ledBy("CG-SEA")
                .by("demo-hq2")
                .build());
        byte[] exported = mvc.perform(get("/initiatives/export.xlsx")
                        .param("q", word)
                        .with(user(users.loadUserByUsername("demo-viewer"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Path file = Files.createTempFile("initiatives", ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var sheet = workbook.getSheet("initiatives");
            sheet.getRow(1).createCell(2).setCellValue(word + "表計算（改訂）");
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            Files.write(file, out.toByteArray());
        }

        signInAs("demo-hq", language);
        open("/initiatives/import");
        assertNoSeriousA11yViolations();
        find("#file").sendKeys(file.toAbsolutePath().toString());
        clickAndWait(".form-actions button[type=submit]");

        assertThat(pageText()).contains(counts, word + "表計算（改訂）");
        assertNoSeriousA11yViolations();
        assertNoMissingMessages();
        screenshot("initiatives-import-preview-" + language);
        clickAndWait("form[action$='/initiatives/import/confirm'] button[type=submit]");

        assertThat(pageText()).contains(applied);
        open("/initiatives/" + id);
        assertThat(find("h1").getText()).contains(language.equals("ja") ? "（改訂）" : "Sheet");
        Files.deleteIfExists(file);
    }
}
