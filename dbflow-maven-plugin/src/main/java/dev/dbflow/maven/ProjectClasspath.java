package dev.dbflow.maven;

import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The classpath the application runs with, as the core loads its entities and settings from it. */
final class ProjectClasspath {

    private ProjectClasspath() {
    }

    /**
     * Returns the compile elements (provided ones included: a Jakarta EE server provides Hibernate, a domain module
     * often declares it provided), then the runtime-only ones, each once, in that order.
     *
     * @throws MojoExecutionException when the goal runs without its dependencies resolved
     */
    static List<Path> of(MavenProject project) throws MojoExecutionException {
        try {
            Set<String> elements = new LinkedHashSet<>(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
            return elements.stream().map(Path::of).toList();
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's classpath is not resolved: " + e.getMessage(), e);
        }
    }
}
