package dev.dbflow.maven;

import java.util.Arrays;
import java.util.List;

/** A list parameter as users give it: as a list in the POM, or comma-separated on the command line. */
final class ListSettings {

    private ListSettings() {
    }

    /**
     * Returns the values, each comma-separated part of each value on its own (as {@code -Ddbflow.x=a,b} arrives),
     * trimmed, blanks dropped.
     *
     * @return the values in the order given; empty for null
     */
    static List<String> split(List<String> values) {
        return values == null ? List.of() : values.stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }
}
