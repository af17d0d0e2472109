package se.styrplan.devstack.test;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import se.styrplan.devstack.DevstackException;
import se.styrplan.devstack.Stack;
import se.styrplan.devstack.StackPorts;

/**
 * The stack a test JVM uses: the run command's stack when it is up; otherwise one shared by every module of
 * this Maven build, started on free ports by the first test that needs it and stopped by its guards when the
 * Maven process ends (so a failed or interrupted build leaves nothing running).
 */
public final class TestStack {

    private static Stack stack;

    private TestStack() {
    }

    public static synchronized Stack get() {
        if (stack == null) {
            stack = locateOrStart();
        }
        return stack;
    }

    /** The repository's root folder (set by the parent pom for surefire; found by walking up otherwise). */
    public static Path root() {
        String configured = System.getProperty("styrplan.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("deploy/keycloak/styrplan-realm.json"))) {
                return p;
            }
        }
        throw new DevstackException("Cannot find the Styrplan repository root: set -Dstyrplan.root.");
    }

    private static Stack locateOrStart() {
        Optional<Stack> running = Stack.find(root().resolve(".devstack"));
        if (running.isPresent() && !Boolean.getBoolean("styrplan.devstack.isolated")) {
            return running.get();
        }
        long owner = owner();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path dir = tmp.resolve("styrplan-test-" + owner);
        try {
            Files.createDirectories(dir);
            try (FileChannel channel = FileChannel.open(tmp.resolve("styrplan-test-" + owner + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Optional<Stack> shared = Stack.find(dir);
                if (shared.isPresent()) {
                    return shared.get();
                }
                removeStaleStacks(tmp);
                return Stack.start(dir, StackPorts.free(), owner, false, root().resolve("deploy/keycloak/styrplan-realm.json"));
            }
        } catch (IOException e) {
            throw new DevstackException("Could not prepare the test stack in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The build's Maven process owns the test stack, so it lives across modules and dies with the build.
     * Surefire starts its fork through a shell, so walk up to Maven's JVM; outside Maven the JVM itself owns it.
     */
    static long owner() {
        ProcessHandle current = ProcessHandle.current();
        for (ProcessHandle p = current.parent().orElse(null); p != null; p = p.parent().orElse(null)) {
            String commandLine = p.info().commandLine().orElse("");
            if (commandLine.contains("plexus-classworlds") || commandLine.contains("org.codehaus.plexus.classworlds")) {
                return p.pid();
            }
        }
        // not under Maven (an IDE, a benchmark's main): the JVM itself owns its stack, so it can never outlive it
        return current.pid();
    }

    /** Folders of test stacks whose Maven process has ended. */
    private static void removeStaleStacks(Path tmp) throws IOException {
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(p -> p.getFileName().toString().matches("styrplan-test-\\d+(\\.lock)?"))
                    .filter(p -> {
                        long pid = Long.parseLong(p.getFileName().toString().replaceAll("\\D", ""));
                        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                    })
                    .forEach(TestStack::deleteRecursively);
        }
    }

    private static void deleteRecursively(Path path) {
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a leftover folder costs disk, not correctness
        }
    }
}
