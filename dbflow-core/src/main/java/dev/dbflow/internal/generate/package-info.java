/**
 * The generate job: runs the pipeline load model → shadow → snapshot → compare → classify → render → prove →
 * write, and owns the cleanup of everything it started.
 */
package dev.dbflow.internal.generate;
