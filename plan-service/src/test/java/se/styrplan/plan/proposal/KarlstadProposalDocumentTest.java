package se.styrplan.plan.proposal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.styrplan.plan.PlanApi.KARLSTAD_REVISION;
import static se.styrplan.plan.PlanApi.KARLSTAD_STATEMENT;
import static se.styrplan.plan.PlanApi.VIEWER;
import static se.styrplan.plan.PlanApi.as;
import static se.styrplan.plan.PlanApi.karlstadProposal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The loaded Karlstad revision rendered as a document (read as a browser would, with jsoup) shows what the source
 * document marks by colour: new goals, text and indicators inserted, removed ones deleted, each whole item labelled
 * in words too, with the document's comments and motivations at their items.
 */
@QuarkusTest
class KarlstadProposalDocumentTest {

    static final String NEW_GOAL = "Karlstad ska stärka sin roll som tillväxtmotor i ett regionalt och nationellt perspektiv";
    static final String CLIMATE_GOAL = "Karlstad ska vara en fossilfri och klimatsmart kommun";

    private static Document doc;

    @BeforeEach
    void render() {
        if (doc == null) {
            UUID id = karlstadProposal(KARLSTAD_REVISION);
            String html = as(VIEWER).accept("text/html").get("/api/plan/proposals/" + id + "/document")
                    .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/html")).extract().asString();
            doc = Jsoup.parse(html);
            try { // for a person to look at: target/karlstad-proposal.html
                java.nio.file.Files.writeString(java.nio.file.Path.of("target", "karlstad-proposal.html"), html);
            } catch (java.io.IOException e) {
                // only a convenience
            }
        }
    }

    @Test
    void isAnAccessibleSwedishDocumentWithTheSourceDocumentsLegend() {
        assertThat(doc.select("html").attr("lang")).isEqualTo("sv");
        assertThat(doc.title()).isEqualTo("Blågröna styrets förslag till revidering av Strategisk plan från 2023");
        assertThat(doc.select(".legend li").eachText()).containsExactly(
                "SVART TEXT = Oförändrat",
                "BLÅ TEXT = Förslag på ny text eller nya indikatorer",
                "RÖD TEXT = Text eller indikatorer som förändras eller tas bort");
        assertThat(doc.select(".legend li ins").text()).isEqualTo("BLÅ TEXT");
        assertThat(doc.select(".legend li del").text()).isEqualTo("RÖD TEXT");
        // headings start at h1 and never skip a level
        List<Integer> levels = doc.select("h1, h2, h3, h4, h5, h6").stream().map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %s after %s", i, levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        assertThat(doc.select("style").html()).contains("@media print").contains("line-through");
        // the whole plan is there: four target areas and every goal of both versions
        assertThat(doc.select("section.target-area")).hasSize(4);
        assertThat(doc.select("article.goal")).hasSize(22);
    }

    @Test
    void theNewGoalIsInsertedWithItsMotivationAndTheIndicatorOfTheGoalItReplaces() {
        Element goal = goal(NEW_GOAL);
        assertThat(goal.hasClass("added")).isTrue();
        assertThat(goal.select("h3 ins").text()).isEqualTo(NEW_GOAL);
        assertThat(goal.select("h3 .label").text()).isEqualTo("Nytt mål");
        Element motivation = goal.selectFirst(".motivation");
        assertThat(motivation.select("h4").text()).isEqualTo("Motivering till förändring");
        assertThat(motivation.select("p").eachText()).hasSize(3).first().asString().startsWith("Karlstad är Värmlands största stad.");
        assertThat(goal.select(".indicators li ins").eachText()).containsExactly("Befolkningsökning, andel (%)");
        assertThat(goal.select(".reading-note").text()).contains("Förslag på fler indikator tas fram under hösten 2022");
    }

