package se.styrplan.devstack.run;

import java.util.List;

/** One of the four Styrplan services as the run command starts it. */
record ServiceSpec(String name, String module, int port, String database) {

    /** The services in start order; the gateway last, since it fronts the others. */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("plan-service", "plan-service", 8081, "plan"),
            new ServiceSpec("indicator-service", "indicator-service", 8082, "indicator"),
            new ServiceSpec("reporting-service", "reporting-service", 8083, "reporting"),
            new ServiceSpec("gateway", "gateway", 8080, "gateway"));

    String url() {
        return "http://localhost:" + port;
    }
}
