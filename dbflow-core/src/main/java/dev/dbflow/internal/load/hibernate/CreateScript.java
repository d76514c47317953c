package dev.dbflow.internal.load.hibernate;

import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.tool.schema.SourceType;
import org.hibernate.tool.schema.TargetType;
import org.hibernate.tool.schema.internal.ExceptionHandlerHaltImpl;
import org.hibernate.tool.schema.spi.ContributableMatcher;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.SchemaManagementTool;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.hibernate.tool.schema.spi.ScriptSourceInput;
import org.hibernate.tool.schema.spi.ScriptTargetOutput;
import org.hibernate.tool.schema.spi.SourceDescriptor;
import org.hibernate.tool.schema.spi.TargetDescriptor;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's own create DDL for an entity model ({@code hbm2ddl} {@code create}, script target), exactly
 * what {@code spring.jpa.hibernate.ddl-auto=create} would run, as one statement per list element.
 */
public final class CreateScript {

    /**
     * Renders the create script.
     *
     * @param model the entity model
     * @return the statements in Hibernate's order (schemas, sequences, tables, then constraints), without
     *         trailing delimiters
     */
    public List<String> render(EntityModel model) {
        StandardServiceRegistry registry = model.registry();
        Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
        ExecutionOptions options = SchemaManagementToolCoordinator.buildExecutionOptions(settings,
                ExceptionHandlerHaltImpl.INSTANCE);
        List<String> statements = new ArrayList<>();
        registry.requireService(SchemaManagementTool.class).getSchemaCreator(settings)
                .doCreation(model.metadata(), options, ContributableMatcher.ALL, new MetadataSource(),
                        new CollectingTarget(statements));
        return List.copyOf(statements);
    }

    private static final class MetadataSource implements SourceDescriptor {
        @Override
        public SourceType getSourceType() {
            return SourceType.METADATA;
        }

        @Override
        public ScriptSourceInput getScriptSourceInput() {
            return null;
        }
    }

    private static final class CollectingTarget implements TargetDescriptor, ScriptTargetOutput {
        private final List<String> statements;

        CollectingTarget(List<String> statements) {
            this.statements = statements;
        }

        @Override
        public EnumSet<TargetType> getTargetTypes() {
            return EnumSet.of(TargetType.SCRIPT);
        }

        @Override
        public ScriptTargetOutput getScriptTargetOutput() {
            return this;
        }

        @Override
        public void prepare() {
            // Statements are collected in memory; nothing to open.
        }

        @Override
        public void accept(String command) {
            statements.add(command);
        }

        @Override
        public void release() {
            // Nothing to close.
        }
    }
}
