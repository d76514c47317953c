package dev.dbflow.internal.classify;

import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19: a refused generate still shows the changeset it would have written and its timings, and, with a target
 * database, how many of its rows each refused operation would lose or fail on; one refusal names every refused
 * finding of every kind.
 */
class RefusedChangesetTest {

    private static final String OWNER = "package app; @jakarta.persistence.Entity @jakarta.persistence.Table(name = "
            + "\"owners\") public class Owner { @jakarta.persistence.Id Long id; %s }";
    private static final String TIMINGS = "Timings: model load <n> s, shadow start <n> s, changelog apply <n> s, "
            + "catalog read <n> s, compare <n> s, render <n> s, proof <n> s";

    @TempDir
    Path dir;

    /** The lines from the refused changeset's review on, the timings' seconds masked. */
    private static List<String> fromReview(ModelProject project) {
        List<String> lines = project.listener().lines();
        int review = lines.indexOf(lines.stream().filter(line -> line.startsWith("The changeset generate would write"))
                .findFirst().orElseThrow());
        return lines.subList(review, lines.size()).stream()
                .map(line -> line.replaceAll("\\d+\\.\\d\\d s", "<n> s").replace("<n> s (cached)", "<n> s")).toList();
    }

    private static String where(ScratchDatabase db) {
        return "Rows in the database '" + db.name() + "' at " + db.server().host() + ":" + db.server().port()
                + " that the refused operations would lose or fail on:";
    }

    @Test
    void aRefusedDataLossShowsTheReviewTheRowsEachLossTakesAndTheTimings() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(Map.of("app/Owner.java", String.format(OWNER, "@jakarta.persistence.Column(length = 1000) "
                        + "String address; @jakarta.persistence.Column(precision = 10, scale = 2) "
                        + "java.math.BigDecimal amount; String note;"),
                "app/Old.java", "package app; @jakarta.persistence.Entity public class Old { @jakarta.persistence.Id "
                        + "Long id; }"), "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgradeWithRows(db, "insert into owners (id, address, amount, note) values "
                    + "(1, repeat('a', 256), 12345.67, 'x'), (2, repeat('b', 300), 1.5, null), "
                    + "(3, repeat('c', 1000), null, 'y'), (4, 'short', 2, null);"
                    + "insert into old (id) select generate_series(1, 5)");

            assertThatThrownBy(() -> project.generate(Map.of("app/Owner.java", String.format(OWNER,
                            "String address; @jakarta.persistence.Column(precision = 5, scale = 2) "
                                    + "java.math.BigDecimal amount;")), "hibernate", "narrow", null, null, null,
                    SafetyOptions.strict()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("generate wrote nothing: the changeset would lose data (");

            assertThat(fromReview(project)).containsExactly(
                    "The changeset generate would write (4 operations), not written:",
                    "  ~ column owners.address: varchar(1000) -> varchar(255)  [DL003 LK003]",
                    "  ~ column owners.amount: numeric(10,2) -> numeric(5,2)  [DL003 LK003]",
                    "  - column owners.note  [DL002]",
                    "  - table old  [DL001]",
                    where(db),
                    "  DL003 owners.address: 3 rows longer than 255",
                    "  DL003 owners.amount: 1 row whose value does not fit numeric(5,2)",
                    "  DL002 owners.note: 2 rows with a value",
                    "  DL001 old: 5 rows",
                    TIMINGS);
        }
    }

    @Test
    void aRefusedNotNullWithoutBackfillShowsTheReviewTheRowsWithoutAValueAndTheTimings() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(Map.of("app/Owner.java", String.format(OWNER, "String nickname;")), "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgradeWithRows(db, "insert into owners (id, nickname) values (1, null), (2, 'bo'), (3, null)");

            assertThatThrownBy(() -> project.generate(Map.of("app/Owner.java", String.format(OWNER,
                            "@jakarta.persistence.Column(nullable = false) String nickname; "
                                    + "@jakarta.persistence.Column(nullable = false) String code;")), "hibernate",
                    "not null", null, null, null, SafetyOptions.strict()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("generate wrote nothing: owners.code is a NOT NULL column without a "
                            + "default, added to a table that may have rows, and owners.nickname is an existing "
                            + "column made NOT NULL");

            assertThat(fromReview(project)).containsExactly(
                    "The changeset generate would write (2 operations), not written:",
                    "  + column owners.code varchar(255) not null  [DD001]",
                    "  ~ column owners.nickname: null -> not null  [DD001 LK004]",
                    where(db),
                    "  DD001 owners.code: 3 rows without a value for it",
                    "  DD001 owners.nickname: 2 rows holding NULL",
                    TIMINGS);
        }
    }

    @Test
    void aNotNullWithoutBackfillAndADataLossAreRefusedTogetherEachWithItsRows() throws Exception {
        ModelProject project = new ModelProject(dir);
        project.generate(Map.of("app/Owner.java", String.format(OWNER, "String nickname; "
                + "@jakarta.persistence.Column(length = 1000) String address;")), "hibernate", "before");
        try (ScratchDatabase db = TestPostgres.newDatabase()) {
            project.upgradeWithRows(db, "insert into owners (id, nickname, address) values "
                    + "(1, null, repeat('a', 300)), (2, 'bo', repeat('b', 256)), (3, null, 'short'), "
                    + "(4, 'x', repeat('c', 1000)), (5, null, null)");

            assertThatThrownBy(() -> project.generate(Map.of("app/Owner.java", String.format(OWNER,
                            "@jakarta.persistence.Column(nullable = false) String nickname; String address;")),
                    "hibernate", "both", null, null, null, SafetyOptions.strict()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("generate wrote nothing: owners.nickname is an existing column made NOT NULL, which "
                            + "fails while any row holds NULL (DD001). Say what rows holding NULL get with "
                            + "-Ddbflow.backfill=owners.nickname=<SQL value> (quoted for the shell, e.g. "
                            + "-Ddbflow.backfill=\"owners.nickname='unknown'\"), which fills them and then sets NOT "
                            + "NULL; or keep the column nullable. Also, the changeset would lose data (DL003 "
                            + "owners.address: narrowing character varying(1000) to character varying(255) truncates "
                            + "or rejects values that do not fit). To accept the loss, run again with "
                            + "-Ddbflow.acceptDataLoss=DL003:owners.address (or -Ddbflow.allowDataLoss=true for every "
                            + "loss).");

            assertThat(fromReview(project)).containsExactly(
                    "The changeset generate would write (2 operations), not written:",
                    "  ~ column owners.address: varchar(1000) -> varchar(255)  [DL003 LK003]",
                    "  ~ column owners.nickname: null -> not null  [DD001 LK004]",
                    where(db),
                    "  DL003 owners.address: 3 rows longer than 255",
                    "  DD001 owners.nickname: 3 rows holding NULL",
                    TIMINGS);
            try (var files = Files.list(project.master().resolveSibling("changes"))) {
                assertThat(files).hasSize(1);
            }
        }
    }

    @Test
    void withoutATargetTheReviewAndTheTimingsAreShown() {
        ModelProject project = new ModelProject(dir);
        project.generate(Map.of("app/Owner.java", String.format(OWNER, "String note;")), "hibernate", "before");

        assertThatThrownBy(() -> project.generate(Map.of("app/Owner.java", String.format(OWNER, "")), "hibernate",
                "drop", null, null, null, SafetyOptions.strict()))
                .isInstanceOf(ConfigurationException.class);

        assertThat(fromReview(project)).containsExactly(
                "The changeset generate would write (1 operation), not written:",
                "  - column owners.note  [DL002]",
                TIMINGS);
    }
}
