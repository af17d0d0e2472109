package se.styrplan.deploy.scale;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import se.styrplan.devstack.test.KafkaTestResource;
import se.styrplan.devstack.test.PostgresTestResource;

/** The @QuarkusTest of this module runs against the real PostgreSQL and Kafka of the devstack. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "service", value = "scale"))
@QuarkusTestResource(KafkaTestResource.class)
public final class RealComponents {
    private RealComponents() {
    }
}
