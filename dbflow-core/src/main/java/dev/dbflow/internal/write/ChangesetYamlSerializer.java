package dev.dbflow.internal.write;

import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.serializer.LiquibaseSerializable;
import liquibase.serializer.core.yaml.YamlChangeLogSerializer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Liquibase's YAML changelog serializer with the changeset laid out as people write it (id, author,
 * comment, changes, runInTransaction when false, rollback). Liquibase 4.33's own serializer nests the rollback as
 * {@code rollback: {rollback: {changes: ...}}}, which its YAML parser then rejects; this writes the
 * {@code rollback:} list of changes the parser reads.
 */
final class ChangesetYamlSerializer extends YamlChangeLogSerializer {

    private static final List<String> CHANGESET_KEYS = List.of("id", "author", "comment", "changes");

    @Override
    @SuppressWarnings("unchecked")
    protected Object toMap(LiquibaseSerializable object) {
        Object map = super.toMap(object);
        if (!(object instanceof ChangeSet changeSet)) {
            return map;
        }
        Map<String, Object> serialized = (Map<String, Object>) ((Map<String, Object>) map).get("changeSet");
        Map<String, Object> body = new LinkedHashMap<>();
        CHANGESET_KEYS.stream().filter(serialized::containsKey).forEach(key -> body.put(key, serialized.get(key)));
        if (!changeSet.isRunInTransaction()) {
            body.put("runInTransaction", false);
        }
        List<Change> rollback = changeSet.getRollback().getChanges();
        if (!rollback.isEmpty()) {
            body.put("rollback", rollback.stream().map(this::toMap).toList());
        }
        return Map.of("changeSet", body);
    }
}
