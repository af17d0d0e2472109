package se.styrplan.plan;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.MalformedRequestsContract;

/** Bad input at scale against every operation of plan-service's OpenAPI document: problems, never a 5xx, nothing written. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsContract {
}
