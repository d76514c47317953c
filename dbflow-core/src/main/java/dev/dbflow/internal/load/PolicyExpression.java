package dev.dbflow.internal.load;

/**
 * Checks that a {@code @Policy} expression is one SQL expression and nothing more, before dbflow puts it inside
 * {@code USING (…)}: outside string literals, quoted identifiers, dollar quotes and comments it may hold no
 * {@code ;} and no parenthesis that closes dbflow's own (either would let the text run other statements or add
 * clauses). Comments are removed, so a trailing {@code -- comment} cannot swallow the closing parenthesis.
 */
final class PolicyExpression {

    private PolicyExpression() {
    }

    /**
     * Returns the expression without its comments.
     *
     * @throws IllegalArgumentException saying what is wrong, for a statement separator, an unbalanced parenthesis
     *                                  or an unterminated literal, identifier or comment
     */
    static String clean(String expression) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int i = 0;
        int n = expression.length();
        while (i < n) {
            char c = expression.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(expression, i, c);
                out.append(expression, i, end);
                i = end;
            } else if (c == '$' && dollarTag(expression, i) != null) {
                String tag = dollarTag(expression, i);
                int end = expression.indexOf(tag, i + tag.length());
                if (end < 0) {
                    throw new IllegalArgumentException("it opens the dollar quote " + tag + " and never closes it");
                }
                out.append(expression, i, end + tag.length());
                i = end + tag.length();
            } else if (expression.startsWith("--", i)) {
                int end = expression.indexOf('\n', i);
                i = end < 0 ? n : end;
                out.append(' ');
            } else if (expression.startsWith("/*", i)) {
                i = blockCommentEnd(expression, i);
                out.append(' ');
            } else {
                if (c == ';') {
                    throw new IllegalArgumentException("it holds a ';': give one expression, not statements");
                }
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth < 0) {
                    throw new IllegalArgumentException("it closes a parenthesis it did not open");
                }
                out.append(c);
                i++;
            }
        }
        if (depth != 0) {
            throw new IllegalArgumentException("it leaves " + depth + " parenthesis open");
        }
        return out.toString().trim();
    }

    /** The index after the literal or identifier opened at {@code start}; a doubled quote stays inside. */
    private static int closing(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("it opens a " + (quote == '\'' ? "string literal" : "quoted identifier")
                + " and never closes it");
    }

    /** The tag ({@code $$} or {@code $name$}) that starts at {@code start}, or null when none does. */
    private static String dollarTag(String text, int start) {
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        boolean positional = i > start + 1 && Character.isDigit(text.charAt(start + 1));
        return i < text.length() && text.charAt(i) == '$' && !positional ? text.substring(start, i + 1) : null;
    }

    /** The index after the block comment opened at {@code start}; PostgreSQL's block comments nest. */
    private static int blockCommentEnd(String text, int start) {
        int depth = 0;
        int i = start;
        while (i < text.length()) {
            if (text.startsWith("/*", i)) {
                depth++;
                i += 2;
            } else if (text.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("it opens a /* comment and never closes it");
    }
}
