package io.pipy.tcp;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.channel.ChannelPromise;
import io.netty.channel.VoidChannelPromise;
import io.netty.channel.socket.DuplexChannel;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.StreamEnd;
import java.nio.channels.ClosedChannelException;

/**
 * Where a stream's bytes go to a socket: for an accepted connection its pipeline's output, for
 * {@code connect} the filter's input. Bytes are written to the socket, flushes are coalesced, and
 * the stream's end becomes a FIN (normal end) or a close (error) once every byte before it is
 * written.
 *
 * <p>Back-pressure: when unsent output passes the channel's high-water mark (the
 * {@code congestionLimit}), the input that is feeding this writer (whichever socket's read is
 * being dispatched: see {@link InputScope}) pauses until the output drains below the low-water
 * mark. {@code bufferLimit} is the hard cap beyond which output ends the stream.
 *
 * <p>Flushing: output produced while the connection is dispatching an event (a read batch, the
 * peer's FIN) is flushed once when that dispatch ends; output produced at any other time (a
 * timer, another stream) is flushed when the read batch being dispatched on this worker ends
 * (see {@link InputScope}), or, outside any read batch, by one task queued behind the current one. A flush costs no
 * allocation when the socket takes everything at once, the common case on a proxy's hot path.
 */
final class ChannelWriter implements EventTarget, ChannelFutureListener {

  /** The connection a writer works for. */
  interface Owner {
    /** Whether a read batch or another dispatched event is running, which flushes at its end. */
    boolean dispatching();

    /** Whether the peer's side is over, so our FIN finishes the connection. */
    boolean inputEnded();

    /** Closes the connection now; unsent output is dropped. */
    void closeNow();

    /** Output passed {@code bufferLimit}. */
    void overflowed();

    /** A write completed. */
    void outputSeen();

    /** A write failed. */
    void writeFailed(Throwable cause);
  }

  private final Owner connection;
  private final Channel channel;
  private final long bufferLimit;
  /** Chunk writes report nothing; the flush marker after them reports for the whole batch. */
  private final ChannelPromise quiet;
  /** Hands one chunk's reference to the channel; a field so writes allocate no lambda. */
  private final java.util.function.Consumer<io.netty.buffer.ByteBuf> writeChunk;
  private final Runnable flushTask = this::runQueuedFlush;
  private boolean unflushed;
  private boolean flushQueued;
  private boolean ended;
  private boolean shutdown;
  private boolean detached;
  private final Congestion congestion;
  private final InputScope scope;

  ChannelWriter(Owner connection, Channel channel, long bufferLimit, InputScope scope, Congestion congestion) {
    this.connection = connection;
    this.scope = scope;
    this.channel = channel;
    this.bufferLimit = bufferLimit;
    this.congestion = congestion;
    this.quiet = new VoidChannelPromise(channel, false);
    this.writeChunk = chunk -> channel.write(chunk, quiet);
  }

  @Override
  public void input(Event event) {
    if (event instanceof Data data) {
      write(data);
    } else if (event instanceof StreamEnd end) {
      end(end);
    }
    // MessageStart and MessageEnd frame messages for protocol filters; TCP carries only bytes.
  }

  private void write(Data data) {
    if (ended || detached || data.isEmpty()) {
      data.release();
      return;
    }
    if (bufferLimit > 0 && pendingBytes() >= bufferLimit) {
      data.release();
      ended = true; // nothing more goes out; the connection ends with BufferOverflow
      connection.overflowed();
      return;
    }
    // Each chunk's reference moves to the channel, which releases it once written.
    data.drainTo(writeChunk);
    unflushed = true;
    if (!channel.isWritable()) congestion.begin();
    if (!connection.dispatching() && !flushQueued) {
      flushQueued = true;
      if (!scope.deferFlush(this)) channel.eventLoop().execute(flushTask);
    }
  }

  private void end(StreamEnd end) {
    if (ended) return;
    ended = true;
    if (detached) return;
    unflushed = false;
    // Output is over, so its back-pressure is too.
    congestion.end();
    boolean abort = end.hasError();
    channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFuture f) -> {
      operationComplete(f);
      if (!f.isSuccess() || detached) return;
      if (abort || connection.inputEnded()) {
        connection.closeNow();
      } else {
        shutdown = true;
        ((DuplexChannel) channel).shutdownOutput();
      }
    });
  }

  /**
   * Flushes what was written since the last flush. Usually the socket takes all of it at once,
   * which is reported at once; only when bytes are left waiting for the socket does a marker
   * write behind them (a promise and a listener call) report when they are out, or failed.
   */
  void flush() {
    if (!unflushed || detached) return;
    unflushed = false;
    boolean wasActive = channel.isActive();
    channel.flush();
    if (pendingBytes() > 0) {
      channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(this);
    } else if (channel.isActive()) {
      connection.outputSeen();
    } else if (wasActive) {
      // The write failed and Netty closed the channel; the cause went to the chunks' quiet promises.
      connection.writeFailed(new ClosedChannelException());
    }
  }

  /** The flush queued by {@link #write}: a task on the event loop, or at the end of a read batch ({@link InputScope}). */
  void runQueuedFlush() {
    flushQueued = false;
    flush();
  }

  @Override
  public void operationComplete(ChannelFuture f) {
    if (f.isSuccess()) {
      connection.outputSeen();
    } else {
      connection.writeFailed(f.cause());
    }
  }

  /** Follows the channel's writability: hold inputs back above the high-water mark, let them go below the low one. */
  void writabilityChanged() {
    if (channel.isWritable()) {
      congestion.end();
    } else if (!ended) {
      congestion.begin();
    }
  }

  /** The connection is gone: drop all further output and let the inputs we held back go. */
  void detach() {
    detached = true;
    congestion.end();
  }

  /** Whether the pipeline's output has ended (or was cut off). */
  boolean ended() {
    return ended;
  }

  /** Whether our FIN has been sent. */
  boolean shutdown() {
    return shutdown;
  }

  /** Whether this writer holds some input back. */
  boolean congested() {
    return congestion.active();
  }

  /** Output bytes written to the channel and not yet sent. */
  long pendingBytes() {
    ChannelOutboundBuffer b = channel.unsafe().outboundBuffer();
    return b == null ? 0 : b.totalPendingWriteBytes();
  }
}
