package se.styrplan.gateway.webui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import se.styrplan.gateway.signin.PublicPaths;

/**
 * The web UI is a single-page app: its own routes (/plan/goals/x, /proposals/y, ...) have no file of their own, so
 * each is answered with index.html (served by Quarkus from META-INF/resources), where the app's router takes over.
 * Only the page paths of {@link PublicPaths#WEB} are rerouted; /api, /public, /open-data, /q, /login and /logout
 * never get the page.
 */
@ApplicationScoped
public class SpaFallback {

    void install(@Observes Router router) {
        router.get().handler(context -> {
            if (isPage(context.normalizedPath())) {
                context.reroute("/");
            } else {
                context.next();
            }
        });
    }

    /** A route of the app: one of the UI's public patterns, but not the root or a static asset. */
    static boolean isPage(String path) {
        return !path.equals("/") && !PublicPaths.matches("/assets/*", path)
                && PublicPaths.WEB.stream().filter(p -> !p.equals("/") && !p.equals("/assets/*"))
                        .anyMatch(pattern -> PublicPaths.matches(pattern, path));
    }
}
