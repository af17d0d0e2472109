package se.styrplan.deploy.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment variables a service reads: every ${NAME:default} and ${NAME} of its application.properties. */
final class ServiceVariables {

    /** Read by the JVM itself, not by application.properties. */
    private static final Set<String> JVM = Set.of("JAVA_TOOL_OPTIONS");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    private ServiceVariables() {
    }

    static Set<String> read(String service) throws IOException {
        String properties = Files.readString(Manifests.root().resolve(service + "/src/main/resources/application.properties"));
        Set<String> names = new HashSet<>(JVM);
        Matcher matcher = REFERENCE.matcher(properties);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
