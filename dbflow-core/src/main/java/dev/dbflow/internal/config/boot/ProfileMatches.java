package dev.dbflow.internal.config.boot;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which profiles selected something of the application's settings: a profile-specific file
 * ({@code application-dev.yml}) or a document activated on it ({@code spring.config.activate.on-profile: dev}).
 * A profile named for dbflow that selects nothing is most often a typo, which Spring Boot itself accepts silently.
 */
final class ProfileMatches {

    private static final List<String> ON_PROFILE = List.of("spring.config.activate.on-profile", "spring.profiles");
    /** A profile expression's names; a negated one ({@code !api-docs}) is not selected by that profile. */
    private static final Pattern PROFILE_NAME = Pattern.compile("(!?)\\s*([^!&|(),\\s]+)");

    private final Binder binder;
    private final Set<String> selected = new HashSet<>();

    ProfileMatches(ConfigurableEnvironment environment, Binder binder) {
        this.binder = binder;
        String name = binder.bind("spring.config.name", Bindable.of(String.class)).orElse("application");
        Pattern profileFile = Pattern.compile("[\\[/]" + Pattern.quote(name) + "-(.+?)\\.(?:properties|ya?ml|xml)]");
        for (PropertySource<?> source : environment.getPropertySources()) {
            Matcher file = profileFile.matcher(source.getName());
            if (file.find()) {
                selected.add(file.group(1));
            }
            for (String key : ON_PROFILE) {
                if (source.getProperty(key) instanceof CharSequence expression) {
                    Matcher names = PROFILE_NAME.matcher(expression);
                    while (names.find()) {
                        if (names.group(1).isEmpty()) {
                            selected.add(names.group(2));
                        }
                    }
                }
            }
        }
    }

    /** Returns the profiles of {@code requested} that select nothing, directly or through their group's members. */
    List<String> unmatched(List<String> requested) {
        List<String> unmatched = new ArrayList<>();
        for (String profile : requested) {
            if (!selectsSomething(profile)) {
                unmatched.add(profile);
            }
        }
        return unmatched;
    }

    private boolean selectsSomething(String profile) {
        Set<String> seen = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(profile));
        while (!pending.isEmpty()) {
            String next = pending.pop();
            if (!seen.add(next)) {
                continue;
            }
            if (selected.contains(next)) {
                return true;
            }
            pending.addAll(binder.bind("spring.profiles.group." + next, Bindable.listOf(String.class))
                    .orElse(List.of()));
        }
        return false;
    }
}
