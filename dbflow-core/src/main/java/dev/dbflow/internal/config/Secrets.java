package dev.dbflow.internal.config;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides passwords in text meant for the user: messages, log lines, URLs echoed back in errors.
 */
public final class Secrets {

    /** What a hidden password is replaced with. */
    public static final String MASK = "****";

    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;]password=)[^&;\\s]*");
    private static final Pattern USERINFO_PASSWORD = Pattern.compile("(://[^:/?#@\\s]*:)[^/?#\\s]*@");

    private Secrets() {
    }

    /**
     * Returns {@code text} with every URL password hidden (see {@link #maskUrls(String)}) and every
     * occurrence of {@code password}, as written or percent-encoded, replaced by {@link #MASK}.
     *
     * @param text     any text, or null
     * @param password the password to hide, or null when there is none
     * @return the masked text; null when {@code text} is null
     */
    public static String mask(String text, String password) {
        if (text == null) {
            return null;
        }
        String masked = maskUrls(text);
        if (password == null || password.isEmpty()) {
            return masked;
        }
        String encoded = URLEncoder.encode(password, StandardCharsets.UTF_8);
        masked = masked.replace(password, MASK);
        return encoded.equals(password) ? masked : masked.replace(encoded, MASK);
    }

    /**
     * Returns {@code text} with the value of every {@code password=} URL parameter and the password of
     * every {@code scheme://user:password@host} user-info replaced by {@link #MASK}; the user names stay.
     *
     * @param text any text, or null
     * @return the masked text; null when {@code text} is null
     */
    public static String maskUrls(String text) {
        if (text == null) {
            return null;
        }
        String masked = PASSWORD_PARAMETER.matcher(text).replaceAll("$1" + Matcher.quoteReplacement(MASK));
        return USERINFO_PASSWORD.matcher(masked).replaceAll("$1" + Matcher.quoteReplacement(MASK) + "@");
    }
}
