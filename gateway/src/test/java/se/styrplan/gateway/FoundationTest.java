package se.styrplan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.ServiceFoundationContract;

@QuarkusTest
class FoundationTest extends ServiceFoundationContract {

    @Override
    protected String auditPath() {
        return "/api/admin/audit";
    }
}
