package se.styrplan.indicator;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.OutboxContract;

@QuarkusTest
class OutboxTest extends OutboxContract {

    @Override
    protected String topic() {
        return "styrplan.indicator.v1";
    }
}
