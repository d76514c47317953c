--liquibase formatted sql

-- rollback review: This rollback drops, with their data: column task.priority
--changeset alice:20260102030405-add-task-priority
--comment: add task priority
ALTER TABLE task ADD priority VARCHAR(20) DEFAULT 'MEDIUM'::character varying NOT NULL;
COMMENT ON COLUMN task.priority IS 'How urgent';
CREATE INDEX ix_task_priority ON task(priority);
--rollback DROP INDEX ix_task_priority;
--rollback ALTER TABLE task DROP COLUMN priority;
