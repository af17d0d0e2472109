package se.styrplan.plan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrplan.devstack.test.KafkaTestResource;
import se.styrplan.devstack.test.KeycloakTestResource;
import se.styrplan.devstack.test.PostgresTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL, Kafka and Keycloak of the devstack. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
public final class RealComponents {
    private RealComponents() {
    }
}
