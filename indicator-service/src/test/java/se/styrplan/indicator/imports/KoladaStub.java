package se.styrplan.indicator.imports;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** A WireMock server standing in for Kolada's API v3; the service's base URL points at it. Tests set its stubs. */
public class KoladaStub implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
        server.start();
        return Map.of("styrplan.kolada.base-url", base());
    }

    static String base() {
        return "http://localhost:" + server.port() + "/v3";
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
