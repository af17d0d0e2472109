package se.styrplan.gateway.routing;

import java.util.List;

/** The one list of what the gateway proxies: every other path is the gateway's own (Quarkus REST, /q/*). */
public final class RouteTable {

    private RouteTable() {
    }

    public static List<Route> routes(RoutesConfig config) {
        return List.of(
                new Route("plan-service", config.planService().url(), List.of("/api/plan", "/public/plan")),
                new Route("indicator-service", config.indicatorService().url(),
                        List.of("/api/indicators", "/public/indicators")),
                new Route("reporting-service", config.reportingService().url(),
                        List.of("/api/reports", "/public/reports", "/open-data")));
    }
}
