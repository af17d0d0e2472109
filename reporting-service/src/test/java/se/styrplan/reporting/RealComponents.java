package se.styrplan.reporting;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrplan.devstack.test.KafkaTestResource;
import se.styrplan.devstack.test.KeycloakTestResource;
import se.styrplan.devstack.test.PostgresTestResource;

/** Every @QuarkusTest of this module runs against the real PostgreSQL, Kafka and Keycloak of the devstack. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "reporting"))
@QuarkusTestResource(KafkaTestResource.class)
@QuarkusTestResource(KeycloakTestResource.class)
// not a real component: the owning services' APIs for the consistency check's test (see ConsistencyCheckTest)
@QuarkusTestResource(se.styrplan.reporting.consistency.OwningServicesStub.class)
public final class RealComponents {
    private RealComponents() {
    }
}
