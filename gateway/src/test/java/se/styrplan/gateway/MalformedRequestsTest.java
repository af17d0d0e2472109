package se.styrplan.gateway;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.MalformedRequestsContract;

/**
 * Bad input at scale against every operation of the gateway's own OpenAPI document (users, groups, audit, me):
 * problems, never a 5xx, nothing written (the audit log, which every user change feeds, does not grow).
 */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsContract {
}
