package se.styrplan.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static se.styrplan.reporting.TestEvents.OWN_AREA;
import static se.styrplan.reporting.TestEvents.goal;
import static se.styrplan.reporting.TestEvents.indicatorDefined;
import static se.styrplan.reporting.TestEvents.measurementsRecorded;
import static se.styrplan.reporting.TestEvents.targetSet;
import static se.styrplan.reporting.TestEvents.value;
import static se.styrplan.reporting.TestEvents.versionAdopted;
import static se.styrplan.reporting.TestEvents.yearly;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import jakarta.inject.Inject;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import se.styrplan.devstack.test.Tokens;
import se.styrplan.reporting.ReportApi;
import se.styrplan.reporting.TestEvents;

/** The yearly follow-up in each format, read back: HTML structure, the PDF's structure tree, the XLSX and CSV cells. */
@QuarkusTest
class FollowUpReportTest {

    static final int YEAR = Year.now(ZoneId.of("Europe/Stockholm")).getValue();
    static final int FOLLOW_UP = YEAR - 1;
    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    KafkaClientService kafka;

    static UUID plan;
    static UUID goal;
    static UUID indicator;
    static String goalTitle;

    @BeforeEach
    void aPlanWithAGoalValuesATargetAndAnAssessment() {
        TestEvents.awaitConsumers(kafka);
        if (plan != null) {
            return;
        }
        plan = UUID.randomUUID();
        goal = UUID.randomUUID();
        indicator = UUID.randomUUID();
        goalTitle = "Karlstad ska vara klimatneutralt <" + goal.toString().substring(0, 6) + ">";
        indicatorDefined(indicator, "lower_is_better");
        versionAdopted(plan, UUID.randomUUID(), 1, List.of(goal(goal, "klimat-" + goal, UUID.randomUUID(), goalTitle, 0, indicator)));
        List<Map<String, Object>> values = new ArrayList<>(yearly(YEAR - 5, 4.0, 3.8, 3.5, 3.3, 3.0));
        values.add(value(OWN_AREA, Integer.toString(FOLLOW_UP), "K", 2.6, "final", 1));
        values.add(value(OWN_AREA, Integer.toString(FOLLOW_UP), "M", 3.4, "final", 1));
        values.add(value("0000", Integer.toString(FOLLOW_UP), "T", 5.5, "final", 1));
        values.add(value("0580", Integer.toString(FOLLOW_UP), "T", 4.0, "final", 1));
        values.add(value("1880", Integer.toString(FOLLOW_UP), "T", 5.0, "final", 1));
        measurementsRecorded(indicator, "lower_is_better", values);
        targetSet(indicator, "lower_is_better", YEAR + 4, 2.0);
        await().atMost(WAIT).untilAsserted(() -> ReportApi.get("/api/reports/goals/" + goal).statusCode(200)
                .body("indicators[0].status.status", equalTo("on_track")));
        given().auth().oauth2(Tokens.of("erik")).contentType(ContentType.JSON)
                .body(Map.of("judgement", "delvis_uppfyllt", "analysis", "Utsläppen från trafiken minskar långsamt & ojämnt."))
                .when().put("/api/reports/goals/" + goal + "/assessments/" + FOLLOW_UP).then().statusCode(200);
    }

    static Response fetch(String path) {
        return given().auth().oauth2(Tokens.of("victor")).when().get(path).then().extract().response();
    }

    @Test
    void htmlIsAccessiblyStructured() throws Exception {
        Response response = fetch("/api/reports/follow-up/plans/" + plan + "?year=" + FOLLOW_UP);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.header("Content-Disposition")).startsWith("inline; filename=\"uppfoljning-strategisk-plan-" + FOLLOW_UP + ".html\"");

