package se.styrplan.devstack.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a service's start maps its class-data archive, and when it records a new one. */
class ClassDataArchiveTest {

    @TempDir
    Path dir;
    Path jar;
    Path index;
    ClassDataArchive archive;

    @BeforeEach
    void packagedApplication() throws IOException {
        Files.createDirectories(dir.resolve("quarkus-app/quarkus"));
        jar = Files.writeString(dir.resolve("quarkus-app/quarkus-run.jar"), "jar");
        index = Files.writeString(dir.resolve("quarkus-app/quarkus/quarkus-application.dat"), "index");
        age(jar, 100);
        age(index, 100);
        archive = ClassDataArchive.of(dir.resolve("state"), "plan-service", jar);
    }

    @Test
    void withoutAnArchiveTheStartRecordsOne() {
        assertThat(archive.usable()).isFalse();
        assertThat(archive.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + archive.file(), "-Xlog:cds=off");
        assertThat(archive.file().getParent()).isDirectory();
    }

    @Test
    void anArchiveNewerThanTheApplicationIsMapped() throws IOException {
        recordedSecondsAgo(10);
        assertThat(archive.usable()).isTrue();
        assertThat(archive.jvmOptions()).containsExactly("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:auto");
    }

    @Test
    void aRebuiltApplicationMakesTheArchiveStaleAndItIsRecordedAgain() throws IOException {
        recordedSecondsAgo(50);
        age(index, 5);
        assertThat(archive.usable()).isFalse();
        assertThat(archive.jvmOptions()).containsExactly("-XX:ArchiveClassesAtExit=" + archive.file(), "-Xlog:cds=off");
        assertThat(archive.file()).doesNotExist();
    }

    @Test
    void anEmptyArchiveLeftByAnInterruptedStopIsNotUsed() throws IOException {
        recordedSecondsAgo(10);
        Files.write(archive.file(), new byte[0]);
        assertThat(archive.usable()).isFalse();
    }

    private void recordedSecondsAgo(int seconds) throws IOException {
        Files.createDirectories(archive.file().getParent());
        Files.writeString(archive.file(), "archive");
        age(archive.file(), seconds);
    }

    private static void age(Path file, int seconds) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(seconds)));
    }
}
