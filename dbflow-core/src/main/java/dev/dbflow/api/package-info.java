/**
 * dbflow's public API: one request record per job, one result record per job, the {@link dev.dbflow.api.Dbflow}
 * facade that runs them, the {@link dev.dbflow.api.DbflowListener} progress callback, and the typed exceptions.
 * It uses JDK types only, so a build-tool adapter needs nothing else.
 */
package dev.dbflow.api;
