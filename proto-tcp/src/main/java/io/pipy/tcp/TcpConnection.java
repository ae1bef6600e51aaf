package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.KeepAlive;
import io.pipy.api.Log;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.InetSocketAddress;

/**
 * One accepted connection, on its worker's event loop: feeds what the socket reads into a root
 * pipeline and hands the pipeline's output to a {@link ChannelWriter}.
 *
 * <p>The input side follows Pipy's socket: bytes in become {@link Data}; the peer's FIN becomes
 * a normal {@link StreamEnd} while output carries on (half-close); a reset, a read or write
 * failure, a timeout or a buffer overflow becomes a {@code StreamEnd} with that error, fed just
 * before the pipeline is released, after which the connection closes. Exactly one
 * {@code StreamEnd} at most goes in, nothing goes in after it, and the pipeline is released
 * exactly once, when the channel is gone.
 */
final class TcpConnection extends ChannelInboundHandlerAdapter implements ChannelWriter.Owner, ConnectionTimer.Owner {

  private static final String KEEP_ALIVE_REASON = "TCP connection";

  private final TcpListener listener;
  private final Worker worker;
  private final PipelineLayout layout;
  private final ListenOptions options;
  private Channel channel;
  private TcpInbound inbound;
  private Pipeline pipeline;
  private KeepAlive keepAlive;
  private ChannelWriter writer;
  private ConnectionTimer timer;
  private ChannelTap tap;
  private InputScope scope;
  /** Inside a read batch or another event we dispatch: output waits for one flush at its end. */
  private boolean dispatching;
  /** Input may still go into the pipeline (no StreamEnd fed or decided yet). */
  private boolean inputOpen = true;
  /** The error to feed when the channel is gone, decided when the trouble was seen. */
  private StreamEnd.Error endError;
  private boolean closing;
  private boolean finished;

