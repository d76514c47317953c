package dev.dbflow.internal.write;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where addInclude puts the new include in a master the team wrote, with no database. */
class MasterChangelogTest {

    private static final String OPEN = "<databaseChangeLog xmlns=\"http://www.liquibase.org/xml/ns/dbchangelog\">\n";

    @Test
    void withoutANeedleTheIncludeGoesRightAfterTheLastOneAndBeforeTheCommentsThatFollowIt() {
        String master = OPEN + "  <include file=\"db/a.xml\"/>\n  <!-- <include file=\"db/old.xml\"/> -->\n"
                + "  <!-- keep this last -->\n</databaseChangeLog>\n";

        assertThat(MasterChangelog.addInclude(ChangelogFormat.XML, master, "db/b.xml", null, "master.xml"))
                .isEqualTo(OPEN + "  <include file=\"db/a.xml\"/>\n  <include file=\"db/b.xml\"/>\n"
                        + "  <!-- <include file=\"db/old.xml\"/> -->\n  <!-- keep this last -->\n"
                        + "</databaseChangeLog>\n");
    }

    @Test
    void aChangesetAfterTheLastIncludeKeepsTheNewIncludeAtTheEnd() {
        String master = OPEN + "    <include file=\"db/a.xml\" relativeToChangelogFile=\"false\"/>\n"
                + "    <changeSet id=\"seed\" author=\"team\"><sql>select 1</sql></changeSet>\n"
                + "    <!-- needle: includes go here -->\n</databaseChangeLog>\n";

        assertThat(MasterChangelog.addInclude(ChangelogFormat.XML, master, "db/b.xml", false, "master.xml"))
                .isEqualTo(OPEN + "    <include file=\"db/a.xml\" relativeToChangelogFile=\"false\"/>\n"
                        + "    <changeSet id=\"seed\" author=\"team\"><sql>select 1</sql></changeSet>\n"
                        + "    <!-- needle: includes go here -->\n"
                        + "    <include file=\"db/b.xml\" relativeToChangelogFile=\"false\"/>\n</databaseChangeLog>\n");
    }

    @Test
    void aMasterWithoutIncludesGetsDbflowsIncludeAtTheEnd() {
        assertThat(MasterChangelog.addInclude(ChangelogFormat.YAML, "databaseChangeLog: []\n",
                "changes/20260101000000_x.yaml", true, "db.changelog-master.yaml"))
                .isEqualTo("databaseChangeLog:\n  - include:\n      file: changes/20260101000000_x.yaml\n"
                        + "      relativeToChangelogFile: true\n");
    }
}
