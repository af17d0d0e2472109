package se.styrplan.indicator.catalogue;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static se.styrplan.indicator.catalogue.Catalogue.PATH;
import static se.styrplan.indicator.catalogue.Catalogue.VIEWER;
import static se.styrplan.indicator.catalogue.Catalogue.as;
import static se.styrplan.indicator.catalogue.Catalogue.create;
import static se.styrplan.indicator.catalogue.Catalogue.definition;
import static se.styrplan.indicator.catalogue.Catalogue.retire;
import static se.styrplan.indicator.catalogue.Catalogue.unique;
import static se.styrplan.indicator.catalogue.Catalogue.with;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Creating, reading, listing, upserting and retiring definitions, each checked by reading back through the API. */
@QuarkusTest
class IndicatorDefinitionResourceTest {

    @Test
    void createdDefinitionReadsBackFromItsLocation() {
        String suffix = unique();
        Map<String, Object> body = with(with(with(definition(suffix), "koladaKpiId", "N07403"), "dividedByGender", true),
                "owningDepartment", "kultur-och-fritidsforvaltningen");

        String location = as(Catalogue.PLANNER).body(body).when().post(PATH)
                .then().statusCode(201).extract().header("Location");

        as(VIEWER).when().get(location)
                .then().statusCode(200)
                .body("id", notNullValue())
                .body("key", equalTo("hotellovernattningar-" + suffix))
                .body("title", equalTo("Hotellövernattningar, antal " + suffix))
                .body("description", equalTo("Gästnätter på hotell i kommunen under året"))
                .body("unit", equalTo("count"))
                .body("unitLabel", equalTo("antal"))
                .body("direction", equalTo("higher_is_better"))
                .body("source", equalTo("other"))
                .body("koladaKpiId", equalTo("N07403"))
                .body("koladaKpiIdChecked", equalTo(false))
                .body("dividedByGender", equalTo(true))
                .body("owningDepartment", equalTo("kultur-och-fritidsforvaltningen"))
                .body("status", equalTo("active"))
                .body("replacedBy", nullValue())
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue());
    }

    @Test
    void titleSearchIgnoresCaseAndDiacritics() {
        String suffix = unique();
        String hotel = create(with(definition(suffix), "title", "Hotellövernattningar i Värmland " + suffix));
        create(with(with(definition(suffix), "key", "gastnatter-" + suffix), "title", "Gästnätter på camping " + suffix));

        for (String q : new String[] { "overnattningar i varmland " + suffix, "ÖVERNATTNINGAR I VÄRMLAND " + suffix,
                "Hotellövernattningar i Värmland " + suffix }) {
            as(VIEWER).queryParam("q", q).when().get(PATH)
                    .then().statusCode(200)
                    .body("totalItems", equalTo(1))
                    .body("items.id", contains(hotel));
        }
        as(VIEWER).queryParam("q", suffix).when().get(PATH)
                .then().statusCode(200)
                .body("totalItems", equalTo(2));
        // LIKE wildcards in the search text are literal characters
        as(VIEWER).queryParam("q", "%" + suffix).when().get(PATH)
                .then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void listIsFilteredByStatusSourceDepartmentAndKoladaId() {
        String suffix = unique();
        String department = "dept-" + suffix;
        String koladaId = "Q" + String.format("%05d", Math.abs(suffix.hashCode()) % 100_000);
        Map<String, Object> base = definition(suffix);
        String fromKolada = create(with(with(with(base, "key", "a-" + suffix), "source", "kolada"), "koladaKpiId", koladaId));
        String own = create(with(with(base, "key", "b-" + suffix), "source", "own_data"));
        String retired = create(with(with(base, "key", "c-" + suffix), "source", "kolada"));
        retire(retired, null, "Mäts inte längre");

        as(VIEWER).queryParam("department", department).when().get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(3));
        as(VIEWER).queryParam("department", department).queryParam("source", "kolada").when().get(PATH)
                .then().statusCode(200).body("totalItems", equalTo(2));
        as(VIEWER).queryParam("department", department).queryParam("source", "kolada").queryParam("status", "active")
                .when().get(PATH)
                .then().statusCode(200).body("items.id", contains(fromKolada));
        as(VIEWER).queryParam("department", department).queryParam("status", "retired").when().get(PATH)
                .then().statusCode(200).body("items.id", contains(retired));
        as(VIEWER).queryParam("department", department).queryParam("source", "own_data").when().get(PATH)
                .then().statusCode(200).body("items.id", contains(own));
        as(VIEWER).queryParam("koladaKpiId", koladaId).queryParam("department", department).when().get(PATH)
                .then().statusCode(200).body("items.id", contains(fromKolada));
    }

    @Test
    void listIsSortedByTitleAndPaged() {
        String suffix = unique();
        Map<String, Object> base = definition(suffix);
        create(with(with(base, "key", "gamma-" + suffix), "title", "Gamma " + suffix));
        create(with(with(base, "key", "alfa-" + suffix), "title", "Alfa " + suffix));
        create(with(with(base, "key", "beta-" + suffix), "title", "Beta " + suffix));

        as(VIEWER).queryParam("department", "dept-" + suffix).queryParam("size", 2).when().get(PATH)
                .then().statusCode(200)
                .body("items.title", contains("Alfa " + suffix, "Beta " + suffix))
                .body("page", equalTo(0))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        as(VIEWER).queryParam("department", "dept-" + suffix).queryParam("size", 2).queryParam("page", 1).when().get(PATH)
                .then().statusCode(200)
                .body("items.title", contains("Gamma " + suffix));
    }

    @Test
    void putCreatesWithTheGivenIdThenUpdatesThenChangesNothingWhenIdentical() {
        String id = UUID.randomUUID().toString();
        String suffix = unique();
        Map<String, Object> body = definition(suffix);

        as(Catalogue.PLANNER).body(body).when().put(PATH + "/" + id)
                .then().statusCode(201)
                .header("Location", endsWith(PATH + "/" + id))
                .body("id", equalTo(id));

        Map<String, Object> changed = with(body, "title", "Gästnätter på hotell " + suffix);
        as(Catalogue.PLANNER).body(changed).when().put(PATH + "/" + id).then().statusCode(200);
        int version = as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("title", equalTo("Gästnätter på hotell " + suffix))
                .extract().path("version");
        String updatedAt = as(VIEWER).when().get(PATH + "/" + id).then().extract().path("updatedAt");

        as(Catalogue.PLANNER).body(changed).when().put(PATH + "/" + id)
                .then().statusCode(200).body("title", equalTo("Gästnätter på hotell " + suffix));
        as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("version", equalTo(version))
                .body("updatedAt", equalTo(updatedAt));
    }

    @Test
    void updateIncreasesTheVersion() {
        Map<String, Object> body = definition(unique());
        String id = create(body);
        int before = as(VIEWER).when().get(PATH + "/" + id).then().extract().path("version");

        as(Catalogue.PLANNER).body(with(body, "direction", "lower_is_better")).when().put(PATH + "/" + id)
                .then().statusCode(200);

        as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("direction", equalTo("lower_is_better"))
                .body("version", greaterThan(before));
    }

    @Test
    void retiredIndicatorNamesItsReplacementAndReason() {
        String old = create(definition(unique()));
        String replacement = create(definition(unique()));

        as(Catalogue.ADMIN).body(Map.of("replacedBy", replacement, "reason", "Ersätts av Koladas nyckeltal"))
                .when().post(PATH + "/" + old + "/retire")
                .then().statusCode(200).body("status", equalTo("retired"));

        as(VIEWER).when().get(PATH + "/" + old)
                .then().statusCode(200)
                .body("status", equalTo("retired"))
                .body("replacedBy", equalTo(replacement))
                .body("retiredReason", equalTo("Ersätts av Koladas nyckeltal"));
        as(VIEWER).when().get(PATH + "/" + replacement)
                .then().statusCode(200).body("status", equalTo("active"));
    }

    @Test
    void upsertOfRetiredIndicatorChangesItsFieldsButKeepsItRetired() {
        Map<String, Object> body = definition(unique());
        String id = create(body);
        retire(id, null, "Utgår");

        as(Catalogue.PLANNER).body(with(body, "unitLabel", "antal nätter")).when().put(PATH + "/" + id)
                .then().statusCode(200);

        as(VIEWER).when().get(PATH + "/" + id)
                .then().statusCode(200)
                .body("unitLabel", equalTo("antal nätter"))
                .body("status", equalTo("retired"))
                .body("retiredReason", equalTo("Utgår"));
    }

    /** Every unit the API accepts is one the table's check constraint accepts, and reads back the same. */
    @ParameterizedTest
    @EnumSource(IndicatorUnit.class)
    void everyUnitIsStoredAndReadBack(IndicatorUnit unit) {
        String id = create(with(definition(unique()), "unit", unit.code()));
        as(VIEWER).when().get(PATH + "/" + id).then().statusCode(200).body("unit", equalTo(unit.code()));
    }

    @ParameterizedTest
    @EnumSource(IndicatorSource.class)
    void everySourceIsStoredAndReadBack(IndicatorSource source) {
        String id = create(with(definition(unique()), "source", source.code()));
        as(VIEWER).when().get(PATH + "/" + id).then().statusCode(200).body("source", equalTo(source.code()));
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void everyDirectionIsStoredAndReadBack(Direction direction) {
        String id = create(with(definition(unique()), "direction", direction.code()));
        as(VIEWER).when().get(PATH + "/" + id).then().statusCode(200).body("direction", equalTo(direction.code()));
    }
}
