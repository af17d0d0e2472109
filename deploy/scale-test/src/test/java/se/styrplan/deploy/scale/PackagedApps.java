package se.styrplan.deploy.scale;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The services' packaged applications ({@code <service>/target/quarkus-app}), as the reactor built them. */
final class PackagedApps {

    private PackagedApps() {
    }

    static Path root() {
        return Path.of(System.getProperty("styrplan.root", "../..")).toAbsolutePath().normalize();
    }

    /** A copy in this module's target, so that a rebuild of the service meanwhile cannot pull the jars from under it. */
    static Path copy(String service) throws IOException {
        Path source = root().resolve(service + "/target/quarkus-app");
        if (!Files.exists(source.resolve("quarkus-run.jar"))) {
            throw new AssertionError(source + "/quarkus-run.jar is missing: package " + service + " first "
                    + "(mvn -B package -DskipTests -pl " + service + "), or build from the root so the reactor does it");
        }
        Path target = Path.of("target", "apps", service).toAbsolutePath();
        if (Files.exists(target)) {
            try (Stream<Path> walk = Files.walk(target)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }
}
