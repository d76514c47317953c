package dev.dbflow.internal.config.source;

/**
 * One setting as the application sees it.
 *
 * @param value  the value, placeholders resolved as far as the application resolves them (an unresolvable one is
 *               left as written, {@code ${NAME}})
 * @param origin where the value came from, for messages: {@code classpath:config/application.yml},
 *               {@code environment variable SPRING_DATASOURCE_URL}, {@code -Ddbflow.profile}
 */
public record Setting(String value, String origin) {
}
