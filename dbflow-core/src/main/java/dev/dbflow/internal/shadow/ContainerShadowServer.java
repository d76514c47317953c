package dev.dbflow.internal.shadow;

import dev.dbflow.api.InfrastructureException;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** A PostgreSQL container started through Testcontainers, removed when closed. */
final class ContainerShadowServer implements ShadowServer {

    private final PostgreSQLContainer<?> container;
    private final PostgresServer server;

    private ContainerShadowServer(PostgreSQLContainer<?> container) {
        this.container = container;
        this.server = new PostgresServer(container.getHost(), container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getDatabaseName(), container.getUsername(), container.getPassword());
    }

    /**
     * Starts a container from {@code image}.
     *
     * @throws InfrastructureException when there is no Docker engine or the container does not start
     */
    static ContainerShadowServer start(String image, String alternatives) {
        PostgreSQLContainer<?> container;
        try {
            container = new PostgreSQLContainer<>(DockerImageName.parse(image).asCompatibleSubstituteFor("postgres"));
            container.start();
        } catch (RuntimeException e) {
            throw new InfrastructureException("The Testcontainers shadow database (image " + image
                    + ") could not start: " + e.getMessage() + "." + alternatives, e);
        }
        return new ContainerShadowServer(container);
    }

    @Override
    public PostgresServer server() {
        return server;
    }

    @Override
    public String description() {
        return "Testcontainers PostgreSQL (" + container.getDockerImageName() + ")";
    }

    @Override
    public void close() {
        container.stop();
    }
}
