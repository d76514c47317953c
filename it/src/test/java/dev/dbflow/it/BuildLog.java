package dev.dbflow.it;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an IT case's {@code build.log}, which holds the output of all the case's Maven invocations in order,
 * so {@code verify.groovy} can compare what each goal printed line for line.
 */
public final class BuildLog {

    // "[INFO] --- dbflow-maven-plugin:0.1.0-SNAPSHOT:status (default-cli) @ case ---" (Maven 3.8);
    // Maven 3.9 prints the goal prefix instead of the artifactId.
    private static final Pattern EXECUTION_HEADER = Pattern.compile("\\[INFO] --- [^:\\s]+:[^:\\s]+:(\\S+) \\(.*\\) @ .* ---");
    private static final String SEPARATOR = "[INFO] ------------------------------------------------------------------------";
    // "[INFO] >>> dbflow-maven-plugin:0.1.0-SNAPSHOT:migrate (default-cli) > compile @ case >>>" and its "<<<" twin:
    // Maven's marks around the lifecycle a goal forks, printed between the output of two other goals.
    private static final Pattern FORK = Pattern.compile("\\[INFO] (>>>|<<<) .*");
    // Whichever case first runs a goal copies the plugin's dependencies into the cases' repository, and Maven
    // reports each copy between the goal's header and its output.
    private static final Pattern TRANSFER = Pattern.compile("\\[INFO] Download(ing|ed) from .*");

    private static final Pattern ISO_TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    private static final Pattern SECONDS = Pattern.compile("\\b\\d+\\.\\d\\d s\\b");

    private final List<String> lines;

    private BuildLog(List<String> lines) {
        this.lines = lines;
    }

    /**
     * Reads the case's log.
     *
     * @param basedir the case directory (the {@code basedir} script variable)
     * @throws IOException when {@code build.log} cannot be read
     */
    public static BuildLog of(File basedir) throws IOException {
        return new BuildLog(Files.readAllLines(new File(basedir, "build.log").toPath()));
    }

    /**
     * Returns what each execution of a goal printed, one list of lines per execution in the order they ran:
     * the lines between its {@code --- plugin:version:goal ---} header and the next header, the next {@code >>>} or
     * {@code <<<} mark of a forked lifecycle or the build's closing separator, each with its level prefix (such as
     * {@code [INFO] }), blank lines and dependency downloads left out.
     *
     * @param goal a goal name, e.g. {@code upgrade}
     */
    public List<List<String>> outputsOf(String goal) {
        List<List<String>> outputs = new ArrayList<>();
        List<String> current = null;
        for (String line : lines) {
            Matcher header = EXECUTION_HEADER.matcher(line);
            if (header.matches()) {
                current = header.group(1).equals(goal) ? new ArrayList<>() : null;
                if (current != null) {
                    outputs.add(current);
                }
            } else if (line.equals(SEPARATOR) || FORK.matcher(line).matches()) {
                current = null;
            } else if (current != null && !line.isBlank() && !line.equals("[INFO] ")
                    && !TRANSFER.matcher(line).matches()) {
                current.add(line);
            }
        }
        return outputs;
    }

    /**
     * Returns {@code lines} with every ISO-8601 UTC time to the second, such as {@code 2025-11-29T17:21:21Z},
     * replaced by {@code <time>}, and every duration such as {@code 0.25 s} by {@code <n> s}, so lines that
     * report when a changeset was applied or how long a stage took compare exactly.
     */
    public static List<String> maskTimes(List<String> lines) {
        return lines.stream().map(line -> SECONDS.matcher(ISO_TIME.matcher(line).replaceAll("<time>"))
                .replaceAll("<n> s")).toList();
    }

    /**
     * Returns the lines Maven printed about a failed goal: those starting with
     * {@code [ERROR] Failed to execute goal}.
     */
    public List<String> goalFailures() {
        return lines.stream().filter(line -> line.startsWith("[ERROR] Failed to execute goal")).toList();
    }

    /** Returns true when some line contains {@code text}. */
    public boolean contains(String text) {
        return lines.stream().anyMatch(line -> line.contains(text));
    }
}
