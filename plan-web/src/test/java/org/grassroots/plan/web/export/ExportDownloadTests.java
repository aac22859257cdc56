package org.grassroots.plan.web.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.core.user.Role;
import org.grassroots.plan.web.TestUsers;
import org.grassroots.plan.web.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Each export format read back with its own library: PDFBox, POI, commons-csv. */
@WebIntegrationTest
class ExportDownloadTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    ExportFixtures fixtures;

    @BeforeEach
    void reports() {
        fixtures = new ExportFixtures(context);
    }

    @Test
    void csvOfReportsHasABomCodesAndLabelsAndNeutralisedFormulas() throws Exception {
        long formula = fixtures.report(
                "IL", "ACCEPTED", 40, "=HYPERLINK(\"http://evil\") " + fixtures.word, "ECONOMIC_SECURITY");
        long plain = fixtures.report("IL", "SUBMITTED", 5, "@SUM " + fixtures.word, "ECONOMIC_SECURITY");
        fixtures.report("IL", "DRAFT", 1, "draft " + fixtures.word, "ECONOMIC_SECURITY");

        byte[] body = download(range("/exports/reports.csv").param("lang", "ja"), "text/csv");

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(body);
        assertThat(records.get(0).get(0)).startsWith("#").contains("デモデータ");
        List<String> header = records.get(1).toList();
        assertThat(header).contains("報告ID", "州コード", "州", "重点分野コード", "重点分野", "概要");
        var mine = records.stream()
                .skip(2)
                .filter(r -> r.get(header.indexOf("概要")).contains(fixtures.word))
                .toList();
        assertThat(mine).extracting(r -> Long.parseLong(r.get(0))).containsExactly(formula, plain);
        CSVRecord first = mine.get(0);
        assertThat(first.get(header.indexOf("概要"))).startsWith("'=HYPERLINK");
        assertThat(mine.get(1).get(header.indexOf("概要"))).startsWith("'@SUM");
        assertThat(first.get(header.indexOf("州コード"))).isEqualTo("IL");
        assertThat(first.get(header.indexOf("州"))).isEqualTo("イリノイ州");
        assertThat(first.get(header.indexOf("状態"))).isEqualTo("受理");
        assertThat(first.get(header.indexOf("重点分野コード"))).isEqualTo("ECONOMIC_SECURITY");
        assertThat(first.get(header.indexOf("参加者数"))).isEqualTo("40");
        assertThat(first.get(header.indexOf("活動日"))).isEqualTo(fixtures.day.toString());
    }

    @Test
    void csvOfInitiativesHasOneLinePerTargetInEnglish() throws Exception {
        byte[] body =
                download(get("/exports/initiatives.csv").param("fy", "2026").param("lang", "en"), "text/csv");

        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records = csv(body);
        assertThat(records.get(1).toList())
                .startsWith("Initiative ID", "Title", "Status code", "Status")
                .contains("Target", "Actual");
    }

    @Test
    void xlsxHasFiveSheetsWithTypedCellsFrozenHeadersAndFilters() throws Exception {
        fixtures.report("IL", "ACCEPTED", 12, "xlsx " + fixtures.word, "ECONOMIC_SECURITY");

        byte[] body = download(
                range("/exports/progress.xlsx").param("lang", "en"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(4)).isEqualTo("Reports");
            assertThat(text(workbook.getSheet("Summary"))).contains("Demo data");
            XSSFSheet reports = workbook.getSheet("Reports");
            assertThat(reports.getPaneInformation().isFreezePane()).isTrue();
            assertThat(reports.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(reports.getColumnWidth(0)).isGreaterThan(10 * 256);
            Row row = rowContaining(reports, fixtures.word);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(row.getCell(3))).isTrue();
            assertThat(row.getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(fixtures.day);
            assertThat(row.getCell(15).getNumericCellValue()).isEqualTo(12);
            Sheet byState = workbook.getSheet("By state");
            Row illinois = rowContaining(byState, "Illinois");
            assertThat(illinois.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(illinois.getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void pdfIsTextWithEmbeddedJapaneseFontPeriodAndPageNumbers() throws Exception {
        fixtures.report("IL", "ACCEPTED", 900_000, "注目の活動 " + fixtures.word, "ECONOMIC_SECURITY");

        byte[] body = download(range("/exports/progress.pdf").param("lang", "ja"), "application/pdf");

        try (var pdf = Loader.loadPDF(body)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("アクション・プラン4.0 進捗サマリー", "重点分野別の活動", "イリノイ州", "注目の活動");
            assertThat(text).contains("デモデータ").contains("1 / " + pdf.getNumberOfPages());
            assertThat(text).doesNotContain("\uFFFD");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("IPAexGothic");
                }
            }
        }
    }

    @Test
    void pdfDrawsTheMapOfStatesInTheColoursOfTheirCounts() throws Exception {
        fixtures.report("IL", "ACCEPTED", 900_000, "地図の州 " + fixtures.word, "ENERGY");

        byte[] body = download(range("/exports/progress.pdf").param("lang", "en"), "application/pdf");

        try (var pdf = Loader.loadPDF(body)) {
            var fills = new java.util.HashSet<String>();
            int filledPaths = 0;
            for (var page : pdf.getPages()) {
                var tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
                String colour = "";
                for (int i = 0; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op) {
                        if ((op.getName().equals("rg")
                                        || op.getName().equals("sc")
                                        || op.getName().equals("scn"))
                                && i >= 3) {
                            colour = hex(tokens.subList(i - 3, i));
                        } else if (op.getName().equals("f") || op.getName().equals("f*")) {
                            filledPaths++;
                            fills.add(colour);
                        }
                    }
                }
            }
            assertThat(filledPaths).as("states and DC filled").isGreaterThanOrEqualTo(51);
            assertThat(fills).as("no reports, and the most reports").contains("f7f7f7", "08306b");
            assertThat(new PDFTextStripper().getText(pdf)).contains("Legend: accepted reports");
        }
    }

    private static String hex(java.util.List<Object> rgb) {
        var text = new StringBuilder();
        for (var component : rgb) {
            if (!(component instanceof org.apache.pdfbox.cos.COSNumber number)) {
                return "";
            }
            text.append(String.format("%02x", Math.round(number.floatValue() * 255)));
        }
        return text.toString();
    }

    @Test
    void englishPdfNamesThePeriodInEnglish() throws Exception {
        byte[] body = download(
                get("/exports/progress.pdf")
                        .param("fy", "2018")
                        .param("quarter", "1", "2")
                        .param("lang", "en"),
                "application/pdf");
        try (var pdf = Loader.loadPDF(body)) {
            assertThat(new PDFTextStripper().getText(pdf))
                    .contains("Action Plan 4.0 progress summary", "FY2018 Q1–Q2 (1 Apr 2018 to 30 Sep 2018)");
        }
    }

    @Test
    void badParametersAnswer400InTheUsersLanguageAndNothingIsAudited() throws Exception {
        long before = exportsAudited();
        mvc.perform(get("/exports/reports.csv")
                        .param("fy", "2026")
                        .param("quarter", "1", "3")
                        .with(as(Role.HQ_EDITOR)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("連続する")));
        mvc.perform(get("/exports/progress.pdf")
                        .param("fy", "abc")
                        .cookie(new jakarta.servlet.http.Cookie("PLAN_LANG", "en"))
                        .with(as(Role.ADMIN)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("could not be read")));
        mvc.perform(get("/exports/progress.xlsx")
                        .param("fy", "2026")
                        .param("state", "XX")
                        .with(as(Role.ADMIN)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/exports/progress.xlsx")
                        .param("fy", "2026")
                        .param("lang", "fr")
                        .with(as(Role.ADMIN)))
                .andExpect(status().isBadRequest());
        assertThat(exportsAudited()).isEqualTo(before);
    }

    @Test
    void everyDownloadIsAuditedWithWhoAndWhat() throws Exception {
        long before = exportsAudited();
        download(get("/exports/initiatives.csv").param("fy", "2017").param("lang", "ja"), "text/csv");
        assertThat(exportsAudited()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT detail FROM security_audit_event WHERE event_type = 'EXPORT_DOWNLOADED'"
                                + " AND actor = 'test-export-hq' ORDER BY id DESC LIMIT 1")
                        .query(String.class)
                        .single())
                .isEqualTo("initiatives.csv?fy=2017&lang=ja");
    }

    @Test
    void reportersAndViewersAreRefused() throws Exception {
        for (Role role : List.of(Role.MISSION_REPORTER, Role.VIEWER)) {
            for (String url : List.of(
                    "/exports",
                    "/exports/progress.pdf",
                    "/exports/progress.xlsx",
                    "/exports/reports.csv",
                    "/exports/initiatives.csv",
                    "/exports/issued")) {
                mvc.perform(get(url).param("fy", "2026").with(as(role))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/exports").with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/exports/progress.xlsx")));
    }

    @Test
    void aPlanRevisionKeepsOnlyTheReportsOfTheRevisionInEffectOnTheirDate() throws Exception {
        long before = fixtures.report("IL", "ACCEPTED", 5, "AP-3.0 " + fixtures.word, "ENERGY");
        long after = fixtures.report("IL", "ACCEPTED", 5, "AP-4.0 " + fixtures.word, "ENERGY");
        jdbc.sql("UPDATE activity_report SET activity_date = CASE id WHEN :before THEN DATE '2025-12-17'"
                        + " ELSE DATE '2025-12-18' END WHERE id IN (:before, :after)")
                .param("before", before)
                .param("after", after)
                .update();
        var december = get("/exports/reports.csv")
                .param("from", "2025-12-17")
                .param("to", "2025-12-18")
                .param("lang", "en");

        var all = csv(download(december, "text/csv")).stream()
                .filter(r -> r.toList().stream().anyMatch(cell -> cell.contains(fixtures.word)))
                .map(r -> Long.parseLong(r.get(0)))
                .toList();
        var underFour = csv(download(december.param("revision", "AP-4.0"), "text/csv")).stream()
                .filter(r -> r.toList().stream().anyMatch(cell -> cell.contains(fixtures.word)))
                .map(r -> Long.parseLong(r.get(0)))
                .toList();

        assertThat(all).containsExactlyInAnyOrder(before, after);
        assertThat(underFour).containsExactly(after);
        mvc.perform(get("/exports/reports.csv")
                        .param("fy", "2025")
                        .param("revision", "AP-9.9")
                        .with(as(Role.HQ_EDITOR)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theFilesLanguageDoesNotChangeTheLanguageOfThePortal() throws Exception {
        for (String url : new String[] {"/exports/reports.csv", "/exports/jobs/new"}) {
            mvc.perform(get(url).param("fy", "2026").param("lang", "en").with(as(Role.HQ_EDITOR)))
                    .andExpect(status().isOk())
                    .andExpect(cookie().doesNotExist("PLAN_LANG"));
        }
        mvc.perform(get("/exports").param("lang", "en").with(as(Role.HQ_EDITOR)))
                .andExpect(cookie().value("PLAN_LANG", "en"));
    }

    private MockHttpServletRequestBuilder range(String url) {
        return get(url).param("from", fixtures.day.toString()).param("to", fixtures.day.toString());
    }

    private byte[] download(MockHttpServletRequestBuilder request, String type) throws Exception {
        return mvc.perform(request.with(as(Role.HQ_EDITOR)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(type))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private RequestPostProcessor as(Role role) {
        String username =
                "test-export-" + (role == Role.HQ_EDITOR ? "hq" : role.name().toLowerCase());
        return request -> {
            var users = new TestUsers(context);
            users.ensure(username, role, role == Role.MISSION_REPORTER ? "CG-CHI" : null);
            return authentication(users.signIn(username)).postProcessRequest(request);
        };
    }

    private long exportsAudited() {
        return jdbc.sql("SELECT count(*) FROM security_audit_event WHERE event_type = 'EXPORT_DOWNLOADED'")
                .query(Long.class)
                .single();
    }

    private static List<CSVRecord> csv(byte[] body) throws Exception {
        String text = new String(body, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
        return all.toString();
    }

    private static Row rowContaining(Sheet sheet, String word) {
        for (Row row : sheet) {
            for (var cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().contains(word)) {
                    return row;
                }
            }
        }
        throw new AssertionError("no row with " + word + " in " + sheet.getSheetName());
    }
}
