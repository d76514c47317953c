package dev.dbflow.internal.verify;

import dev.dbflow.api.ChangesetRef;
import dev.dbflow.api.CheckResult;
import dev.dbflow.api.ConfigurationException;
import dev.dbflow.api.DbflowException;
import dev.dbflow.api.DbflowListener;
import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.InfrastructureException;
import dev.dbflow.api.VerifyReport;
import dev.dbflow.api.VerifyRequest;
import dev.dbflow.internal.changelog.BaseChangelogs;
import dev.dbflow.internal.changelog.ChangelogChecks;
import dev.dbflow.internal.changelog.ChangelogLocation;
import dev.dbflow.internal.changelog.ChangelogRoles;
import dev.dbflow.internal.changelog.ChangesetLineage;
import dev.dbflow.internal.changelog.Plural;
import dev.dbflow.internal.changelog.ReversibleStart;
import dev.dbflow.internal.changelog.TargetChecks;
import dev.dbflow.internal.generate.GenerateJob;
import dev.dbflow.internal.shadow.ScratchDatabase;
import dev.dbflow.internal.shadow.ShadowRoles;
import dev.dbflow.internal.shadow.ShadowServer;
import dev.dbflow.internal.shadow.ShadowServers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs every {@code verify} check, reports each to the listener in a fixed order, and writes the JUnit XML and
 * Markdown reports. A failing check never stops the others; a check that cannot run says why.
 */
public final class VerifyJob {

    private final DbflowListener listener;

    public VerifyJob(DbflowListener listener) {
        this.listener = listener;
    }

    /**
     * Runs the checks.
     *
     * @return every check's result and the report files
     * @throws ConfigurationException  before any check runs, when {@code reversibleSince} names no changeset or tag
     * @throws InfrastructureException when the shadow server fails or a report cannot be written
     */
    public VerifyReport run(VerifyRequest request) {
        GenerateRequest project = request.project();
        List<CheckResult> changelogChecks = Files.exists(project.changelog())
                ? changelogChecks(project, request.reversibleSince())
                : List.of(new CheckResult("well formed", CheckResult.Status.FAILED, "no changelog",
                        List.of("The changelog " + project.changelog() + " does not exist: run mvn dbflow:migrate to "
                                + "create it from the entities.")));
        // A changelog that does not build cannot be compared; its own check says why.
        CheckResult inSync = changelogChecks.get(0).status() == CheckResult.Status.FAILED
                && Files.exists(project.changelog())
                ? CheckResult.skipped("in sync", "the changelog is not well formed") : inSync(project);
        List<CheckResult> checks = new ArrayList<>(List.of(inSync));
        checks.addAll(changelogChecks);
        checks.forEach(this::report);
        return write(request.reportDirectory(), checks);
    }

    private CheckResult inSync(GenerateRequest project) {
        try {
            List<String> pending = new GenerateJob(DbflowListener.SILENT).pendingChanges(project);
            if (pending.isEmpty()) {
                return CheckResult.passed("in sync", "the entities match the changelog");
            }
            List<String> details = new ArrayList<>(pending);
            details.add("run mvn dbflow:migrate to write these changes as a changeset");
            return new CheckResult("in sync", CheckResult.Status.FAILED,
                    Plural.of(pending.size(), "change") + " the changelog does not have", details);
        } catch (DbflowException e) {
            return new CheckResult("in sync", CheckResult.Status.FAILED, "the entities could not be compared",
                    List.of(e.getMessage()));
        }
    }

