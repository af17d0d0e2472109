package se.styrplan.indicator.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static se.styrplan.indicator.catalogue.Catalogue.ADMIN;
import static se.styrplan.indicator.catalogue.Catalogue.PATH;
import static se.styrplan.indicator.catalogue.Catalogue.PLANNER;
import static se.styrplan.indicator.catalogue.Catalogue.as;
import static se.styrplan.indicator.catalogue.Catalogue.create;
import static se.styrplan.indicator.catalogue.Catalogue.definition;
import static se.styrplan.indicator.catalogue.Catalogue.unique;
import static se.styrplan.indicator.catalogue.Catalogue.with;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

/** Every kind of write leaves its audit entry, read back through the service's audit API. */
@QuarkusTest
class IndicatorDefinitionAuditTest {

    private static final String AUDIT = "/api/indicators/audit";

    @Test
    void creationIsAuditedWithTheCreatedDefinition() {
        Map<String, Object> body = definition(unique());
        String id = create(body);

        auditOf(id)
                .body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("indicator.create"))
                .body("items[0].entityType", equalTo("indicator"))
                .body("items[0].actor", equalTo(PLANNER))
                .body("items[0].before", nullValue())
                .body("items[0].after.key", equalTo(body.get("key")))
                .body("items[0].after.status", equalTo("active"));
    }

    @Test
    void updateIsAuditedWithBeforeAndAfterAndAnIdenticalUpsertIsNot() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> body = definition(unique());
        as(PLANNER).body(body).when().put(PATH + "/" + id).then().statusCode(201);
        Map<String, Object> changed = with(body, "title", "Gästnätter " + body.get("key"));
        as(ADMIN).body(changed).when().put(PATH + "/" + id).then().statusCode(200);
        as(PLANNER).body(changed).when().put(PATH + "/" + id).then().statusCode(200);

        auditOf(id)
                .body("totalItems", equalTo(2))
                .body("items.action", contains("indicator.update", "indicator.create"))
                .body("items[0].actor", equalTo(ADMIN))
                .body("items[0].before.title", equalTo(body.get("title")))
                .body("items[0].after.title", equalTo(changed.get("title")));
    }

    @Test
    void retirementIsAuditedWithReplacementAndReason() {
        String id = create(definition(unique()));
        String replacement = create(definition(unique()));
        as(ADMIN).body(Map.of("replacedBy", replacement, "reason", "Ersätts")).when().post(PATH + "/" + id + "/retire")
                .then().statusCode(200);

        auditOf(id)
                .body("items.action", contains("indicator.retire", "indicator.create"))
                .body("items[0].actor", equalTo(ADMIN))
                .body("items[0].before.status", equalTo("active"))
                .body("items[0].after.status", equalTo("retired"))
                .body("items[0].after.replacedBy", equalTo(replacement))
                .body("items[0].after.retiredReason", equalTo("Ersätts"));
    }

    @Test
    void refusedWriteLeavesNoAuditEntry() {
        String id = UUID.randomUUID().toString();
        as(PLANNER).body(with(definition(unique()), "unit", "furlongs")).when().put(PATH + "/" + id).then().statusCode(400);
        auditOf(id).body("totalItems", equalTo(0));
    }

    private static ValidatableResponse auditOf(String id) {
        return as(ADMIN).queryParam("entityId", id).when().get(AUDIT).then().statusCode(200);
    }
}