    @Test
    void theRemovedGoalsAreDeletedWithTheirComments() {
        Element business = goal("Karlstad ska ha ett gott företagsklimat");
        assertThat(business.hasClass("removed")).isTrue();
        assertThat(business.select("h3 del").text()).isEqualTo("Karlstad ska ha ett gott företagsklimat");
        assertThat(business.select("h3 .label").text()).isEqualTo("Målet tas bort");
        assertThat(business.select(".comment").text()).isEqualTo("Kommentar: Målet utgår, Kommunstyrelsen föreslås få i uppdrag att formulera "
                + "och anta ett nämndmål med tillhörande indikatorer kopplat till näringslivsområdet.");
        assertThat(business.select(".indicators li")).isNotEmpty().allSatisfy(li -> assertThat(li.select("del").text()).isEqualTo(li.text()));
        assertThat(business.select(".sdgs li del").eachText()).contains("8. Anständiga arbetsvillkor och ekonomisk tillväxt");

        Element population = goal("Karlstads befolkning ska årligen öka med minst en procent");
        assertThat(population.hasClass("removed")).isTrue();
        assertThat(population.select("h3 del").text()).isEqualTo("Karlstads befolkning ska årligen öka med minst en procent");
        assertThat(population.select(".comment").text()).startsWith("Kommentar: Målet utgår som övergripande mål men ingår som en indikator till det nya målet")
                .contains(NEW_GOAL);
        // its measure lives on under the new goal
        assertThat(population.select(".indicators li del").eachText()).containsExactly("Befolkningsökning, andel (%)");
        assertThat(goal(NEW_GOAL).select(".indicators li ins").eachText()).contains("Befolkningsökning, andel (%)");
    }

    @Test
    void replacedIndicatorsAreDeletedAndInsertedWithTheirComments() {
        Element climate = goal(CLIMATE_GOAL);
        assertThat(climate.hasClass("added") || climate.hasClass("removed")).isFalse();
        Element cars = indicator(climate, "Miljöbilar");
        assertThat(cars.hasClass("removed")).isTrue();
        assertThat(cars.select("del").text()).isEqualTo("Miljöbilar, andel av totalt antal bilar i det geografiska området (%)");
        assertThat(cars.select(".label").text()).isEqualTo("Indikatorn tas bort");
        Element fossilFree = indicator(climate, "Fossiloberoende personbilar");
        assertThat(fossilFree.hasClass("added")).isTrue();
        assertThat(fossilFree.select("ins").text()).isEqualTo("Fossiloberoende personbilar, andel av totalt antal bilar i det geografiska området (%)");
        assertThat(fossilFree.select(".label").text()).isEqualTo("Ny indikator");
        assertThat(fossilFree.select(".comment").text()).startsWith("Kommentar: Definitionen för vad som räknas som miljöbilar har ändrats");

        Element water = goal("Luften och vattnet i Karlstad ska vara så rent att människor och miljö inte skadas");
        Element lakes = indicator(water, "Sjöar och vattendrag med god ekologisk status, andel (%)");
        assertThat(lakes.hasClass("removed")).isTrue();
        assertThat(lakes.select("del").text()).isEqualTo("Sjöar och vattendrag med god ekologisk status, andel (%)");
        Element lakesAndGroundwater = indicator(water, "Sjöar och vattendrag med god ekologisk status samt grundvattenförekomster");
        assertThat(lakesAndGroundwater.hasClass("added")).isTrue();
        assertThat(lakesAndGroundwater.select("ins").text()).startsWith("Sjöar och vattendrag med god ekologisk status samt grundvattenförekomster");
        assertThat(lakesAndGroundwater.select(".comment").text()).contains("Skillnaden är att den nya även har med grundvattenförekomster.");

        Element culture = goal("Karlstad ska vara ett dynamiskt kulturellt centrum");
        assertThat(indicator(culture, "Elever i musik- eller kulturskola, 6-15 år").select("del").text())
                .isEqualTo("Elever i musik- eller kulturskola, 6-15 år, andel (%)");
        Element older = indicator(culture, "Elever i musik- eller kulturskola, 6-19 år");
        assertThat(older.select("ins").text()).isEqualTo("Elever i musik- eller kulturskola, 6-19 år, andel (%)");
        assertThat(older.select(".reading-note").text()).startsWith("Osäker läsning av källdokumentet:");

        Element communications = goal("Karlstadsborna ska ha tillgång till goda och hållbara kommunikationer");
        Element bus = indicator(communications, "Bussresor med Karlstadsbuss");
        assertThat(bus.hasClass("removed")).isTrue();
        assertThat(bus.select("del").text()).isEqualTo("Bussresor med Karlstadsbuss, antal per invånare");
        assertThat(bus.select(".comment").text()).isEqualTo("Kommentar: Indikatorn föreslås utgå då Region Värmland har tagit över ansvaret "
                + "för bussresorna i stadstrafiken. Måttet kommer dock att fortsätta att följas som nyckeltal hos Ekokommunerna.");
    }

