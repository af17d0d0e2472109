package se.styrplan.gateway.ratelimit;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small limits, so the test reaches them in a few requests; an hour's period so nothing refills meanwhile. */
public class LowRateLimitsProfile implements QuarkusTestProfile {

    static final int PER_CLIENT = 5;
    static final int PER_ADDRESS = 8;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "styrplan.rate-limit.client.requests", Integer.toString(PER_CLIENT),
                "styrplan.rate-limit.client.period", "1H",
                "styrplan.rate-limit.address.requests", Integer.toString(PER_ADDRESS),
                "styrplan.rate-limit.address.period", "1H");
    }
}
