package org.grassroots.plan.web.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.grassroots.plan.core.user.AppUser;
import org.grassroots.plan.core.user.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Bulk import of activities: English and Japanese headers, jurisdiction by county, all or nothing. */
class ReportImportTests extends ReportTestSupport {

    AppUser losAngeles;

    @BeforeEach
    void createUsers() {
        losAngeles = people.reporter("la", "CG-LAX");
    }

    @Test
    void importsEveryRowAsADraftWithEnglishHeaders() throws Exception {
        var marker = "Imported " + System.nanoTime();
        var csv =
                "\uFEFFstate,county,city,date,activity_type,priority_areas,sectors,participants,summary,language,links\r\n"
                        + "CA,Orange,Irvine,2025-05-01,seminar_event,SCIENCE_TECH;ENERGY,AI,30,\"" + marker
                        + " one\",en,https://example.org/a\r\n"
                        + "AZ,,Phoenix,2025/6/2,MEDIA,PUBLIC_AWARENESS,,,\"" + marker + " two, with a comma\",ja,\r\n";
        mvc.perform(upload(csv.getBytes(StandardCharsets.UTF_8)).with(people.as(losAngeles)))
                .andExpect(redirectedUrl("/reports/mine"));

        assertThat(count(marker)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE summary LIKE :m AND status = 'DRAFT'"
                                + " AND county_id IS NOT NULL")
                        .param("m", marker + " one")
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void acceptsJapaneseHeadersInShiftJis() throws Exception {
        var marker = "取込 " + System.nanoTime();
        var csv = "州,郡,活動日,活動の種類,重点分野,概要,言語\r\n" + "CA,Los Angeles,2025-07-01,OFFICIALS_MEETING,GROWTH_TALENT," + marker
                + ",ja\r\n";
        mvc.perform(upload(csv.getBytes(Charset.forName("windows-31j"))).with(people.as(losAngeles)))
                .andExpect(redirectedUrl("/reports/mine"));
        assertThat(count(marker)).isOne();
    }

    @Test
    void readsExcelWithJapaneseHeadersAndDateCells() throws Exception {
        var marker = "Excel " + System.nanoTime();
        byte[] bytes;
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("報告");
            String[] headers = {"州", "郡", "活動日", "活動の種類", "重点分野", "参加者数", "概要", "言語"};
            var header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("CA");
            row.createCell(1).setCellValue("San Diego");
            var date = row.createCell(2);
            date.setCellValue(LocalDate.of(2025, 9, 12));
            date.setCellStyle(dateStyle);
            row.createCell(3).setCellValue("BUSINESS_VISIT");
            row.createCell(4).setCellValue("GROWTH_TALENT");
            row.createCell(5).setCellValue(12);
            row.createCell(6).setCellValue(marker);
            row.createCell(7).setCellValue("ja");
            workbook.write(out);
            bytes = out.toByteArray();
        }
        mvc.perform(upload(bytes).with(people.as(losAngeles))).andExpect(redirectedUrl("/reports/mine"));

        assertThat(jdbc.sql(
                                "SELECT count(*) FROM activity_report WHERE summary = :m AND activity_date = DATE '2025-09-12'"
                                        + " AND participants = 12")
                        .param("m", marker)
                        .query(Long.class)
                        .single())
                .isOne();
    }

