package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;

import java.util.Locale;
import java.util.Map;

/**
 * The naming strategy pair Hibernate names tables and columns with, by class name (the classes are loaded by the
 * Hibernate that builds the mapping), and why it was chosen.
 *
 * @param name     {@code spring}, {@code hibernate}, or the custom class names
 * @param physical the physical naming strategy class
 * @param implicit the implicit naming strategy class
 * @param reason   why this one was chosen, for the log
 */
public record NamingStrategy(String name, String physical, String implicit, String reason) {

    /** Hibernate's setting for the physical naming strategy, which Spring Boot fills from its own. */
    public static final String PHYSICAL_SETTING = "hibernate.physical_naming_strategy";
    /** Hibernate's setting for the implicit naming strategy, which Spring Boot fills from its own. */
    public static final String IMPLICIT_SETTING = "hibernate.implicit_naming_strategy";

    private static final String SPRING_BOOT_MARKER = "org.springframework.boot.SpringApplication";
    private static final String PHYSICAL_INTERFACE = "org.hibernate.boot.model.naming.PhysicalNamingStrategy";
    private static final String IMPLICIT_INTERFACE = "org.hibernate.boot.model.naming.ImplicitNamingStrategy";
    private static final String SPRING_PHYSICAL = "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy";
    private static final String SPRING_IMPLICIT = "dev.dbflow.internal.load.hibernate.SpringImplicitNamingStrategy";
    private static final String HIBERNATE_PHYSICAL = "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl";
    private static final String HIBERNATE_IMPLICIT =
            "org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl";

    /**
     * Resolves the {@code namingStrategy} setting.
     *
     * @param setting   {@code spring}, {@code hibernate}, a class implementing Hibernate's
     *                  {@code PhysicalNamingStrategy} or {@code ImplicitNamingStrategy}, or null/blank to choose
     *                  by classpath and the application's settings
     * @param settings  the application's Hibernate settings: {@link #PHYSICAL_SETTING} and {@link #IMPLICIT_SETTING}
     *                  replace Spring Boot's defaults when the setting is blank
     * @param classes   the project's classes, to detect Spring Boot
     * @param hibernate the Hibernate that builds the mapping, whose class loader loads a custom class
     * @throws ConfigurationException when a class name cannot be loaded or implements neither interface
     */
    public static NamingStrategy resolve(String setting, Map<String, String> settings, ProjectClasses classes,
                                         HibernateRuntime hibernate) {
        String physical = settings.get(PHYSICAL_SETTING);
        String implicit = settings.get(IMPLICIT_SETTING);
        if (setting == null || setting.isBlank()) {
            boolean spring = classes.declares(SPRING_BOOT_MARKER);
            if (physical == null && implicit == null) {
                return spring ? new NamingStrategy("spring", SPRING_PHYSICAL, SPRING_IMPLICIT,
                        "Spring Boot is on the project's classpath; set namingStrategy to override")
                        : new NamingStrategy("hibernate", HIBERNATE_PHYSICAL, HIBERNATE_IMPLICIT,
                        "Spring Boot is not on the project's classpath; set namingStrategy to override");
            }
            NamingStrategy chosen = new NamingStrategy(
                    (physical == null ? "" : "physical " + physical) + (physical != null && implicit != null ? ", " : "")
                            + (implicit == null ? "" : "implicit " + implicit),
                    physical != null ? physical : spring ? SPRING_PHYSICAL : HIBERNATE_PHYSICAL,
                    implicit != null ? implicit : spring ? SPRING_IMPLICIT : HIBERNATE_IMPLICIT,
                    "from the application's Hibernate naming settings; set namingStrategy to override");
            check(chosen.physical(), PHYSICAL_INTERFACE, hibernate);
            check(chosen.implicit(), IMPLICIT_INTERFACE, hibernate);
            return chosen;
        }
        // Said out loud: the application itself runs with its own naming settings, not with this one.
        String reason = "set by namingStrategy" + (physical == null && implicit == null ? ""
                : ", over the application's " + (physical == null ? "" : PHYSICAL_SETTING + "=" + physical)
                + (physical != null && implicit != null ? " and " : "")
                + (implicit == null ? "" : IMPLICIT_SETTING + "=" + implicit));
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "spring" -> new NamingStrategy("spring", SPRING_PHYSICAL, SPRING_IMPLICIT, reason);
            case "hibernate" -> new NamingStrategy("hibernate", HIBERNATE_PHYSICAL, HIBERNATE_IMPLICIT, reason);
            default -> custom(setting.trim(), hibernate, reason);
        };
    }

    private static NamingStrategy custom(String className, HibernateRuntime hibernate, String reason) {
        Class<?> type = load(className, hibernate, "The setting 'namingStrategy' (-Ddbflow.namingStrategy) is '"
                + className + "', which is neither 'spring' nor 'hibernate' and cannot be instantiated as a class from "
                + "the project", "Use 'spring', 'hibernate' or the fully qualified name of a public class with a "
                + "no-argument constructor.");
        if (implementsInterface(type, PHYSICAL_INTERFACE, hibernate)) {
            return new NamingStrategy(className, className, HIBERNATE_IMPLICIT, reason);
        }
        if (implementsInterface(type, IMPLICIT_INTERFACE, hibernate)) {
            return new NamingStrategy(className, HIBERNATE_PHYSICAL, className, reason);
        }
        throw new ConfigurationException("The setting 'namingStrategy' names " + className + ", which implements "
                + "neither org.hibernate.boot.model.naming.PhysicalNamingStrategy nor ImplicitNamingStrategy.");
    }

    private static void check(String className, String expected, HibernateRuntime hibernate) {
        String where = "The application's Hibernate setting " + (expected.equals(PHYSICAL_INTERFACE)
                ? PHYSICAL_SETTING : IMPLICIT_SETTING) + " is '" + className + "'";
        if (!implementsInterface(load(className, hibernate, where + ", which cannot be loaded as a class from the "
                + "project", "Name a public class with a no-argument constructor, compiled in the project or on its "
                + "classpath."), expected, hibernate)) {
            throw new ConfigurationException(where + ", which does not implement " + expected + ". Name a class "
                    + "that does, or remove the setting.");
        }
    }

    private static Class<?> load(String className, HibernateRuntime hibernate, String message, String advice) {
        try {
            return Class.forName(className, false, hibernate.loader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ConfigurationException(message + " (" + e + "). " + advice, e);
        }
    }

    private static boolean implementsInterface(Class<?> type, String interfaceName, HibernateRuntime hibernate) {
        try {
            return Class.forName(interfaceName, false, hibernate.loader()).isAssignableFrom(type);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Every Hibernate ORM 6 and 7 has " + interfaceName, e);
        }
    }
}
