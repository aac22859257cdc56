package org.grassroots.plan.web.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.create;
import static org.grassroots.plan.web.initiative.InitiativeFixtures.uniqueWord;
import static org.grassroots.plan.web.initiative.SignedIn.editor;
import static org.grassroots.plan.web.initiative.SignedIn.viewer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.core.initiative.InitiativeChangedException;
import org.grassroots.plan.core.initiative.InitiativeManagement;
import org.grassroots.plan.core.initiative.UpdateInitiative;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The Excel round trip: export, preview (new, changed, conflicts, errors), all-or-nothing confirmation. */
@WebIntegrationTest
class InitiativeSpreadsheetControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InitiativeManagement initiatives;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anOverlongListIsNotDownloadedAndTheListSaysWhy() throws Exception {
        String word = uniqueWord();
        jdbc.sql("""
                        INSERT INTO initiative (title_en, status, fiscal_year, archived, created_by, updated_by)
                        SELECT :word || ' ' || g, 'PLANNED', 2026, TRUE, 'export-test', 'export-test'
                        FROM generate_series(1, 10001) AS g""").param("word", word).update();
        try {
            mvc.perform(get("/initiatives/export.xlsx")
                            .param("q", word)
                            .param("archived", "true")
                            .with(SignedIn.admin()))
                    .andExpect(status().isSeeOther())
                    .andExpect(header().string("Location", containsString("exportTooLarge=true")))
                    .andExpect(header().string("Location", containsString("archived=true")));
            mvc.perform(get("/initiatives")
                            .param("exportTooLarge", "true")
                            .param("lang", "en")
                            .with(editor()))
                    .andExpect(content().string(containsString("more than 10,000 initiatives")));
        } finally {
            jdbc.sql("DELETE FROM initiative WHERE created_by = 'export-test'").update();
        }
    }

    @Test
    void theFilteredListDownloadsWithIdsVersionsCodesLabelsAndDropDowns() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "輸出", "Export " + word, "OH"));
        initiatives.create(create(word + "輸出2", "Export 2 " + word, "MI"));

        byte[] xlsx = export(word);

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("initiatives");
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(cell(sheet, 0, "id")).isEqualTo("id");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isIn(id.toString(), Long.toString(id + 1));
            assertThat(cell(sheet, 1, "priority_areas")).isEqualTo("ECONOMIC_SECURITY");
            assertThat(cell(sheet, 1, "lead_mission_label")).isEqualTo("在シカゴ日本国総領事館");
            assertThat(cell(sheet, 1, "version")).isNotBlank();
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(workbook.getSheet("codes")).isNotNull();
        }
    }

    @Test
    void aPreviewShowsNewAndChangedLinesAndConfirmingAppliesThemAll() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "元", "Original " + word, "OH"));
        byte[] edited = edit(export(word), sheet -> {
            set(sheet, 1, "title_ja", word + "改");
            Row added = sheet.createRow(2);
            set(sheet, 2, "title_ja", word + "新規");
            set(sheet, 2, "status", "PLANNED");
            set(sheet, 2, "fiscal_year", "2026");
            set(sheet, 2, "priority_areas", "ECONOMIC_SECURITY");
            set(sheet, 2, "states", "OH;MI");
            assertThat(added).isNotNull();
        });
        var response = upload(edited)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新規 1 件、変更 1 件")))
                .andExpect(content().string(containsString(word + "改")))
                .andExpect(content().string(containsString(word + "元")))
                .andReturn()
                .getResponse();
        assertThat(titleJa(id)).isEqualTo(word + "元");

        mvc.perform(post("/initiatives/import/confirm")
                        .param("token", token(response.getContentAsString()))
                        .cookie(response.getCookie("SESSION"))
                        .with(editor())
                        .with(csrf()))
                .andExpect(redirectedUrl("/initiatives"));
        assertThat(titleJa(id)).isEqualTo(word + "改");
        assertThat(jdbc.sql("SELECT count(*) FROM initiative WHERE title_ja = :t")
                        .param("t", word + "新規")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM initiative_partner WHERE initiative_id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aLineEditedInThePortalAfterTheDownloadIsAConflict() throws Exception {
        String word = uniqueWord();
        Long id = initiatives.create(create(word + "元", "Original " + word, "OH"));
        byte[] edited = edit(export(word), sheet -> set(sheet, 1, "title_ja", word + "ファイルから"));
        editMeanwhile(id, word + "ポータルで");

        upload(edited)
                .andExpect(content().string(containsString("競合 1 件")))
                .andExpect(content().string(containsString("ダウンロード後に変更あり")))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        assertThat(titleJa(id)).isEqualTo(word + "ポータルで");
    }

    @Test
    void aLineEditedBetweenPreviewAndConfirmationStopsTheWholeUpload() throws Exception {
        String word = uniqueWord();
        Long first = initiatives.create(create(word + "一", "One " + word, "OH"));
        Long second = initiatives.create(create(word + "二", "Two " + word, "OH"));
        byte[] edited = edit(export(word), sheet -> {
            set(sheet, 1, "title_ja", cell(sheet, 1, "title_ja") + "（改）");
            set(sheet, 2, "title_ja", cell(sheet, 2, "title_ja") + "（改）");
        });
        var response = upload(edited)
                .andExpect(content().string(containsString("変更 2 件")))
                .andReturn()
                .getResponse();
        editMeanwhile(second, word + "二（同僚）");

        mvc.perform(post("/initiatives/import/confirm")
                        .param("token", token(response.getContentAsString()))
                        .cookie(response.getCookie("SESSION"))
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("取り込みは行われませんでした")))
                .andExpect(content().string(containsString("競合 1 件")));
        assertThat(titleJa(first)).isEqualTo(word + "一");
        assertThat(titleJa(second)).isEqualTo(word + "二（同僚）");
    }

    @Test
    void anImportIsOneTransaction() {
        String word = uniqueWord();
        Long first = initiatives.create(create(word + "一", "One " + word, "OH"));
        Long second = initiatives.create(create(word + "二", "Two " + word, "OH"));
        var valid = new UpdateInitiative(
                first, version(first), create(word + "一（改）", null, "OH").details(), false, "test-hq");
        var stale = new UpdateInitiative(
                second, version(second) - 1, create(word + "二（改）", null, "OH").details(), false, "test-hq");

        assertThatThrownBy(() -> initiatives.importAll(List.of(), List.of(valid, stale)))
                .isInstanceOf(InitiativeChangedException.class);
        assertThat(titleJa(first)).isEqualTo(word + "一");
    }

    @Test
    void aFileWithOneBadLineIsReportedByRowAndColumnAndCannotBeApplied() throws Exception {
        String word = uniqueWord();
        Long good = initiatives.create(create(word + "良", "Good " + word, "OH"));
        Long bad = initiatives.create(create(word + "悪", "Bad " + word, "OH"));
        byte[] edited = edit(export(word), sheet -> {
            for (int r = 1; r <= 2; r++) {
                set(sheet, r, "title_ja", cell(sheet, r, "title_ja") + "（改）");
                if (cell(sheet, r, "id").equals(bad.toString())) {
                    set(sheet, r, "fiscal_year", "来年");
                    set(sheet, r, "priority_areas", "NO_SUCH_AREA");
                }
            }
        });

        upload(edited)
                .andExpect(content().string(containsString("変更 1 件、変更なし 0 件、競合 0 件、エラー 1 件")))
                .andExpect(content().string(containsString("fiscal_year</strong>: <span>年度は半角数字4桁")))
                .andExpect(content().string(containsString("priority_areas</strong>: <span>存在しないコード")))
                .andExpect(content().string(not(containsString("name=\"token\""))));
        assertThat(titleJa(good)).isEqualTo(word + "良");
        assertThat(titleJa(bad)).isEqualTo(word + "悪");
    }

    @Test
    void viewersMayDownloadButNotUpload() throws Exception {
        String word = uniqueWord();
        initiatives.create(create(word, "Viewer " + word, "OH"));
        byte[] xlsx = export(word);

        mvc.perform(multipart("/initiatives/import")
                        .file(file(xlsx))
                        .with(viewer())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/initiatives/import").with(viewer())).andExpect(status().isForbidden());
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWithAMessage() throws Exception {
        mvc.perform(multipart("/initiatives/import")
                        .file(new MockMultipartFile("file", "x.xlsx", "application/octet-stream", "hello".getBytes()))
                        .with(editor())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ファイルを読み込めません")));
    }

    private byte[] export(String word) throws Exception {
        return mvc.perform(get("/initiatives/export.xlsx").param("q", word).with(viewer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private org.springframework.test.web.servlet.ResultActions upload(byte[] xlsx) throws Exception {
        return mvc.perform(
                multipart("/initiatives/import").file(file(xlsx)).with(editor()).with(csrf()));
    }

    private void editMeanwhile(Long id, String titleJa) {
        var details = create(
                        titleJa,
                        jdbc.sql("SELECT title_en FROM initiative WHERE id = :id")
                                .param("id", id)
                                .query(String.class)
                                .single(),
                        "OH")
                .details();
        initiatives.update(new UpdateInitiative(id, version(id), details, false, "colleague"));
    }

    private long version(Long id) {
        return jdbc.sql("SELECT version FROM initiative WHERE id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private static MockMultipartFile file(byte[] xlsx) {
        return new MockMultipartFile(
                "file", "initiatives.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
    }

    private static String token(String page) {
        var matcher = java.util.regex.Pattern.compile("name=\"token\" value=\"([^\"]+)\"")
                .matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static byte[] edit(byte[] xlsx, Consumer<Sheet> change) throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheet("initiatives"));
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static int column(Sheet sheet, String header) {
        for (var cell : sheet.getRow(0)) {
            if (cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new AssertionError("No column " + header);
    }

    private static String cell(Sheet sheet, int row, String header) {
        var cell = sheet.getRow(row).getCell(column(sheet, header));
        return cell == null ? "" : cell.getStringCellValue();
    }

    private static void set(Sheet sheet, int row, String header, String value) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        r.createCell(column(sheet, header)).setCellValue(value);
    }

    private String titleJa(Long id) {
        return jdbc.sql("SELECT title_ja FROM initiative WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }
}
