package se.styrplan.gateway.routing;

import java.net.URI;
import java.util.List;

/**
 * One service behind the gateway: its name (the only thing error bodies reveal about it), where it listens,
 * and the path prefixes it serves. Paths are forwarded as they are: each service serves these same paths.
 */
public record Route(String service, URI url, List<String> prefixes) {

    String host() {
        return url.getHost();
    }

    boolean ssl() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    int port() {
        return url.getPort() != -1 ? url.getPort() : ssl() ? 443 : 80;
    }
}
