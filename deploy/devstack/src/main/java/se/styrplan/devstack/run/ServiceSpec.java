package se.styrplan.devstack.run;

import java.util.List;

/** One of the four Styrplan services as the run command starts it. */
record ServiceSpec(String name, String module, int port, String database, int managementPort) {

    /**
     * The services in start order; the gateway last, since it fronts the others. The gateway alone serves health and
     * metrics on a management port of its own (0: none).
     */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("plan-service", "plan-service", 8081, "plan", 0),
            new ServiceSpec("indicator-service", "indicator-service", 8082, "indicator", 0),
            new ServiceSpec("reporting-service", "reporting-service", 8083, "reporting", 0),
            new ServiceSpec("gateway", "gateway", 8080, "gateway", 9080));

    String url() {
        return "http://localhost:" + port;
    }

    /** Where the readiness probe answers. */
    String readinessUrl() {
        return (managementPort == 0 ? url() : "http://localhost:" + managementPort) + "/q/health/ready";
    }
}
