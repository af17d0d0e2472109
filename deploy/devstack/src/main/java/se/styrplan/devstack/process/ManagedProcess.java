package se.styrplan.devstack.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import se.styrplan.devstack.DevstackException;

/**
 * A component process started under {@code guard.sh}: it runs in its own session (Ctrl-C in the terminal
 * does not reach it; the launcher stops things in order) and it dies with its owner process, even when the
 * owner is killed with -9. Output goes to a log file, never to the console.
 */
public final class ManagedProcess {

    private final String name;
    private final long pid;
    private final Path log;

    private ManagedProcess(String name, long pid, Path log) {
        this.name = name;
        this.pid = pid;
        this.log = log;
    }

    /**
     * @param owner       the process whose death stops this one
     * @param stopSignal  what the component wants for a clean stop (PostgreSQL: INT = fast shutdown)
     */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
            Path log, long owner, String stopSignal, Path guardScript) {
        return start(name, command, workDir, env, log, owner, stopSignal, Duration.ofSeconds(20), guardScript);
    }

    /** As above, with the time the guard grants a clean stop before it kills ({@code stopGrace}, default 20 s). */
    public static ManagedProcess start(String name, List<String> command, Path workDir, Map<String, String> env,
            Path log, long owner, String stopSignal, Duration stopGrace, Path guardScript) {
        List<String> guarded = new ArrayList<>(List.of("setsid", "bash", guardScript.toString(),
                Long.toString(owner), stopSignal, Long.toString(stopGrace.toSeconds()), "--"));
        guarded.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(guarded)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(env);
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.start();
            return new ManagedProcess(name, process.pid(), log);
        } catch (IOException e) {
            throw new DevstackException("Could not start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
    }

    /** A process started earlier (by this or another JVM), known by its guard's pid. */
    public static ManagedProcess attach(String name, long pid, Path log) {
        return new ManagedProcess(name, pid, log);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return pid;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Asks the guard to stop the component and waits until it has. */
    public void stop(Duration timeout) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return;
        }
        handle.get().destroy();
        try {
            handle.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.get().descendants().forEach(ProcessHandle::destroyForcibly);
            handle.get().destroyForcibly();
        }
    }

    /**
     * Kills the component outright (SIGKILL, as {@code kill -9} does: no shutdown hook, no clean close) and waits until
     * its guard has noticed and ended too. For fault injection: a crash, not a stop.
     */
    public void kill(Duration timeout) {
        Optional<ProcessHandle> guard = ProcessHandle.of(pid);
        if (guard.isEmpty() || !guard.get().isAlive()) {
            return;
        }
        guard.get().descendants().forEach(ProcessHandle::destroyForcibly);
        try {
            guard.get().onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            guard.get().destroyForcibly();
        }
    }

    /** Writes the guard script into the stack's folder; call once before starting components. */
    public static Path installGuard(Path stateDir) {
        Path script = stateDir.resolve("guard.sh");
        try (InputStream in = ManagedProcess.class.getResourceAsStream("/se/styrplan/devstack/guard.sh")) {
            Files.createDirectories(stateDir);
            Path tmp = Files.createTempFile(stateDir, "guard", ".sh");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, script, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return script;
        } catch (IOException e) {
            throw new DevstackException("Could not write " + script + ": " + e.getMessage(), e);
        }
    }
}
