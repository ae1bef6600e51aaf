/**
 * The service-provider interface of Pipy for the JVM: what a module jar compiles against.
 *
 * <p>A stream is a sequence of {@link io.pipy.api.Event}s: {@link io.pipy.api.Data},
 * {@link io.pipy.api.MessageStart}, {@link io.pipy.api.MessageEnd} and
 * {@link io.pipy.api.StreamEnd}. {@link io.pipy.api.Filter}s transform streams; a
 * {@link io.pipy.api.PipelineLayout} is a chain of filter prototypes built once per worker from
 * a script, and a {@link io.pipy.api.Pipeline} is one instance of it serving one stream.
 *
 * <p>Module jars contribute filters, global objects and host classes through
 * {@link io.pipy.api.PipyModule}, found with {@link java.util.ServiceLoader}.
 *
 * <p><b>Threading.</b> Everything a filter sees happens on the thread of the worker that owns
 * its pipeline. Nothing in this package is thread-safe unless its javadoc says so.
 */
package io.pipy.api;
