package se.styrplan.indicator.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.styrplan.indicator.TestApi.EDITOR;
import static se.styrplan.indicator.TestApi.PLANNER;
import static se.styrplan.indicator.TestApi.as;
import static se.styrplan.indicator.TestApi.auditOf;
import static se.styrplan.indicator.TestApi.createIndicator;
import static se.styrplan.indicator.TestApi.json;
import static se.styrplan.indicator.TestApi.periods;
import static se.styrplan.indicator.TestApi.series;
import static se.styrplan.indicator.imports.Bulk.HEADER;
import static se.styrplan.indicator.imports.Bulk.IMPORTS;
import static se.styrplan.indicator.imports.Bulk.csv;
import static se.styrplan.indicator.imports.Bulk.key;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import se.styrplan.devstack.test.Tokens;

/** With chunks of two rows: each chunk its own transaction and audit entry, progress while running, cancellation. */
@QuarkusTest
@TestProfile(SmallChunks.class)
class BulkChunksTest {

    @Test
    void eachChunkIsCommittedAndAuditedOnItsOwn() {
        String id = createIndicator("percent");
        String key = key(id);
        JsonNode job = csv(PLANNER, key + ",1780,2021,T,1,final\n" + key + ",1780,2022,T,2,final\n"   // chunk 1
                + key + ",1780,2023,T,3,final\n" + key + ",1780,2024,T,5,final\n"                          // chunk 2
                + key + ",1780,2023,T,4,final\n");                                                            // chunk 3: repeats line 4
        assertThat(job.path("chunks").asInt()).isEqualTo(3);
        assertThat(job.path("inserted").asLong()).isEqualTo(4);
        assertThat(job.path("rejected").asLong()).isEqualTo(1);
        assertThat(BulkLoadTest.reasons(job).get(6L)).startsWith("repeats an earlier line of this import with another value");
        assertThat(periods(series(id, "1780", "T"))).containsExactly("2021", "2022", "2023", "2024");
        assertThat(series(id, "1780", "T").path("points").get(2).path("value").decimalValue()).isEqualByComparingTo("3");
        JsonNode audit = auditOf(job.path("id").asText());
        assertThat(audit.path("totalItems").asInt()).isEqualTo(2); // the third chunk changed nothing
    }

    @Test
    void aRunningImportShowsItsProgressAndStopsWhenCancelled() throws Exception {
        String id = createIndicator("percent");
        String key = key(id);
        // more than the 10 kB Quarkus REST buffers before it hands the body over as a stream
        StringBuilder first = new StringBuilder(HEADER);
        for (int year = 1950; year <= 2020; year++) {
            for (String gender : new String[] { "T", "K", "M" }) {
                first.append(key).append(",0580,").append(year).append(',').append(gender).append(",1,final\n");
                first.append(key).append(",1880,").append(year).append(',').append(gender).append(",1,final\n");
            }
        }
        // a raw HTTP/1.1 request with a chunked body, so that the test decides when each part is sent
        Socket socket = new Socket("localhost", io.restassured.RestAssured.port);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + Bulk.PATH + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + Tokens.of(EDITOR)
                + "\r\nContent-Type: text/csv\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        chunk(out, first.toString());

        JsonNode running = await().atMost(Duration.ofSeconds(30)).until(BulkChunksTest::runningJob, j -> j != null && j.path("chunks").asInt() >= 1);
        String job = running.path("id").asText();
        assertThat(running.path("status").asText()).isEqualTo("running");
        assertThat(running.path("progress").path("unit").asText()).isEqualTo("rows");
        assertThat(running.path("progress").path("done").asLong()).isGreaterThanOrEqualTo(2);

        JsonNode cancellation = json(as(EDITOR).when().post(IMPORTS + "/" + job + "/cancellation").then().statusCode(200).extract().response());
        assertThat(cancellation.path("status").asText()).isEqualTo("cancelled");
        chunk(out, key + ",1780,2005,T,5,final\n" + key + ",1780,2006,T,6,final\n");
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();

        socket.setSoTimeout(60_000);
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        socket.close();
        assertThat(answer).startsWith("HTTP/1.1 200");
        JsonNode finished = json(answer.substring(answer.indexOf('{'), answer.lastIndexOf('}') + 1));
        assertThat(finished.path("status").asText()).isEqualTo("cancelled");
        // the chunks before the cancellation stay; nothing sent after it was applied
        assertThat(periods(series(id, "0580", "T"))).contains("1950");
        assertThat(periods(series(id, "1780", "T"))).isEmpty();
        assertThat(Bulk.job(job).path("status").asText()).isEqualTo("cancelled");
    }

    private static void chunk(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** The running job whose creator is the editor, if any yet. */
    private static JsonNode runningJob() {
        JsonNode page = json(as(PLANNER).queryParam("size", 200).when().get(IMPORTS)
                .then().statusCode(200).extract().response());
        for (JsonNode job : page.path("items")) {
            if (EDITOR.equals(job.path("createdBy").asText()) && "running".equals(job.path("status").asText())) {
                return job;
            }
        }
        return null;
    }


}
