package dev.dbflow.maven;

import org.apache.maven.shared.utils.logging.MessageUtils;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 9: review lines are coloured only when Maven colours its own output. */
class MavenLogListenerTest {

    @AfterEach
    void plainAgain() {
        MessageUtils.setColorEnabled(false);
    }

    @Test
    void withoutColourTheLinesAreUnchanged() {
        MessageUtils.setColorEnabled(false);

        assertThat(MavenLogListener.styled("  + table task (3 columns)")).isEqualTo("  + table task (3 columns)");
        assertThat(MavenLogListener.styled("  - column task.notes  [DL001]")).isEqualTo("  - column task.notes  [DL001]");
    }

    @Test
    void withColourAddedRemovedAndChangedLinesGetMavensStyles() {
        MessageUtils.setColorEnabled(true);

        assertThat(MavenLogListener.styled("  + table task (3 columns)"))
                .isEqualTo("\u001B[1;32m  + table task (3 columns)\u001B[m");
        assertThat(MavenLogListener.styled("  - column task.notes  [DL001]"))
                .isEqualTo("\u001B[1;31m  - column task.notes  [DL001]\u001B[m");
        assertThat(MavenLogListener.styled("  ~ column task.title: varchar(100) -> varchar(200)"))
                .isEqualTo("\u001B[1;33m  ~ column task.title: varchar(100) -> varchar(200)\u001B[m");
        assertThat(MavenLogListener.styled("Mapped classes: 2")).isEqualTo("Mapped classes: 2");
    }
}
