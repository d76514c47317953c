package dev.dbflow.internal.verify;

import dev.dbflow.api.CheckResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The verify reports: checks in, the exact JUnit XML and Markdown out. */
class ReportWritersTest {

    private static final List<CheckResult> CHECKS = List.of(
            CheckResult.passed("in sync", "the entities match the changelog"),
            new CheckResult("reversible", CheckResult.Status.FAILED, "a changeset does not roll back exactly",
                    List.of("a.yaml::1::x: its rollback leaves <stuff> & more")),
            new CheckResult("safety", CheckResult.Status.WARNING, "1 findings", List.of("DL002 t.c: gone")),
            CheckResult.skipped("no drift", "no target database is configured"));

    @Test
    void junitXml() {
        assertThat(new JUnitReport().render(CHECKS).replace("\r\n", "\n")).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <testsuite errors="0" failures="1" name="dbflow-verify" skipped="1" tests="4">
                  <testcase classname="dbflow.verify" name="in sync"/>
                  <testcase classname="dbflow.verify" name="reversible">
                    <failure message="a changeset does not roll back exactly">a.yaml::1::x: its rollback leaves &lt;stuff&gt; &amp; more</failure>
                  </testcase>
                  <testcase classname="dbflow.verify" name="safety">
                    <system-out>1 findings
                DL002 t.c: gone</system-out>
                  </testcase>
                  <testcase classname="dbflow.verify" name="no drift">
                    <skipped message="no target database is configured"/>
                  </testcase>
                </testsuite>
                """);
    }

    @Test
    void markdown() {
        assertThat(new MarkdownReport().render(CHECKS)).isEqualTo("""
                # dbflow verify

                - ✓ in sync: the entities match the changelog
                - ✗ reversible: a changeset does not roll back exactly
                - ! safety: 1 findings
                - ○ no drift: no target database is configured

                ## reversible

                - a.yaml::1::x: its rollback leaves <stuff> & more

                ## safety

                - DL002 t.c: gone
                """);
    }

    @Test
    void perChangesetOutcomesAreTestCasesOfTheirOwn() {
        CheckResult stairway = new CheckResult("reversible", CheckResult.Status.FAILED, "a changeset does not roll back",
                List.of("b: wrong"), List.of(new CheckResult.Case("a", null), new CheckResult.Case("b", "b: wrong")));

        assertThat(new JUnitReport().render(List.of(stairway)).replace("\r\n", "\n")).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <testsuite errors="0" failures="2" name="dbflow-verify" skipped="0" tests="3">
                  <testcase classname="dbflow.verify" name="reversible">
                    <failure message="a changeset does not roll back">b: wrong</failure>
                  </testcase>
                  <testcase classname="dbflow.verify.reversible" name="a"/>
                  <testcase classname="dbflow.verify.reversible" name="b">
                    <failure message="a changeset does not roll back">b: wrong</failure>
                  </testcase>
                </testsuite>
                """);
    }
}
