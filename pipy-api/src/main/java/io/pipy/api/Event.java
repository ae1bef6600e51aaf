package io.pipy.api;

/**
 * One item of a stream. A stream is {@code Data*} interleaved with messages
 * ({@code MessageStart Data* MessageEnd}) and finished by at most one {@link StreamEnd}.
 *
 * <p>{@link MessageStart}, {@link MessageEnd} and {@link StreamEnd} are immutable and may be
 * shared and re-sent freely. {@link Data} is mutable and owns buffers: see its javadoc for the
 * ownership rules.
 */
public sealed interface Event permits Data, MessageStart, MessageEnd, StreamEnd {
}
