package io.pipy.http;

import io.netty.util.concurrent.FastThreadLocal;

/**
 * The HTTP codecs' caches of one worker thread, shared by all its connections: the strings,
 * field lines and header blocks recently parsed and the header lines recently written. One copy
 * per worker stays in the CPU's caches however many connections there are, where a copy per
 * connection (what these were at first) made each request touch cold memory once hundreds of
 * connections were open, and cost memory per connection. Connections of one worker send mostly
 * the same heads anyway (the same clients, the same upstreams).
 *
 * <p>Everything here is used on its thread only. A codec takes the caches of the thread it is
 * made on, which is the worker that runs its pipeline.
 */
final class WorkerCaches {

  private static final FastThreadLocal<WorkerCaches> CACHES = new FastThreadLocal<>() {
    @Override
    protected WorkerCaches initialValue() {
      return new WorkerCaches();
    }
  };

  final ByteStrings strings = new ByteStrings();
  final FieldLines lines = new FieldLines();
  final HeadBlocks blocks = new HeadBlocks();
  final FieldsMemo memo = new FieldsMemo();
  final HeadKeys keys = new HeadKeys();
  /** HTTP/2 heads' field lists and templates of their headers objects. */
  final H2FieldShapes h2Fields = new H2FieldShapes();
  /** The buffer {@link HeadScanner}s gather whole heads in: one array, held in a box so it can grow. */
  final byte[][] scanBuffer = {new byte[512]};
  /** The array {@link HeadWriter}s build heads in. */
  final HeadWriter.Scratch headBuffer = new HeadWriter.Scratch();

  private WorkerCaches() {
  }

  /** The caches of the calling thread. */
  static WorkerCaches current() {
    return CACHES.get();
  }
}
