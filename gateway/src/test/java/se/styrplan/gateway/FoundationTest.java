package se.styrplan.gateway;

import java.net.URL;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.ServiceFoundationContract;

@QuarkusTest
class FoundationTest extends ServiceFoundationContract {

    /** The gateway's probes are on its management port (relative to its /q root). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Override
    protected String auditPath() {
        return "/api/admin/audit";
    }

    @Override
    protected String readiness() {
        return readiness.toString();
    }
}
