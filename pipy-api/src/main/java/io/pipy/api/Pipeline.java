package io.pipy.api;

/**
 * One running instance of a {@link PipelineLayout}, serving one stream. Feed it events with
 * {@link #input(Event)}; what comes out of its last filter goes to its output target.
 *
 * <p>The owner that instantiated it releases it exactly once when the stream is over; the
 * engine then recycles it, deferring that until any call into it has returned. Events input
 * after release are dropped (and {@link Data} released).
 */
public interface Pipeline extends EventTarget {

  /** The layout this pipeline was made from. */
  PipelineLayout layout();

  /** The context of the stream. */
  Context context();

  /**
   * The chain this pipeline runs in ({@code pipe([...])}, {@code chain([...])}), inherited by its
   * sub-pipelines; {@code null} outside any chain.
   */
  default PipelineChain chain() {
    return null;
  }

  /**
   * Calls {@code listener} once, when this pipeline has been released and its layout's
   * {@code onEnd} handler has run, with what that handler returned (the pipeline's result, as
   * Pipy's {@code spawn()} and {@code process()} promises deliver it; undefined without one).
   */
  default void whenDone(java.util.function.Consumer<Object> listener) {
    throw new UnsupportedOperationException("whenDone is not supported by " + getClass().getSimpleName());
  }

  /** Sends the pipeline's output to {@code output} from now on. */
  void output(EventTarget output);

  /** Ends this pipeline's life; it may be recycled for another stream. */
  void release();
}
