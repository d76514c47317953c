package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.api.SafetyOptions;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * A generate with the message {@code add note}, author {@code tester}, at 2026-01-02T03:04:00Z, as the tests of writing
 * into an existing changelog layout run it.
 *
 * @param project  the project whose {@code target/classes} the entities are compiled into
 * @param listener where the run reports
 */
record AddNoteGeneration(Path project, RecordingListener listener) {

    /** Compiles {@code sources} and generates against {@code master}; returns generate's result. */
    GenerateResult run(Path master, Map<String, String> sources) {
        Path classes = EntityCompiler.compile(sources, project.resolve("target/classes"));
        Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:00Z"), ZoneOffset.UTC);
        return new GenerateJob(listener, clock).run(new GenerateRequest(classes, List.of(classes), List.of(),
                "hibernate", TestShadow.spec(), master, null, "add note", "tester", null, null,
                SafetyOptions.strict(), null));
    }
}
