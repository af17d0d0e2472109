package se.styrplan.reporting.consistency;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * One WireMock server standing in for plan-service and indicator-service (their paths do not overlap), for the
 * consistency check's test. Started once for the whole test run (a global test resource), stubbed per test.
 */
public class OwningServicesStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    public static WireMockServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        return Map.of("styrplan.consistency.plan-service-url", server.baseUrl(),
                "styrplan.consistency.indicator-service-url", server.baseUrl());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
