package se.styrplan.indicator;

import java.util.List;

import io.quarkus.test.junit.QuarkusTest;
import se.styrplan.devstack.test.contract.MalformedRequestsContract;

/** Bad input at scale against every operation of indicator-service's OpenAPI document: problems, never a 5xx, nothing written. */
@QuarkusTest
class MalformedRequestsTest extends MalformedRequestsContract {

    /** A sync run reaches Kolada (its own tests use a stub); demo values are long work whatever the input. */
    @Override
    protected List<String> skipped() {
        return List.of("POST /api/indicators/imports/kolada", "POST /api/indicators/demo-values");
    }
}
