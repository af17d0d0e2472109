package se.styrplan.plan;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import se.styrplan.devstack.test.TestStack;
import se.styrplan.devstack.test.Tokens;

/** What plan-service's tests do often, through the real API with real tokens. */
public final class PlanApi {

    public static final String PLANNER = "petra";
    public static final String ADMIN = "anna";
    public static final String VIEWER = "victor";
    public static final String EDITOR = "erik";

    private PlanApi() {
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    public static Path seedFile() {
        return TestStack.root().resolve("deploy/seed/karlstad-strategisk-plan.json");
    }

    public static Path sourceDocument() {
        return TestStack.root().resolve("deploy/seed/source/karlstad-strategisk-plan-forslag-till-revidering.txt");
    }

    /** Imports Karlstad's transcription (idempotent) and returns the import result. */
    public static JsonPath importKarlstad() {
        try {
            return as(PLANNER).body(Files.readString(seedFile())).post("/api/plan/imports/transcription")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)))
                    .extract().jsonPath();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static UUID planId() {
        return UUID.fromString(importKarlstad().getString("planId"));
    }

    public static UUID adoptedVersionId() {
        return UUID.fromString(importKarlstad().getString("base.versionId"));
    }

    public static UUID proposedVersionId() {
        return UUID.fromString(importKarlstad().getString("proposed.versionId"));
    }

    /** A fresh draft copied from the adopted Karlstad plan, for a test to edit on its own. */
    public static UUID newDraft(String label) {
        String id = as(PLANNER).body("{\"label\":\"" + label + "\"}")
                .post("/api/plan/plans/" + planId() + "/versions")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static JsonPath tree(UUID versionId) {
        return as(VIEWER).get("/api/plan/versions/" + versionId + "/tree").then().statusCode(200).extract().jsonPath();
    }
}
