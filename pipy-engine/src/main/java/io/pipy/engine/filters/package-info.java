/**
 * The engine's generic filters, one class per script name ({@code handleMessage} is
 * {@link io.pipy.engine.filters.HandleMessage}), registered by
 * {@link io.pipy.engine.filters.FiltersModule}.
 *
 * <p>Conventions shared by all of them: a function argument is evaluated per stream with the
 * stream's context; a callback that returns a promise pauses the stream (input queued in
 * order) until it settles; a callback that throws, or a promise that rejects, ends the stream
 * with a {@code RuntimeError} {@code StreamEnd} after logging where it happened, and the worker
 * carries on. Data shown to scripts is a script-held copy; Data taken from scripts is output as
 * a duplicate.
 */
package io.pipy.engine.filters;