    private List<CheckResult> changelogChecks(GenerateRequest project, String reversibleSince) {
        ChangelogLocation location = ChangelogLocation.of(project.changelog()).withFilter(project.filter());
        ReversibleStart start = ReversibleStart.of(location, reversibleSince);
        List<CheckResult> checks = new ArrayList<>();
        try (ShadowServer shadow = ShadowServers.start(project.shadow(), listener);
             ScratchDatabase formed = ScratchDatabase.create(shadow.server(), "verify");
             ScratchDatabase stairway = ScratchDatabase.create(shadow.server(), "stairway");
             Connection formedConnection = formed.connect();
             Connection stairwayConnection = stairway.connect()) {
            ShadowRoles.ensure(formedConnection, ChangelogRoles.of(location));
            ChangelogChecks changelog = new ChangelogChecks(listener);
            CheckResult wellFormed = changelog.wellFormed(location, formedConnection, start);
            checks.add(wellFormed);
            checks.add(wellFormed.status() == CheckResult.Status.PASSED ? noConflicts(location)
                    : CheckResult.skipped("no conflicts", "the changelog is not well formed"));
            checks.add(wellFormed.status() == CheckResult.Status.PASSED
                    ? reversible(project, changelog, location, stairwayConnection, start)
                    : CheckResult.skipped("reversible", "the changelog is not well formed"));
            if (project.target() == null) {
                for (String name : List.of("unchanged history", "no drift", "safety")) {
                    checks.add(CheckResult.skipped(name, "no target database is configured"));
                }
            } else {
                try (ScratchDatabase history = ScratchDatabase.create(shadow.server(), "history");
                     Connection historyConnection = history.connect()) {
                    checks.addAll(targetChecks(project, location, historyConnection));
                }
            }
        } catch (SQLException e) {
            throw new InfrastructureException("The shadow database failed during verify: " + e.getMessage()
                    + " Try again; if it persists, choose another shadow server with -Ddbflow.shadow.", e);
        }
        return checks;
    }

    /** The stairway, on the base changelogs' schema: the changelog's foreign keys to their tables need them. */
    private CheckResult reversible(GenerateRequest project, ChangelogChecks changelog, ChangelogLocation location,
                                   Connection stairway, ReversibleStart start) {
        return applyBase(project, stairway).map(failure -> new CheckResult("reversible", CheckResult.Status.FAILED,
                "the base changelogs do not build", List.of(failure))).orElseGet(() -> changelog.reversible(location,
                stairway, start));
    }

    /** The target's three checks, the history built on the base changelogs as the target has it. */
    private List<CheckResult> targetChecks(GenerateRequest project, ChangelogLocation location, Connection history) {
        List<ChangesetRef> base;
        try {
            base = BaseChangelogs.resolve(project.baseChangelogs(), project.classpath()).applyTo(history, listener);
        } catch (DbflowException e) {
            return Stream.of("unchanged history", "no drift", "safety")
                    .map(name -> CheckResult.skipped(name, "the base changelogs do not build")).toList();
        }
        return new TargetChecks(listener).check(location, project.target(), history, base);
    }

    /**
     * Applies the project's base changelogs to a scratch database, as the target database has them under its own.
     *
     * @return why they do not build, or empty when they did (or there are none)
     */
    private Optional<String> applyBase(GenerateRequest project, Connection scratch) {
        try {
            BaseChangelogs.resolve(project.baseChangelogs(), project.classpath()).applyTo(scratch, listener);
            return Optional.empty();
        } catch (DbflowException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static CheckResult noConflicts(ChangelogLocation location) {
        ChangesetLineage lineage = ChangesetLineage.of(location);
        if (lineage.conflicts().isEmpty()) {
            return CheckResult.passed("no conflicts", "one head, " + lineage.last());
        }
        List<String> details = new ArrayList<>();
        lineage.conflicts().forEach((parent, heads) -> details.add(String.join(" and ", heads)
                + " were both generated from " + parent + " (branches merged): run mvn dbflow:merge, which checks the"
                + " combined changelog against the entities and records the merge; mvn dbflow:heads lists the heads"));
        return new CheckResult("no conflicts", CheckResult.Status.FAILED, lineage.heads().size() + " heads", details);
    }

    private void report(CheckResult check) {
        String line = VerifyReport.line(check);
        if (check.status() != CheckResult.Status.PASSED && check.status() != CheckResult.Status.SKIPPED) {
            listener.warn(line);
            check.details().forEach(detail -> listener.warn("    " + detail));
        } else {
            listener.info(line);
        }
    }

    private static VerifyReport write(Path directory, List<CheckResult> checks) {
        Path junit = directory.resolve("TEST-dbflow-verify.xml");
        Path markdown = directory.resolve("verify.md");
        try {
            Files.createDirectories(directory);
            Files.writeString(junit, new JUnitReport().render(checks), StandardCharsets.UTF_8);
            Files.writeString(markdown, new MarkdownReport().render(checks), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InfrastructureException("Cannot write the verify reports to " + directory + ": " + e, e);
        }
        return new VerifyReport(checks, junit, markdown);
    }
}
