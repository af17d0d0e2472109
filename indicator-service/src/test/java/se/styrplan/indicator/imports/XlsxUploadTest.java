package se.styrplan.indicator.imports;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PROBLEM;
import static se.styrplan.indicator.TestApi.VIEWER;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.decimal;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.imports.Bulk.key;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.Tokens;

/** XLSX uploads: the first sheet in the template, numeric cells as Excel writes them, bad rows by their row number. */
@QuarkusTest
class XlsxUploadTest {

    static final String PATH = "/api/indicators/imports/files";
    static final String XLSX = FileResource.XLSX;

    @Test
    void goodRowsAreAppliedAndABadRowIsReportedWithItsRowNumber() throws IOException {
        String id = createIndicator("percent");
        String key = key(id);
        byte[] file = workbook(sheet -> {
            header(sheet, "indicatorKey", "areaCode", "period", "gender", "value", "status");
            row(sheet, 1, key, "1780", "2022", "T", 40.5, "final");
            // Excel stores a typed 0000 and 2023 as numbers: the code gets its zeros back, the year stays a year
            sheet.value(2, 0, key);
            sheet.value(2, 1, 0);
            sheet.value(2, 2, 2023);
            sheet.value(2, 3, "T");
            sheet.value(2, 4, 38.25);
            row(sheet, 3, key, "1780", "2023", "X", 41, "final");
        });

        JsonNode job = upload(file, XLSX, "miljo.xlsx");

        assertThat(job.path("format").asText()).isEqualTo("xlsx");
        assertThat(job.path("fileName").asText()).isEqualTo("miljo.xlsx");
        assertThat(job.path("inserted").asLong()).isEqualTo(2);
        assertThat(job.path("rejected").asLong()).isEqualTo(1);
        assertThat(BulkLoadTest.reasons(job)).containsOnlyKeys(4L);
        assertThat(BulkLoadTest.reasons(job).get(4L)).startsWith("gender:");
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2022");
        JsonNode riket = series(id, "0000", "T");
        assertThat(periods(riket)).containsExactly("2023");
        assertThat(decimal(riket.path("points").get(0).path("value").asText())).isEqualByComparingTo("38.25");
    }

    @Test
    void aBrowsersGenericTypeIsReadAsXlsxByTheFileName() throws IOException {
        String id = createIndicator("percent");
        byte[] file = workbook(sheet -> {
            header(sheet, "areaCode", "indicatorKey", "value", "period");
            row(sheet, 1, "1780", key(id), 12, "2024");
        });
        JsonNode job = upload(file, "application/octet-stream", "värden.xlsx");
        assertThat(job.path("inserted").asLong()).isEqualTo(1);
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2024");
    }

    @Test
    void aWorkbookWithoutTheColumnsFailsTheJobWithTheReason() throws IOException {
        byte[] file = workbook(sheet -> header(sheet, "indikator", "år", "värde"));
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(XLSX).queryParam("fileName", "fel.xlsx").body(file)
                .when().post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("unknown columns indikator, år, värde"));
    }

    @Test
    void bytesThatAreNoWorkbookAreRefused() {
        given().auth().oauth2(Tokens.of(EDITOR)).contentType(XLSX).body("indicatorKey,areaCode\nx,1780\n".getBytes())
                .when().post(PATH).then().statusCode(400).contentType(PROBLEM)
                .body("detail", org.hamcrest.Matchers.containsString("not an XLSX workbook"));
    }

    @Test
    void theTemplateReadsBackAsTheTemplate() throws IOException {
        byte[] template = given().auth().oauth2(Tokens.of(VIEWER)).queryParam("format", "xlsx").when().get(PATH + "/template")
                .then().statusCode(200).contentType(XLSX)
                .header("Content-Disposition", org.hamcrest.Matchers.containsString(".xlsx")).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(template))) {
            List<Row> rows = workbook.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
            assertThat(BulkRow.COLUMNS).containsAll(header);
            assertThat(header).contains("indicatorKey", "areaCode", "period", "value");
            assertThat(workbook.getSheets().map(s -> s.getName()).toList()).contains("Anvisningar");
        }
        String csv = given().auth().oauth2(Tokens.of(VIEWER)).when().get(PATH + "/template").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        CsvRows.checkHeader(List.of(csv.lines().findFirst().orElseThrow().split(",")));
        given().auth().oauth2(Tokens.of(VIEWER)).queryParam("format", "pdf").when().get(PATH + "/template").then().statusCode(400)
                .contentType(PROBLEM);
    }

    private static JsonNode upload(byte[] file, String contentType, String fileName) {
        return json(given().auth().oauth2(Tokens.of(EDITOR)).contentType(contentType).queryParam("fileName", fileName).body(file)
                .when().post(PATH).then().statusCode(200).extract().response());
    }

    static byte[] workbook(Consumer<Worksheet> fill) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        fill.accept(workbook.newWorksheet("Värden"));
        workbook.finish();
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, String... names) {
        for (int c = 0; c < names.length; c++) {
            sheet.value(0, c, names[c]);
        }
    }

    private static void row(Worksheet sheet, int r, Object... cells) {
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell instanceof Number n) {
                sheet.value(r, c, n);
            } else {
                sheet.value(r, c, (String) cell);
            }
        }
    }
}