    @Test
    void aFileOfMoreThanAThousandRowsIsRefusedWholeBeforeAnyRowIsChecked() throws Exception {
        var marker = "Too many " + System.nanoTime();
        var csv = new StringBuilder("state,date,activity_type,priority_areas,summary,language\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("AZ,2025-05-01,SEMINAR_EVENT,SCIENCE_TECH,")
                    .append(marker)
                    .append(' ')
                    .append(i)
                    .append(",en\n");
        }
        mvc.perform(upload(csv.toString().getBytes(StandardCharsets.UTF_8))
                        .param("lang", "en")
                        .with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andExpect(content().string(containsString("too many rows")));

        assertThat(count(marker)).isZero();
    }

    @Test
    void aBadRowImportsNothingAndIsReportedByRowAndColumn() throws Exception {
        var marker = "Rejected import " + System.nanoTime();
        var csv = "state,county,date,activity_type,priority_areas,participants,summary,language\n"
                + "CA,Orange,2025-05-01,SEMINAR_EVENT,SCIENCE_TECH,10," + marker + " good,en\n"
                + "CA,Alameda,2025-05-01,SEMINAR_EVENT,SCIENCE_TECH,10," + marker + " alameda,en\n"
                + "TX,,2025-05-01,SEMINAR_EVENT,SCIENCE_TECH,10," + marker + " texas,en\n"
                + "AZ,,1800-01-01,PICNIC,NOT_AN_AREA,-4," + marker + " bad values,en\n";
        var page = mvc.perform(upload(csv.getBytes(StandardCharsets.UTF_8))
                        .param("lang", "en")
                        .with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nothing was imported")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(count(marker)).isZero();
        assertThat(page)
                .contains(
                        "<td>3</td>",
                        "Alameda",
                        "<td>4</td>",
                        "This state is not in your mission",
                        "<td>5</td>",
                        "The date cannot be before 1 January 2017.",
                        "PICNIC",
                        "This is not one of the choices offered.",
                        "Enter a whole number of 0 or more.");
    }

    @Test
    void theEmbassyImportsNationalActivitiesWithTheCodeUsAndAConsulateMayNot() throws Exception {
        var embassy = people.reporter("wdc", "EMB-WDC");
        var marker = "National import " + System.nanoTime();
        var csv = "state,date,activity_type,priority_areas,summary,language\n"
                + "US,2025-05-01,OFFICIALS_MEETING,ECONOMIC_SECURITY," + marker + " federal,en\n"
                + "us,2025-05-02,SEMINAR_EVENT,ENERGY," + marker + " lower case,en\n"
                + "VA,2025-05-03,SEMINAR_EVENT,ENERGY," + marker + " virginia,en\n";
        mvc.perform(upload(csv.getBytes(StandardCharsets.UTF_8)).with(people.as(embassy)))
                .andExpect(redirectedUrl("/reports/mine"));
        assertThat(jdbc.sql("SELECT count(*) FROM activity_report WHERE summary LIKE :m AND state_code IS NULL")
                        .param("m", marker + "%")
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        assertThat(count(marker)).isEqualTo(3);

        var refused = "Refused national " + System.nanoTime();
        var page = mvc.perform(upload(("state,date,activity_type,priority_areas,summary,language\n"
                                        + "US,2025-05-01,SEMINAR_EVENT,ENERGY," + refused + ",en\n")
                                .getBytes(StandardCharsets.UTF_8))
                        .param("lang", "en")
                        .with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(count(refused)).isZero();
        assertThat(page).contains("Nothing was imported").contains("can be filed only by the Embassy and HQ");
    }

    @Test
    void theTemplateAndThePageAreAvailableToFilersOnly() throws Exception {
        mvc.perform(get("/reports/import/template.csv").param("lang", "ja").with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("州,郡,市,活動日")));
        mvc.perform(get("/reports/import").param("lang", "en").with(people.as(losAngeles)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("priority_areas")));
        var viewer = people.user("viewer", Role.VIEWER);
        mvc.perform(get("/reports/import").with(people.as(viewer))).andExpect(status().isForbidden());
        mvc.perform(upload("state\nIL\n".getBytes(StandardCharsets.UTF_8)).with(people.as(viewer)))
                .andExpect(status().isForbidden());
    }

    private long count(String marker) {
        return jdbc.sql("SELECT count(*) FROM activity_report WHERE summary LIKE :m")
                .param("m", marker + "%")
                .query(Long.class)
                .single();
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            byte[] bytes) {
        var builder =
                multipart("/reports/import").file(new MockMultipartFile("file", "reports.csv", "text/csv", bytes));
        builder.with(csrf());
        return builder;
    }
}
