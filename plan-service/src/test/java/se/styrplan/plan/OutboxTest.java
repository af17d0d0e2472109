package se.styrplan.plan;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.OutboxContract;

@QuarkusTest
class OutboxTest extends OutboxContract {

    @Override
    protected String topic() {
        return "styrplan.plan.v1";
    }
}