    @Test
    void markedSentencesAreInsertedOrDeletedInTheirGoalsText() {
        Element visitors = goal("Karlstad ska vara bland de bästa besöksmålen i Sverige");
        assertThat(visitors.select("p ins").eachText()).anyMatch(t -> t.startsWith("Vänerskärgården och vår vackra natur ger oss goda förutsättningar"));
        Element climate = goal(CLIMATE_GOAL);
        assertThat(climate.select("p del").eachText()).contains("Inom några årtionden bli en fossilfri kommun.");
        assertThat(climate.select("p ins").eachText()).anyMatch(t -> t.startsWith("senast år 2030 inte ha någon negativ påverkan på klimatet"));
        assertThat(climate.select(".reading-note").text()).startsWith("Osäker läsning av källdokumentet:");
        Element education = goal("Karlstad ska erbjuda utbildning av hög kvalitet");
        assertThat(education.select("p del").eachText()).contains("att det lockar fler människor hit");
        assertThat(education.select("p ins").eachText()).anyMatch(t -> t.startsWith("Vi ska erbjuda en bredd av utbildningar"));
        // unchanged text is neither inserted nor deleted
        Element proud = goal("Karlstadsborna ska trivas och vara stolta över sin kommun");
        assertThat(proud.select("ins, del")).isEmpty();
        assertThat(proud.select("p")).isNotEmpty();
    }

    @Test
    void everyMarkedRunOfTheTranscriptionIsMarkedInTheDocument() throws Exception {
        // the transcription's added and removed runs (of goal texts), each found inside <ins> or <del> of its goal
        JsonPath seed = JsonPath.from(se.styrplan.plan.PlanApi.seedFile().toFile());
        List<Map<String, Object>> goals = seed.getList("targetAreas.goals.flatten()");
        int checked = 0;
        for (Map<String, Object> g : goals) {
            if (!"unchanged".equals(g.get("change"))) {
                continue;
            }
            Element goal = goal((String) g.get("title"));
            String inserted = String.join(" ", goal.select("p ins").eachText());
            String deleted = String.join(" ", goal.select("p del").eachText());
            for (Map<String, Object> block : (List<Map<String, Object>>) g.get("description")) {
                for (List<Map<String, Object>> paragraph : (List<List<Map<String, Object>>>) block.get("paragraphs")) {
                    for (Map<String, Object> run : paragraph) {
                        String text = ((String) run.get("text")).strip();
                        if ("added".equals(run.get("mark"))) {
                            assertThat(inserted).as("inserted text of %s", g.get("title")).contains(words(text));
                            checked++;
                        } else if ("removed".equals(run.get("mark"))) {
                            assertThat(deleted).as("deleted text of %s", g.get("title")).contains(words(text));
                            checked++;
                        }
                    }
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theStatementReadsAsTheOppositionsText() {
        UUID id = karlstadProposal(KARLSTAD_STATEMENT);
        Document statement = Jsoup.parse(given().get("/public/plan/proposals/" + id + "/document").then().statusCode(200).extract().asString());
        assertThat(statement.select("h1").text()).isEqualTo("(S)TRATEGISK PLAN");
        assertThat(statement.select("main > p").first().text()).startsWith("Socialdemokraterna lämnar inget eget förslag till strategisk plan");
        Elements priorities = statement.select(".priorities li");
        assertThat(priorities).hasSize(3);
        assertThat(priorities.get(0).text()).startsWith("Att bryta segregationen");
        assertThat(statement.select("main > p").last().text())
                .isEqualTo("Tillgänglighet, delaktighet, demokrati och inflytande är andra viktiga perspektiv som ska beaktas.");
    }

    private static Element goal(String title) {
        List<Element> found = new ArrayList<>();
        for (Element article : doc.select("article.goal")) {
            Element heading = article.selectFirst("h3");
            String text = heading.text().replaceFirst("^(Nytt mål|Målet tas bort)\\s*", "");
            if (text.equals(title)) {
                found.add(article);
            }
        }
        assertThat(found).as("goal '%s' in the document", title).hasSize(1);
        return found.get(0);
    }

    private static Element indicator(Element goal, String startsWith) {
        List<Element> found = goal.select(".indicators > li").stream()
                .filter(li -> li.select("ins, del").text().startsWith(startsWith)).toList();
        assertThat(found).as("indicator '%s…' of %s", startsWith, goal.selectFirst("h3").text()).hasSize(1);
        return found.get(0);
    }

    /** Whitespace as a browser collapses it. */
    private static String words(String text) {
        return text.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
