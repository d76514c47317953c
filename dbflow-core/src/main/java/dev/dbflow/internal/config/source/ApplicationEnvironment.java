package dev.dbflow.internal.config.source;

import java.util.List;
import java.util.Map;

/**
 * The settings an application runs with, as its own settings library resolved them.
 *
 * @param library           the library and version that read them, e.g. {@code Spring Boot 3.5.7}
 * @param activeProfiles    the profiles the application runs with, groups expanded, in the library's order
 * @param settings          the settings asked for that are set, by key
 * @param unmatchedProfiles the profiles asked for (or set by the application) that select no file and no document
 */
public record ApplicationEnvironment(String library, List<String> activeProfiles, Map<String, Setting> settings,
                                     List<String> unmatchedProfiles) {

    public ApplicationEnvironment {
        activeProfiles = List.copyOf(activeProfiles);
        settings = Map.copyOf(settings);
        unmatchedProfiles = List.copyOf(unmatchedProfiles);
    }
}