  TcpConnection(TcpListener listener, Worker worker, PipelineLayout layout, ListenOptions options) {
    this.listener = listener;
    this.worker = worker;
    this.layout = layout;
    this.options = options;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    channel = ctx.channel();
    tap = new ChannelTap(channel);
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    inbound = new TcpInbound((InetSocketAddress) channel.localAddress(), (InetSocketAddress) channel.remoteAddress(),
        options.transparent() ? OriginalDestination.of(channel) : null);
    keepAlive = worker.keepAlive(KEEP_ALIVE_REASON);
    scope = InputScope.current();
    writer = new ChannelWriter(this, channel, options.bufferLimit(), scope, new Congestion(scope));
    listener.opened(this);
    Connections.ofThisWorker().opened(inbound);
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " connection accepted");
    try {
      pipeline = layout.instantiate(worker.newContext(inbound), writer);
    } catch (RuntimeException e) {
      Log.error(inbound + " cannot start its pipeline: " + e);
      inputOpen = false;
      close();
      return;
    }
    if (options.hasTimeouts()) {
      timer = new ConnectionTimer(this, options.readTimeoutNanos(), options.writeTimeoutNanos(), options.idleTimeoutNanos());
      timer.start(channel.eventLoop(), scope);
    }
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof ByteBuf buf)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (!inputOpen || closing || pipeline == null) {
      buf.release();
      return;
    }
    dispatching = true;
    scope.beginRead();
    feed(Data.of(buf));
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    dispatching = false;
    if (timer != null) timer.inputSeen();
    if (writer != null) writer.flush();
    if (scope != null) scope.endRead();
  }

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt == ChannelInputShutdownEvent.INSTANCE && !closing) peerClosed();
  }

  /** The peer sent FIN: its side of the stream is over, ours may still have output to send. */
  private void peerClosed() {
    if (timer != null) timer.inputSeen();
    if (inputOpen) {
      inputOpen = false;
      if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " EOF from peer");
      dispatching = true;
      feed(StreamEnd.normal());
      dispatching = false;
      if (writer != null) writer.flush();
    }
    // If our FIN went out already, both directions are done.
    if (writer != null && writer.shutdown()) close();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    if (NetErrors.isNetwork(cause)) {
      if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " error reading from peer: " + NetErrors.describe(cause));
    } else {
      Log.error(inbound + " unexpected error: " + cause);
    }
    endWith(NetErrors.readError(cause));
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (writer != null) writer.writabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    finish();
  }

  @Override
  public void channelUnregistered(ChannelHandlerContext ctx) {
    finish(); // normally done already by channelInactive; this covers a channel that never became active
  }

  // ---- Called by the writer and the timer, on this connection's event loop. ----

  @Override
  public boolean dispatching() {
    return dispatching;
  }

  @Override
  public boolean inputEnded() {
    return !inputOpen;
  }

  @Override
  public void outputSeen() {
    if (timer != null) timer.outputSeen();
  }

  @Override
  public void timedOut(StreamEnd.Error error) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " " + error.scriptName());
    endWith(error);
  }

  @Override
  public void overflowed() {
    Log.error(inbound + " buffer overflow");
    endWith(StreamEnd.Error.BUFFER_OVERFLOW);
  }

  @Override
  public void writeFailed(Throwable cause) {
    if (closing) return; // writes pending when we closed the channel ourselves fail; that is expected
    if (NetErrors.isNetwork(cause)) {
      if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " error writing to peer: " + NetErrors.describe(cause));
    } else {
      Log.error(inbound + " unexpected error writing: " + cause);
    }
    endWith(NetErrors.writeError(cause));
  }

  @Override
  public void closeNow() {
    close();
  }

  /**
   * Closes the connection; unsent output is dropped. The inbound reports its close now, not when
   * the channel goes inactive: on io_uring that waits for the channel's pending operations to be
   * cancelled, and the event loop handles further completions first, so a peer that saw our FIN
   * could open its next connection and have its request served before what this connection held
   * (a balancer's target, and with it a pooled upstream connection) went back. The pipeline is
   * still released when the channel is gone, never from inside a call that came out of it.
   */
  void close() {
    if (closing || channel == null) return;
    closing = true;
    channel.close();
    if (inbound != null) inbound.closed();
  }

  /**
   * Ends the stream with {@code error} (unless it has ended already) and closes. The error is fed
   * when the channel is gone, never from inside a call that came out of the pipeline.
   */
  private void endWith(StreamEnd.Error error) {
    if (inputOpen) {
      inputOpen = false;
      endError = error;
    }
    close();
  }

  private void feed(Event event) {
    Pipeline p = pipeline;
    if (p == null) {
      if (event instanceof Data d) d.release();
      return;
    }
    Tap previous = scope.enter(tap);
    try {
      p.input(event);
    } catch (RuntimeException e) {
      // A filter bug; its pipeline is in an unknown state, so the connection ends here.
      Log.error(inbound + " error in pipeline: " + e);
      inputOpen = false;
      close();
    } finally {
      scope.exit(previous);
    }
  }

  /** The channel is gone: the last input, then the pipeline's release, exactly once. */
  private void finish() {
    if (finished || channel == null) return;
    finished = true;
    if (timer != null) timer.cancel();
    if (writer != null) writer.detach();
    StreamEnd.Error error = endError;
    if (error == null && inputOpen && !closing) error = StreamEnd.Error.CONNECTION_RESET; // the peer vanished
    inputOpen = false;
    if (error != null) feed(StreamEnd.of(error));
    Pipeline p = pipeline;
    pipeline = null;
    if (p != null) p.release();
    if (keepAlive != null) keepAlive.close();
    if (inbound != null) {
      Connections.ofThisWorker().closed(inbound);
      inbound.closed();
    }
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(inbound + " connection closed");
    listener.closed(this);
  }

  // ---- For tests and stats. ----

  /** The inbound this connection reports; null before it is active. */
  TcpInbound inbound() {
    return inbound;
  }

  /** The worker serving this connection. */
  Worker worker() {
    return worker;
  }

  @Override
  public long pendingWriteBytes() {
    ChannelWriter w = writer;
    return w == null ? 0 : w.pendingBytes();
  }

  /** Whether reading is paused for back-pressure. */
  boolean readingPaused() {
    ChannelTap t = tap;
    return t != null && t.isClosed();
  }
}