        Document page = xml(response.asByteArray());
        var xpath = XPathFactory.newInstance().newXPath();
        assertThat(xpath.evaluate("/html/@lang", page)).isEqualTo("sv");
        assertThat(((NodeList) xpath.evaluate("//h1", page, XPathConstants.NODESET)).getLength()).isEqualTo(1);
        assertThat(xpath.evaluate("//h2", page)).isEqualTo("En miljösmart kommun");
        assertThat(xpath.evaluate("//h3", page)).isEqualTo(goalTitle); // escaped on the way in, whole on the way out
        NodeList tables = (NodeList) xpath.evaluate("//table", page, XPathConstants.NODESET);
        assertThat(tables.getLength()).isGreaterThanOrEqualTo(3);
        assertThat(((NodeList) xpath.evaluate("//table[not(caption)]", page, XPathConstants.NODESET)).getLength()).isZero();
        assertThat(((NodeList) xpath.evaluate("//th[not(@scope)]", page, XPathConstants.NODESET)).getLength()).isZero();
        String text = page.getDocumentElement().getTextContent();
        assertThat(text).contains("Delvis uppfyllt").contains("Utsläppen från trafiken minskar långsamt & ojämnt.")
                .contains("Källa: Kolada (N00401)").contains("På rätt väg").contains("Förbättras");
        // the comparison row of the follow-up year: own 3, median of 4 and 5, Riket 5,5, women 2,6, men 3,4
        String row = xpath.evaluate("//tr[th = '" + FOLLOW_UP + "']", page).replaceAll("\\s+", " ");
        assertThat(row).contains("3").contains("4,5 (2 st)").contains("5,5").contains("2,6").contains("3,4");
        // an inline chart with a text alternative
        assertThat(((NodeList) xpath.evaluate("//*[local-name()='svg' and @role='img']/*[local-name()='title']", page,
                XPathConstants.NODESET)).getLength()).isEqualTo(1);
    }

    @Test
    void pdfIsTaggedWithHeadingsAndTables() throws Exception {
        Response response = fetch("/api/reports/follow-up/goals/" + goal + "?year=" + FOLLOW_UP + "&format=pdf");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualTo("application/pdf");
        assertThat(response.header("Content-Disposition")).startsWith("attachment; filename=\"uppfoljning-mal-klimat-");
        try (PDDocument pdf = Loader.loadPDF(response.asByteArray())) {
            assertThat(pdf.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("sv");
            PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("a structure tree").isNotNull();
            List<String> types = new ArrayList<>();
            collect(root, types);
            assertThat(types).contains("H1", "H2", "H3", "Table", "TR", "TH", "TD");
            assertThat(pdf.getDocumentInformation().getTitle()).startsWith("Uppföljning " + FOLLOW_UP);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Delvis uppfyllt").contains("Källa: Kolada");
        }
    }

    @Test
    void xlsxAndCsvCarryTheSameRows() throws Exception {
        Response xlsx = fetch("/api/reports/follow-up/plans/" + plan + "?year=" + FOLLOW_UP + "&format=xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).endsWith(".xlsx\"");
        List<List<String>> sheet = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.asByteArray()))) {
            Sheet data = workbook.findSheet("Uppföljning").orElseThrow();
            for (Row row : data.read()) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Tabular.HEADER.size(); c++) {
                    var cell = c < row.getCellCount() ? row.getCell(c) : null;
                    cells.add(cell == null || cell.getText() == null ? "" : cell.getText());
                }
                sheet.add(cells);
            }
        }
        assertThat(sheet.get(0)).isEqualTo(Tabular.HEADER);
        List<String> followUpRow = sheet.stream().filter(r -> r.get(Tabular.HEADER.indexOf("period")).equals(Integer.toString(FOLLOW_UP)))
                .findFirst().orElseThrow();
        assertThat(followUpRow.get(Tabular.HEADER.indexOf("mal"))).isEqualTo(goalTitle);
        assertThat(followUpRow.get(Tabular.HEADER.indexOf("bedomning"))).isEqualTo("delvis_uppfyllt");
        assertThat(Double.parseDouble(followUpRow.get(Tabular.HEADER.indexOf("eget_varde")))).isEqualTo(3.0);
        assertThat(Double.parseDouble(followUpRow.get(Tabular.HEADER.indexOf("jamforelse_median")))).isEqualTo(4.5);
        assertThat(Double.parseDouble(followUpRow.get(Tabular.HEADER.indexOf("riket")))).isEqualTo(5.5);
        assertThat(followUpRow.get(Tabular.HEADER.indexOf("kalla"))).isEqualTo("Källa: Kolada (N00401)");

        Response csv = fetch("/api/reports/follow-up/plans/" + plan + "?year=" + FOLLOW_UP + "&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).endsWith(".csv\"");
        List<CSVRecord> records;
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv.asByteArray(), StandardCharsets.UTF_8)))) {
            assertThat(parser.getHeaderNames()).isEqualTo(Tabular.HEADER);
            records = parser.getRecords();
        }
        assertThat(records).hasSize(sheet.size() - 1); // the same rows as the sheet
        CSVRecord csvRow = records.stream().filter(r -> r.get("period").equals(Integer.toString(FOLLOW_UP))).findFirst().orElseThrow();
        assertThat(Double.parseDouble(csvRow.get("eget_varde"))).isEqualTo(3.0);
        assertThat(Double.parseDouble(csvRow.get("kvinnor"))).isEqualTo(2.6);
        assertThat(Double.parseDouble(csvRow.get("man"))).isEqualTo(3.4);
        assertThat(csvRow.get("analys")).isEqualTo("Utsläppen från trafiken minskar långsamt & ojämnt.");
        assertThat(records.stream().map(r -> r.get("period")).collect(Collectors.toList()))
                .containsExactly(Integer.toString(YEAR - 5), Integer.toString(YEAR - 4), Integer.toString(YEAR - 3),
                        Integer.toString(YEAR - 2), Integer.toString(FOLLOW_UP));
    }

    @Test
    void anSdgReportListsItsGoals() throws Exception {
        Response response = fetch("/api/reports/follow-up/sdgs/13?year=" + FOLLOW_UP);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.asString()).contains("13. Bekämpa klimatförändringarna").contains(goalTitle.replace("<", "&lt;").replace(">", "&gt;"));
        xml(response.asByteArray()); // well-formed
    }

    @Test
    void badRequestsAreProblems() {
        fetchProblem("/api/reports/follow-up/plans/" + plan + "?format=docx", 400);
        fetchProblem("/api/reports/follow-up/plans/" + plan + "?year=12", 400);
        fetchProblem("/api/reports/follow-up/plans/" + UUID.randomUUID(), 404);
        fetchProblem("/api/reports/follow-up/goals/" + UUID.randomUUID() + "?format=pdf", 404);
        fetchProblem("/api/reports/follow-up/sdgs/18", 400);
        given().when().get("/api/reports/follow-up/plans/" + plan).then().statusCode(401).contentType("application/problem+json");
    }

    static void fetchProblem(String path, int status) {
        given().auth().oauth2(Tokens.of("victor")).when().get(path).then().statusCode(status).contentType("application/problem+json");
    }

    static Document xml(byte[] html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html));
    }

    static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
