package dev.dbflow.internal.generate;

import dev.dbflow.api.GenerateRequest;
import dev.dbflow.api.GenerateResult;
import dev.dbflow.testing.EntityCompiler;
import dev.dbflow.testing.ModelProject;
import dev.dbflow.testing.RecordingListener;
import dev.dbflow.testing.TestShadow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Two generate runs on one changelog at once: the second waits for the first and finds nothing left to write. */
class ConcurrentGenerateTest {

    @TempDir
    Path dir;

    @Test
    void twoRunsAtOnceWriteTheChangeOnce() throws Exception {
        Path classes = EntityCompiler.compile(Map.of("shop/Item.java", """
                package shop;
                @jakarta.persistence.Entity public class Item { @jakarta.persistence.Id Long id; String name; }
                """), dir.resolve("target/classes"));
        Path master = new ModelProject(dir).master();
        GenerateRequest request = new GenerateRequest(classes, List.of(classes), List.of(), "hibernate",
                TestShadow.spec(), master, null, "item", "tester");

        CompletableFuture<GenerateResult> first = CompletableFuture.supplyAsync(() -> run(request, 1));
        CompletableFuture<GenerateResult> second = CompletableFuture.supplyAsync(() -> run(request, 2));

        List<GenerateResult> results = List.of(first.get(), second.get());
        assertThat(results).filteredOn(result -> result.changesetFile().isPresent()).hasSize(1);
        assertThat(results).filteredOn(GenerateResult::noChanges).hasSize(1);
        try (Stream<Path> written = Files.list(master.getParent().resolve("changes"))) {
            assertThat(written).hasSize(1);
        }
    }

    private static GenerateResult run(GenerateRequest request, int minute) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z").plusSeconds(60L * minute), ZoneOffset.UTC);
        return new GenerateJob(new RecordingListener(), clock).run(request);
    }
}
