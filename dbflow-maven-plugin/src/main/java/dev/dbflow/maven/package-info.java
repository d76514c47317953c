/**
 * The Maven goals. Each one turns its parameters into one core request, makes one
 * {@link dev.dbflow.api.Dbflow} call and prints the result; {@link dev.dbflow.maven.DbflowMojo} holds the shared
 * parameters, the log bridge and the mapping of core failures to Maven's two failure kinds.
 */
package dev.dbflow.maven;
