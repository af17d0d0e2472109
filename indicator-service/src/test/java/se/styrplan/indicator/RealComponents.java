package se.styrplan.indicator;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrplan.devstack.test.KafkaTestResource;
import se.styrplan.devstack.test.KeycloakTestResource;
import se.styrplan.devstack.test.PostgresTestResource;
import se.styrplan.indicator.imports.KoladaStub;

/**
 * Every @QuarkusTest of this module runs against the real PostgreSQL, Kafka and Keycloak of the devstack, and a local
 * stand-in for Kolada's API (WireMock).
 */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "indicator"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
@QuarkusTestResource(KoladaStub.class)
public final class RealComponents {
    private RealComponents() {
    }
}
