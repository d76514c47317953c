package dev.dbflow.internal.badinput;

import dev.dbflow.internal.badinput.BadInputCorpusTest.Case;

import java.util.List;
import java.util.Map;

import static dev.dbflow.internal.badinput.BadInputCorpusTest.APPLIED;
import static dev.dbflow.internal.badinput.BadInputCorpusTest.ITEM;
import static dev.dbflow.internal.badinput.BadInputCorpusTest.MASTER;

/** Malformed changelogs, applied by upgrade (target) or generate (shadow database). */
final class ChangelogInputs {

    private static final String DIR = "src/main/resources/db/changelog/";

    private ChangelogInputs() {
    }

    private static Map<String, String> master(String text) {
        return Map.of(MASTER, text);
    }

    static List<Case> all() {
        return List.of(
                Case.of("YAML master with a syntax error", master("databaseChangeLog:\n  - changeSet: [oops\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is"
                                + " malformed at line 3, column 1: expected ',' or ']', but got <stream end> (while"
                                + " parsing a flow sequence from line 2). Fix the file and run again."),
                Case.of("XML master that is not well formed", Map.of(DIR + "db.changelog-master.xml",
                                "<databaseChangeLog><changeSet id=\"1\" author=\"a\"></databaseChangeLog>"),
                        f -> f.dbflow().upgrade(new dev.dbflow.api.ChangelogRequest(
                                f.project().resolve(DIR + "db.changelog-master.xml"), f.target())),
                                        "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.xml is"
                                + " malformed at line 1, column 20: cvc-elt.1.a: Cannot find the declaration of element"
                                + " 'databaseChangeLog'. Fix the file and run again."),
                Case.of("formatted SQL changeset without an author", Map.of(DIR + "master.sql",
                                "--liquibase formatted sql\n--changeset noauthor\ncreate table a (id int);\n"),
                        f -> f.dbflow().upgrade(new dev.dbflow.api.ChangelogRequest(
                                f.project().resolve(DIR + "master.sql"), f.target())),
                                        "The changelog <dir>/src/main/resources/db/changelog/master.sql is malformed: Unexpected"
                                + " formatting in formatted changelog 'db/changelog/master.sql' at line 2. Formatted"
                                + " SQL"
                                + " changelogs require known formats, such as '--changeset <authorname>:<changesetId>'"
                                + " and"
                                + " others to be recognized and run. Learn all the options at"
                                + " https://docs.liquibase.com/concepts/changelogs/sql-format.html. Fix the file and"
                                + " run"
                                + " again."),
                Case.of("include of a missing file", master("databaseChangeLog:\n  - include:\n      file: missing.yaml\n"
                                + "      relativeToChangelogFile: true\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is"
                                + " malformed: The file db/changelog/missing.yaml was not found in the configured"
                                + " search"
                                + " path: - <dir>/src/main/resources More locations can be added with the 'searchPath'"
                                + " parameter. Fix the file and run again."),
                Case.of("include cycle", Map.of(MASTER, "databaseChangeLog:\n  - include:\n      file: b.yaml\n"
                                + "      relativeToChangelogFile: true\n", DIR + "b.yaml",
                                "databaseChangeLog:\n  - include:\n      file: db.changelog-master.yaml\n"
                                + "      relativeToChangelogFile: true\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml includes"
                                + " itself, directly or through other files (an include cycle), so Liquibase would"
                                + " read it"
                                + " forever. Remove the include that leads back."),
                Case.of("two changesets with one id and author", master(APPLIED + APPLIED.substring(
                                APPLIED.indexOf("  - changeSet"))),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml does not"
                                + " validate against the database '<db>' at localhost:<port>: Validation Failed: 1"
                                + " changesets had duplicate identifiers"
                                + " db/changelog/db.changelog-master.yaml::item::alice. Fix the changelog; never edit a"
                                + " changeset that was already applied, add a new one instead."),
                Case.of("unknown change type", master("databaseChangeLog:\n  - changeSet:\n      id: x\n      author: a\n"
                                + "      changes:\n        - frobnicate: {tableName: x}\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is"
                                + " malformed: Error parsing db/changelog/db.changelog-master.yaml: Unknown change type"
                                + " 'frobnicate'. Check for spelling or capitalization errors and missing extensions"
                                + " such"
                                + " as liquibase-commercial. Fix the file and run again."),
                Case.of("unknown column type", master("databaseChangeLog:\n  - changeSet:\n      id: x\n      author: a\n"
                                + "      changes:\n        - createTable: {tableName: x, columns: [{column: {name: id, "
                                + "type: notatype}}]}\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "Changeset db/changelog/db.changelog-master.yaml::x::a failed on the database '<db>' at"
                                + " localhost:<port>: ERROR: type \"notatype\" does not exist. The statement was:"
                                + " CREATE"
                                + " TABLE public.x (id NOTATYPE). Changesets before it stay applied; fix this changeset"
                                + " (or the database) and run again."),
                Case.of("SQL that PostgreSQL rejects", master("databaseChangeLog:\n  - changeSet:\n      id: x\n"
                                + "      author: a\n      changes:\n        - sql: {sql: selec 1}\n"),
                        f -> f.dbflow().upgrade(f.request()),
                                "Changeset db/changelog/db.changelog-master.yaml::x::a failed on the database '<db>' at"
                                + " localhost:<port>: ERROR: syntax error at or near \"selec\". The statement was:"
                                + " selec"
                                + " 1. Changesets before it stay applied; fix this changeset (or the database) and run"
                                + " again."),
                Case.of("missing master changelog", Map.of(), f -> f.dbflow().upgrade(f.request()),
                        "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml does not"
                                + " exist. Run `mvn dbflow:generate` to create it from your entities, or set the"
                                + " changelog"
                                + " parameter to your master changelog."),
                Case.of("empty master changelog", master(""), f -> f.dbflow().upgrade(f.request()),
                        "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is"
                                + " malformed: Empty file db/changelog/db.changelog-master.yaml. Fix the file and run"
                                + " again."),
                Case.of("master changelog that is a directory", Map.of(MASTER + "/x", ""),
                        f -> f.dbflow().upgrade(f.request()),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is a"
                                + " directory. Set the changelog parameter (-Ddbflow.changelog), or"
                                + " spring.liquibase.change-log, to the master changelog file in it."),
                Case.of("master changelog that is a directory, for generate", Map.of(MASTER + "/x", ""),
                        f -> f.dbflow().generate(f.generate(Map.of("app/Item.java", ITEM), null, null)),
                                "The changelog <dir>/src/main/resources/db/changelog/db.changelog-master.yaml is a"
                                + " directory. Set the changelog parameter (-Ddbflow.changelog), or"
                                + " spring.liquibase.change-log, to the master changelog file in it."),
                Case.of("changelog that does not build on the shadow database", master(
                                "databaseChangeLog:\n  - changeSet:\n      id: x\n      author: a\n      changes:\n"
                                + "        - sql: {sql: alter table nowhere add column a int}\n"),
                        f -> f.dbflow().generate(f.generate(Map.of("app/Item.java", ITEM), null, null)),
                                "Changeset db/changelog/db.changelog-master.yaml::x::a failed on the shadow database:"
                                + " ERROR: relation \"nowhere\" does not exist. The statement was: alter table nowhere"
                                + " add"
                                + " column a int. The changelog must build on an empty database; fix this changeset,"
                                + " then"
                                + " run generate again."));
    }
}
