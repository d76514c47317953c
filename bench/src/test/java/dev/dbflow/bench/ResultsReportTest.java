package dev.dbflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsReportTest {

    @TempDir
    Path logs;

    @Test
    void showsMedianSpreadAndRatiosOfMediansWhenEveryRunSucceeded() throws IOException {
        Path cold2 = log("cold-2", "[INFO] Timings: model load 0.50 s, shadow start 1.25 s, changelog apply 0.00 s"
                + " (cached)");
        String report = ResultsReport.report(ResultsReport.read(List.of(
                line(10, "generate-cold", 1, "6.00", 300 * 1024, "no changes", log("cold-1", "")),
                line(10, "generate-warm", 1, "2.00", 250 * 1024, "no changes", log("warm-1", "")),
                line(10, "reference-update", 1, "3.00", 200 * 1024, "applied 11 changesets", log("update-1", "")),
                line(10, "reference-diff", 1, "5.00", 400 * 1024, "diff of 30 changesets", log("diff-1", "")),
                line(10, "generate-cold", 2, "4.00", 310 * 1024, "no changes", cold2),
                line(10, "generate-warm", 2, "2.50", 240 * 1024, "no changes", log("warm-2", "")),
                line(10, "reference-update", 2, "2.00", 210 * 1024, "applied 11 changesets", log("update-2", "")),
                line(10, "reference-diff", 2, "4.00", 390 * 1024, "diff of 30 changesets", log("diff-2", "")),
                line(10, "generate-cold", 3, "9.00", 305 * 1024, "no changes", log("cold-3", "")),
                line(10, "generate-warm", 3, "1.00", 260 * 1024, "no changes", log("warm-3", "")),
                line(10, "reference-update", 3, "4.00", 205 * 1024, "applied 11 changesets", log("update-3", "")),
                line(10, "reference-diff", 3, "6.00", 380 * 1024, "diff of 30 changesets", log("diff-3", "")))),
                List.of("runs per step: 3"));

        assertEquals("""
                ## Wall time and peak memory

                Median and spread (min–max) of the runs' wall times; peak RSS is the highest of the runs.

                | N | step | runs | median (s) | min–max (s) | peak RSS (MB) | outcome |
                |---:|---|---:|---:|---:|---:|---|
                | 10 | dbflow:generate, cold (empty shadow cache) | 3 | 6.00 | 4.00–9.00 | 310 | no changes |
                | 10 | dbflow:generate, warm | 3 | 2.00 | 1.00–2.50 | 260 | no changes |
                | 10 | reference: liquibase:update (changelog apply) | 3 | 3.00 | 2.00–4.00 | 210 | applied 11 changesets |
                | 10 | reference: liquibase:diff with liquibase-hibernate | 3 | 5.00 | 4.00–6.00 | 400 | diff of 30 changesets |
                """, section(report, "## Wall time"));
        // reference = median update 3.00 + median diff 5.00 = 8.00; no after-change step, so n/a.
        assertEquals(List.of("| 10 | 8.00 | 0.75 | 0.25 | n/a |"), rows(report, "## dbflow / reference"));
        // The phases of cold come from run 1 (6.00 s, the median), whose log has no Timings line, not from run 2.
        assertEquals(List.of(
                "| 10 | dbflow:generate, cold (empty shadow cache) | n/a | n/a | n/a | n/a | n/a | n/a | n/a |",
                "| 10 | dbflow:generate, warm | n/a | n/a | n/a | n/a | n/a | n/a | n/a |"),
                rows(report, "## dbflow phases"));
    }

    @Test
    void aStepWithOneFailedRunShowsNoTimeAndTakesPartInNoRatio() throws IOException {
        String report = ResultsReport.report(ResultsReport.read(List.of(
                line(10, "generate-cold", 1, "6.00", 300 * 1024, "no changes", log("cold-1", "")),
                line(10, "reference-update", 1, "3.00", 200 * 1024, "applied 11 changesets", log("update-1", "")),
                line(10, "reference-diff", 1, "5.00", 400 * 1024, "diff of 30 changesets", log("diff-1", "")),
                line(10, "generate-cold", 2, "4.00", 310 * 1024, "FAILED: expected \"No changes\", see 10-cold-2.log",
                        log("cold-2", "")),
                line(10, "reference-update", 2, "2.00", 210 * 1024, "applied 11 changesets", log("update-2", "")),
                line(10, "reference-diff", 2, "0.00", 0, "FAILED (exit 1), see 10-diff-2.log", log("diff-2", "")))),
                List.of());

        assertEquals("""
                ## Wall time and peak memory

                Median and spread (min–max) of the runs' wall times; peak RSS is the highest of the runs.

                | N | step | runs | median (s) | min–max (s) | peak RSS (MB) | outcome |
                |---:|---|---:|---:|---:|---:|---|
                | 10 | dbflow:generate, cold (empty shadow cache) | 2 | — | — | — | FAILED in run 2 of 2: expected \
                "No changes", see 10-cold-2.log |
                | 10 | reference: liquibase:update (changelog apply) | 2 | 2.00 | 2.00–3.00 | 210 | applied 11 changesets |
                | 10 | reference: liquibase:diff with liquibase-hibernate | 2 | — | — | — | FAILED in run 2 of 2 (exit 1), \
                see 10-diff-2.log |
                """, section(report, "## Wall time"));
        assertEquals(List.of(), rows(report, "## dbflow / reference"));
    }

    @Test
    void phasesComeFromTheMedianRun() throws IOException {
        Path median = log("cold-2", "[INFO] Timings: model load 0.50 s, shadow start 1.25 s, changelog apply 0.00 s"
                + " (cached), catalog read 0.10 s, compare 0.02 s, render 0.01 s, proof 0.30 s");
        String report = ResultsReport.report(ResultsReport.read(List.of(
                line(10, "generate-cold", 1, "9.00", 300 * 1024, "no changes", log("cold-1", "[INFO] Timings: model"
                        + " load 9.00 s")),
                line(10, "generate-cold", 2, "6.00", 300 * 1024, "no changes", median),
                line(10, "generate-cold", 3, "5.00", 300 * 1024, "no changes", log("cold-3", "")))), List.of());

        assertEquals(List.of("| 10 | dbflow:generate, cold (empty shadow cache) | 0.50 | 1.25 | 0.00 (cached) | 0.10"
                + " | 0.02 | 0.01 | 0.30 |"), rows(report, "## dbflow phases"));
    }

    private Path log(String name, String content) throws IOException {
        return Files.writeString(logs.resolve(name + ".log"), content + "\n");
    }

    private static String line(int n, String step, int run, String seconds, long rssKb, String outcome, Path log) {
        return String.join("\t", String.valueOf(n), step, String.valueOf(run), seconds, String.valueOf(rssKb),
                outcome, log.toString());
    }

    /** The report from the heading up to the blank line before the next heading. */
    private static String section(String report, String heading) {
        String rest = report.substring(report.indexOf(heading));
        int next = rest.indexOf("\n## ", 1);
        return next < 0 ? rest : rest.substring(0, next);
    }

    /** The rows of the table under the heading, without its header and separator lines. */
    private static List<String> rows(String report, String heading) {
        return section(report, heading).lines().filter(line -> line.startsWith("|")).skip(2).toList();
    }
}
