import dev.dbflow.it.BuildLog

def log = BuildLog.of(basedir)
def changes = new File(basedir, 'src/main/resources/db/changelog/changes')

// First run: refused, nothing written, the message names the finding and the ways forward.
assert log.goalFailures() == [
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:generate (default-cli) " +
        'on project data-loss-refused-then-accepted: generate wrote nothing: the changeset would lose data ' +
        '(DL002 item.legacy_code: dropping the column deletes its values). If a table or column was renamed, ' +
        'declare it (@RenamedFrom on the entity or field, or -Ddbflow.renames="old_table->new_table,' +
        'table.old_column->table.new_column") and the data is kept. To accept the loss, run again with ' +
        '-Ddbflow.acceptDataLoss=DL002:item.legacy_code (or -Ddbflow.allowDataLoss=true for every loss). -> [Help 1]',
        "[ERROR] Failed to execute goal dev.dbflow:dbflow-maven-plugin:${pluginVersion}:generate (default-cli) " +
        'on project data-loss-refused-then-accepted: The property dbflow.allowDataLos (on the command line) is not a ' +
        'dbflow setting: did you mean dbflow.allowDataLoss? Nothing ran. mvn dbflow:help -Ddetail lists every ' +
        'setting of every goal. -> [Help 1]',
]*.toString()
assert !log.contains('\tat ')

// Second run: accepted, one changeset with the drop, its finding in the review and a rollback warning.
def written = changes.list() as List
assert written.size() == 1
def text = new File(changes, written[0]).text
assert text.contains('- dropColumn:') && text.contains('columnName: legacy_code')
assert text.contains('DL002 item.legacy_code: dropping the column deletes its values')
assert text.replaceAll(/\s+/, ' ').contains("message: 'DL002 item.legacy_code: this rollback restores the structure, not the data'")
assert log.contains('[INFO]   - column item.legacy_code  [DL002]')
true
