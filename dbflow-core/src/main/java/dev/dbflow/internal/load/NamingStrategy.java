package dev.dbflow.internal.load;

import dev.dbflow.api.ConfigurationException;
import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl;

import java.util.Locale;

/**
 * The naming strategy pair Hibernate names tables and columns with, and why it was chosen.
 *
 * @param name     {@code spring}, {@code hibernate} or the custom class name
 * @param physical the physical naming strategy
 * @param implicit the implicit naming strategy
 * @param reason   why this one was chosen, for the log
 */
public record NamingStrategy(String name, PhysicalNamingStrategy physical, ImplicitNamingStrategy implicit,
                             String reason) {

    private static final String SPRING_BOOT_MARKER = "org.springframework.boot.SpringApplication";

    /**
     * Resolves the {@code namingStrategy} setting.
     *
     * @param setting {@code spring}, {@code hibernate}, a class implementing {@link PhysicalNamingStrategy}
     *                or {@link ImplicitNamingStrategy}, or null/blank to choose by classpath
     * @param classes the project's classes, to detect Spring Boot and load a custom class
     * @throws ConfigurationException when a class name cannot be loaded or implements neither interface
     */
    public static NamingStrategy resolve(String setting, ProjectClasses classes) {
        if (setting == null || setting.isBlank()) {
            return classes.has(SPRING_BOOT_MARKER)
                    ? spring("Spring Boot is on the project's classpath; set namingStrategy to override")
                    : hibernate("Spring Boot is not on the project's classpath; set namingStrategy to override");
        }
        return switch (setting.trim().toLowerCase(Locale.ROOT)) {
            case "spring" -> spring("set by namingStrategy");
            case "hibernate" -> hibernate("set by namingStrategy");
            default -> custom(setting.trim(), classes);
        };
    }

    private static NamingStrategy spring(String reason) {
        return new NamingStrategy("spring", new CamelCaseToUnderscoresNamingStrategy(),
                new SpringImplicitNamingStrategy(), reason);
    }

    private static NamingStrategy hibernate(String reason) {
        return new NamingStrategy("hibernate", PhysicalNamingStrategyStandardImpl.INSTANCE,
                ImplicitNamingStrategyJpaCompliantImpl.INSTANCE, reason);
    }

    private static NamingStrategy custom(String className, ProjectClasses classes) {
        Object instance;
        try {
            instance = Class.forName(className, true, classes.loader()).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new ConfigurationException("The setting 'namingStrategy' (-Ddbflow.namingStrategy) is '"
                    + className + "', which is neither 'spring' nor 'hibernate' and cannot be instantiated as a "
                    + "class from the project (" + e + "). Use 'spring', 'hibernate' or the fully qualified name "
                    + "of a public class with a no-argument constructor.", e);
        }
        String reason = "set by namingStrategy";
        if (instance instanceof PhysicalNamingStrategy physical) {
            return new NamingStrategy(className, physical, ImplicitNamingStrategyJpaCompliantImpl.INSTANCE, reason);
        }
        if (instance instanceof ImplicitNamingStrategy implicit) {
            return new NamingStrategy(className, PhysicalNamingStrategyStandardImpl.INSTANCE, implicit, reason);
        }
        throw new ConfigurationException("The setting 'namingStrategy' names " + className + ", which implements "
                + "neither org.hibernate.boot.model.naming.PhysicalNamingStrategy nor ImplicitNamingStrategy.");
    }
}
