package dev.dbflow.internal.write;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** Files written through temporary files keep the permissions of what they replace, and new ones are readable. */
class ChangelogWriterTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileIsReadableByAllAndAReplacedMasterKeepsItsPermissions() throws Exception {
        Path master = dir.resolve("db.changelog-master.yaml");
        Files.writeString(master, "databaseChangeLog:\n");
        Files.setPosixFilePermissions(master, PosixFilePermissions.fromString("rw-rw-r--"));

        Path file = new ChangelogWriter().write(master, "changes/20261129100000_x.yaml", "databaseChangeLog: []\n",
                "");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r--r--");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(master))).isEqualTo("rw-rw-r--");
        assertThat(Files.readString(master)).contains("changes/20261129100000_x.yaml");
    }
}
