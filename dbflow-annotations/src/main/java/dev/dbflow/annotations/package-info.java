/** Annotations for entities that dbflow reads; this module depends on nothing. */
package dev.dbflow.annotations;
