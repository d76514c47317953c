package dev.dbflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the measurements {@code run.sh} collected into {@code RESULTS.md}: wall time and peak RSS per step,
 * the ratio of each dbflow generate run to the reference, and dbflow's own phase times from its log. A step that
 * failed shows its outcome and no time, and takes part in no ratio.
 *
 * <p>Usage: {@code ResultsReport <results.tsv> <RESULTS.md> <header line>...}, where each line of the TSV is
 * {@code N, step, wall seconds, peak RSS KB, outcome, log file} and each header line (date, cores, versions) is
 * listed at the top.
 */
public final class ResultsReport {

    /** The steps in the order run.sh runs them, with the label the report gives each. */
    private static final Map<String, String> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("generate-cold", "dbflow:generate, cold (empty shadow cache)");
        STEPS.put("generate-warm", "dbflow:generate, warm");
        STEPS.put("generate-changed", "dbflow:generate after one entity changed");
        STEPS.put("verify", "dbflow:verify");
        STEPS.put("reference-update", "reference: liquibase:update (changelog apply)");
        STEPS.put("reference-diff", "reference: liquibase:diff with liquibase-hibernate");
    }

    private static final List<String> GENERATE_RUNS = List.of("generate-cold", "generate-warm", "generate-changed");
    private static final String TIMINGS = "[INFO] Timings:";
    /** The phases dbflow reports, as columns even when no log has them. */
    private static final List<String> KNOWN_PHASES =
            List.of("model load", "shadow start", "changelog apply", "catalog read", "compare", "render", "proof");
    private static final Pattern PHASE = Pattern.compile("([a-z ]+) ([0-9.]+) s( \\(cached\\))?");

    private record Measurement(int n, String step, double seconds, long rssKb, String outcome, Path log) {
        /** A step that failed did not do its job: its time measures nothing and is never shown or compared. */
        boolean failed() {
            return outcome.startsWith("FAILED");
        }
    }

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: ResultsReport <results.tsv> <RESULTS.md> <header line>...");
            System.exit(2);
        }
        List<Measurement> measurements = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] f = line.split("\t", -1);
            measurements.add(new Measurement(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[2]),
                    Long.parseLong(f[3]), f[4], Path.of(f[5])));
        }
        StringBuilder out = new StringBuilder("# dbflow benchmark results\n\n");
        for (int i = 2; i < args.length; i++) {
            out.append("- ").append(args[i]).append('\n');
        }
        out.append('\n').append("Each step is one `mvn -o` run in a fresh JVM on the same generated model, timed with ")
                .append("`/usr/bin/time` (wall time; peak RSS of the Maven JVM). Produced by `bench/run.sh`; ")
                .append("see `bench/README.md`.\n");
        wallTimes(out, measurements);
        ratios(out, measurements);
        phases(out, measurements);
        Files.writeString(Path.of(args[1]), out.toString());
        System.out.println("Wrote " + args[1]);
    }

    private static void wallTimes(StringBuilder out, List<Measurement> measurements) {
        out.append("\n## Wall time and peak memory\n\n| N | step | wall (s) | peak RSS (MB) | outcome |\n")
                .append("|---:|---|---:|---:|---|\n");
        for (int n : sizes(measurements)) {
            for (String step : STEPS.keySet()) {
                find(measurements, n, step).ifPresent(m -> out.append(m.failed()
                        ? String.format(Locale.ROOT, "| %d | %s | — | — | %s |%n", n, STEPS.get(step), m.outcome())
                        : String.format(Locale.ROOT, "| %d | %s | %.2f | %d | %s |%n",
                        n, STEPS.get(step), m.seconds(), m.rssKb() / 1024, m.outcome())));
            }
        }
    }

    private static void ratios(StringBuilder out, List<Measurement> measurements) {
        out.append("\n## dbflow / reference\n\nThe reference is `liquibase:update` plus `liquibase:diff`, ")
                .append("the two runs that together do what one `dbflow:generate` does. ")
                .append("Below 1 means dbflow is faster; a size whose reference failed has no row, a failed run ")
                .append("n/a.\n\n")
                .append("| N | reference (s) | cold / reference | warm / reference | after change / reference |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (int n : sizes(measurements)) {
            Optional<Measurement> update = succeeded(measurements, n, "reference-update");
            Optional<Measurement> diff = succeeded(measurements, n, "reference-diff");
            if (update.isEmpty() || diff.isEmpty()) {
                continue;
            }
            double reference = update.get().seconds() + diff.get().seconds();
            out.append(String.format(Locale.ROOT, "| %d | %.2f", n, reference));
            for (String run : GENERATE_RUNS) {
                out.append(succeeded(measurements, n, run)
                        .map(m -> String.format(Locale.ROOT, " | %.2f", m.seconds() / reference)).orElse(" | n/a"));
            }
            out.append(" |\n");
        }
    }

    private static void phases(StringBuilder out, List<Measurement> measurements) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(KNOWN_PHASES);
        for (int n : sizes(measurements)) {
            for (String run : GENERATE_RUNS) {
                Optional<Measurement> m = succeeded(measurements, n, run);
                if (m.isPresent()) {
                    Map<String, String> phases = phases(m.get().log());
                    names.addAll(phases.keySet());
                    rows.put(n + " | " + STEPS.get(run), phases);
                }
            }
        }
        out.append("\n## dbflow phases (s)\n\nFrom the `Timings:` line `dbflow:generate` prints; n/a where the ")
                .append("plugin did not print it.\n\n| N | run |");
        names.forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---:|---|").append("---:|".repeat(names.size())).append('\n');
        rows.forEach((row, phases) -> {
            out.append("| ").append(row).append(" |");
            names.forEach(name -> out.append(' ').append(phases.getOrDefault(name, "n/a")).append(" |"));
            out.append('\n');
        });
    }

    /** The phase times of one generate run's log, e.g. {@code changelog apply -> 0.00 (cached)}; empty when absent. */
    private static Map<String, String> phases(Path log) throws IOException {
        Map<String, String> phases = new LinkedHashMap<>();
        Files.readAllLines(log).stream().filter(line -> line.startsWith(TIMINGS)).findFirst().ifPresent(line -> {
            Matcher matcher = PHASE.matcher(line.substring(TIMINGS.length()));
            while (matcher.find()) {
                phases.put(matcher.group(1).strip(), matcher.group(2) + (matcher.group(3) == null ? "" : " (cached)"));
            }
        });
        return phases;
    }

    private static Set<Integer> sizes(List<Measurement> measurements) {
        Set<Integer> sizes = new TreeSet<>();
        measurements.forEach(m -> sizes.add(m.n()));
        return sizes;
    }

    private static Optional<Measurement> find(List<Measurement> measurements, int n, String step) {
        return measurements.stream().filter(m -> m.n() == n && m.step().equals(step)).findFirst();
    }

    private static Optional<Measurement> succeeded(List<Measurement> measurements, int n, String step) {
        return find(measurements, n, step).filter(m -> !m.failed());
    }
}
