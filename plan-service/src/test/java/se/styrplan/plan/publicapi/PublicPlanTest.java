package se.styrplan.plan.publicapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static se.styrplan.plan.PlanApi.adoptedVersionId;
import static se.styrplan.plan.PlanApi.planId;
import static se.styrplan.plan.PlanApi.proposedVersionId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Adopted versions are public records; drafts are not. */
@QuarkusTest
class PublicPlanTest {

    @Test
    void adoptedPlanIsReadableWithoutLogin() {
        // other tests adopt drafts of this plan too: the one in force is the newest adopted version
        String newest = given().get("/public/plan/plans/" + planId() + "/versions").then().statusCode(200)
                .extract().jsonPath().getString("id[-1]");
        given().get("/public/plan/plans/" + planId() + "/current").then().statusCode(200)
                .body("version.id", equalTo(newest))
                .body("version.status", equalTo("adopted"));
        given().get("/public/plan/versions/" + adoptedVersionId() + "/tree").then().statusCode(200)
                .body("version.label", equalTo("Strategisk plan från 2023"))
                .body("targetAreas", hasSize(4));
        given().get("/public/plan/plans").then().statusCode(200).body("id", hasItem(planId().toString()));
        given().get("/public/plan/sdgs").then().statusCode(200).body("$", hasSize(17)).body("[10].name", equalTo("Hållbara städer och samhällen"));
    }

    @Test
    void draftsAreNotPublic() {
        given().get("/public/plan/versions/" + proposedVersionId() + "/tree").then().statusCode(404).contentType("application/problem+json");
        given().get("/public/plan/plans/" + planId() + "/versions").then().statusCode(200)
                .body("status", hasItem("adopted")).body("findAll { it.status == 'draft' }", hasSize(0));
    }
}
