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

  /** Sends the pipeline's output to {@code output} from now on. */
  void output(EventTarget output);

  /** Ends this pipeline's life; it may be recycled for another stream. */
  void release();
}
