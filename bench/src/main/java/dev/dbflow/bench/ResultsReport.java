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
 * Turns the measurements {@code run.sh} collected into {@code RESULTS.md}: per step the median wall time of its
 * runs with their spread and the highest peak RSS, the ratio of each dbflow generate step's median to the
 * reference's, and dbflow's own phase times from the log of the median run. A step one of whose runs failed shows
 * its outcome and no time, and takes part in no ratio.
 *
 * <p>Usage: {@code ResultsReport <results.tsv> <RESULTS.md> <header line>...}, where each line of the TSV is
 * {@code N, step, run, wall seconds, peak RSS KB, outcome, log file} and each header line (date, cores, runs,
 * versions) is listed at the top.
 */
public final class ResultsReport {

    /** The steps in the order run.sh runs them, with the label the report gives each. */
    private static final Map<String, String> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("bootstrap", "model and initial changelog (not timed)");
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

    private ResultsReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("Usage: ResultsReport <results.tsv> <RESULTS.md> <header line>...");
            System.exit(2);
        }
        List<String> header = List.of(args).subList(2, args.length);
        Files.writeString(Path.of(args[1]), report(read(Files.readAllLines(Path.of(args[0]))), header));
        System.out.println("Wrote " + args[1]);
    }

    /** Returns the runs of each step, in the order of the lines (one line per run, as {@code run.sh} writes them). */
    static List<StepRuns> read(List<String> lines) {
        Map<List<String>, List<StepRuns.Run>> runs = new LinkedHashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            runs.computeIfAbsent(List.of(f[0], f[1]), key -> new ArrayList<>()).add(new StepRuns.Run(
                    Double.parseDouble(f[3]), Long.parseLong(f[4]), f[5], Path.of(f[6])));
        }
        List<StepRuns> steps = new ArrayList<>();
        runs.forEach((nAndStep, stepRuns) ->
                steps.add(new StepRuns(Integer.parseInt(nAndStep.get(0)), nAndStep.get(1), stepRuns)));
        return steps;
    }

    /**
     * Returns the report's Markdown.
     *
     * @throws IOException when the log of a generate step's median run cannot be read for its phase times
     */
    static String report(List<StepRuns> measurements, List<String> header) throws IOException {
        StringBuilder out = new StringBuilder("# dbflow benchmark results\n\n");
        header.forEach(line -> out.append("- ").append(line).append('\n'));
        out.append('\n').append("Each run is one `mvn -o` call in a fresh JVM on the same generated model, timed with ")
                .append("`/usr/bin/time` (wall time; peak RSS of the Maven JVM); each step runs several times, ")
                .append("all steps once before any runs again. Produced by `bench/run.sh`; see `bench/README.md`.\n");
        wallTimes(out, measurements);
        ratios(out, measurements);
        phases(out, measurements);
        return out.toString();
    }

    private static void wallTimes(StringBuilder out, List<StepRuns> measurements) {
        out.append("\n## Wall time and peak memory\n\nMedian and spread (min–max) of the runs' wall times; peak RSS ")
                .append("is the highest of the runs.\n\n")
                .append("| N | step | runs | median (s) | min–max (s) | peak RSS (MB) | outcome |\n")
                .append("|---:|---|---:|---:|---:|---:|---|\n");
        for (int n : sizes(measurements)) {
            for (String step : STEPS.keySet()) {
                find(measurements, n, step).ifPresent(m -> out.append(m.failed()
                        ? String.format(Locale.ROOT, "| %d | %s | %d | — | — | — | %s |%n",
                        n, STEPS.get(step), m.runs().size(), m.outcome())
                        : String.format(Locale.ROOT, "| %d | %s | %d | %.2f | %.2f–%.2f | %d | %s |%n",
                        n, STEPS.get(step), m.runs().size(), m.median().seconds(), m.min(), m.max(),
                        m.peakRssKb() / 1024, m.outcome())));
            }
        }
    }

    private static void ratios(StringBuilder out, List<StepRuns> measurements) {
        out.append("\n## dbflow / reference\n\nThe reference is `liquibase:update` plus `liquibase:diff`, ")
                .append("the two runs that together do what one `dbflow:generate` does; each side is its median. ")
                .append("Below 1 means dbflow is faster; a size whose reference failed has no row, a failed step ")
                .append("n/a.\n\n")
                .append("| N | reference (s) | cold / reference | warm / reference | after change / reference |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        for (int n : sizes(measurements)) {
            Optional<StepRuns> update = succeeded(measurements, n, "reference-update");
            Optional<StepRuns> diff = succeeded(measurements, n, "reference-diff");
            if (update.isEmpty() || diff.isEmpty()) {
                continue;
            }
            double reference = update.get().median().seconds() + diff.get().median().seconds();
            out.append(String.format(Locale.ROOT, "| %d | %.2f", n, reference));
            for (String run : GENERATE_RUNS) {
                out.append(succeeded(measurements, n, run)
                        .map(m -> String.format(Locale.ROOT, " | %.2f", m.median().seconds() / reference))
                        .orElse(" | n/a"));
            }
            out.append(" |\n");
        }
    }

    private static void phases(StringBuilder out, List<StepRuns> measurements) throws IOException {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(KNOWN_PHASES);
        for (int n : sizes(measurements)) {
            for (String run : GENERATE_RUNS) {
                Optional<StepRuns> m = succeeded(measurements, n, run);
                if (m.isPresent()) {
                    Map<String, String> phases = phases(m.get().median().log());
                    names.addAll(phases.keySet());
                    rows.put(n + " | " + STEPS.get(run), phases);
                }
            }
        }
        out.append("\n## dbflow phases (s)\n\nFrom the `Timings:` line `dbflow:generate` prints in its median ")
                .append("run; n/a where the plugin did not print it.\n\n| N | run |");
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

    private static Set<Integer> sizes(List<StepRuns> measurements) {
        Set<Integer> sizes = new TreeSet<>();
        measurements.forEach(m -> sizes.add(m.n()));
        return sizes;
    }

    private static Optional<StepRuns> find(List<StepRuns> measurements, int n, String step) {
        return measurements.stream().filter(m -> m.n() == n && m.step().equals(step)).findFirst();
    }

    private static Optional<StepRuns> succeeded(List<StepRuns> measurements, int n, String step) {
        return find(measurements, n, step).filter(m -> !m.failed());
    }
}
