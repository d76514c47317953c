package dev.dbflow.internal.write;

import dev.dbflow.api.ConfigurationException;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a folder of hand-kept changesets numbers its files ({@code 001-create-authors.xml}, {@code 0007_add_index.yaml}),
 * so that a new file continues the count instead of getting dbflow's timestamp name.
 *
 * @param next      the new file's number: the highest existing one plus one
 * @param width     the digits the existing numbers are zero-padded to; a larger number takes more
 * @param separator what follows the number: {@code -}, {@code _} or {@code .}
 * @param joiner    what joins the words of a name: {@code -} or {@code _}
 */
record FileNumbering(int next, int width, char separator, char joiner) {

    /**
     * A count, a separator, then a name starting with a letter. Seven digits at most: eight or more are a date or time
     * stamp ({@code yyyyMMdd}, dbflow's and JHipster's {@code yyyyMMddHHmmss}), and a name starting with a digit
     * ({@code 2024_01_05_x}, {@code 1.0.0-x}) is a date or version, none of them a count to continue.
     */
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,7})([-_.])([A-Za-z][^/]*)\\.[A-Za-z]+");

    /**
     * Reads the numbering of a folder's changeset files.
     *
     * @param files  the files, named relative to the folder, in the order the master runs them
     * @param byName whether the master runs them by name (an includeAll), so the new name must sort after all of them
     * @param folder the folder, as the message of the exception names it
     * @return the numbering, or null when there are no files or the last one is not numbered (then dbflow's timestamp
     *         names go on)
     * @throws ConfigurationException when {@code byName} and the next number would sort before an existing file, as
     *                                {@code 100-x} sorts before {@code 99-y}
     */
    static FileNumbering of(List<String> files, boolean byName, String folder) {
        if (files.isEmpty() || !NUMBERED.matcher(files.get(files.size() - 1)).matches()) {
            return null;
        }
        int highest = -1;
        String digits = "";
        char separator = '_';
        for (String file : files) {
            Matcher numbered = NUMBERED.matcher(file);
            if (numbered.matches() && Integer.parseInt(numbered.group(1)) >= highest) {
                highest = Integer.parseInt(numbered.group(1));
                digits = numbered.group(1);
                separator = numbered.group(2).charAt(0);
            }
        }
        FileNumbering numbering = new FileNumbering(highest + 1, digits.length(), separator, joiner(files, separator));
        String prefix = numbering.number() + separator;
        String after = files.stream().filter(file -> prefix.compareTo(file) < 0).findFirst().orElse(null);
        if (byName && after != null) {
            throw new ConfigurationException("Cannot name the new changeset in " + folder + "/: its files are "
                    + "numbered, and the next name, " + prefix + "…, sorts before " + after + ", so the master's "
                    + "includeAll, which runs the folder's files in the order of their names, would run the new "
                    + "changeset before changesets it was generated after. Give the existing numbers leading zeros up to "
                    + numbering.number().length() + " digits (a renamed file is recorded under a new FILENAME, "
                    + "so update DATABASECHANGELOG to match), or include the files one by one; nothing was written.");
        }
        return numbering;
    }

    /** Returns whether {@code fileName} is numbered the way this class continues, as {@code 003-add-note.xml} is. */
    static boolean numbered(String fileName) {
        return NUMBERED.matcher(fileName).matches();
    }

    /**
     * Returns the new file's name without its extension: the number, the separator, and the words of {@code slug}
     * (joined by underscores) joined by {@link #joiner}.
     */
    String name(String slug) {
        return number() + separator + slug.replace('_', joiner);
    }

    private String number() {
        return String.format(Locale.ROOT, "%0" + width + "d", next);
    }

    /**
     * The joiner of the newest name that uses only one of {@code -} and {@code _}; for names of one word each, the
     * separator after the number when it is one of them (so {@code 001-init} is followed by {@code 002-add-note}).
     */
    private static char joiner(List<String> files, char separator) {
        for (int i = files.size() - 1; i >= 0; i--) {
            Matcher numbered = NUMBERED.matcher(files.get(i));
            if (numbered.matches()) {
                String name = numbered.group(3);
                boolean dash = name.indexOf('-') >= 0;
                if (dash != name.indexOf('_') >= 0) {
                    return dash ? '-' : '_';
                }
            }
        }
        return separator == '-' ? '-' : '_';
    }
}
