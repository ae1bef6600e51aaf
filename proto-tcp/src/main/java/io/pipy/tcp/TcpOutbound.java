package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.util.ReferenceCountUtil;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.BindException;
import java.net.InetSocketAddress;

/**
 * The TCP connection of a {@code connect} filter, on the filter's worker event loop.
 *
 * <p>What the filter is given goes to the socket: bytes (queued until connected, up to
 * {@code bufferLimit}), and a {@link StreamEnd} that becomes a FIN (or a close, for an error)
 * once every byte before it is sent. What the socket reads comes out of the filter: bytes, then
 * a normal {@code StreamEnd} on the peer's FIN while our side may still send (half-close), or
 * a {@code StreamEnd} with the error that ended the connection.
 *
 * <p>Back-pressure both ways: while unsent bytes exceed {@code congestionLimit}, the input that
 * feeds them (the client's socket, in a proxy) is paused; and this socket's reads are the
 * input of whatever the filter's output feeds, which pauses them in turn (see {@link InputScope}).
 */
final class TcpOutbound extends Outbound implements ChannelWriter.Owner, ConnectionTimer.Owner {

  private final InputScope scope;
  private final Congestion congestion;
  private final WriteBufferWaterMark waterMark;
  private Channel channel;
  private ChannelTap tap;
  private ChannelWriter writer;
  private ConnectionTimer timer;
  /** Bytes given before the connection is up. */
  private Data queue;
  private StreamEnd queuedEnd;
  private boolean dispatching;
  /** No more will come out of the socket: the peer's FIN, an error, or our close. */
  private boolean inputEnded;
  private boolean closingChannel;

  TcpOutbound(Worker worker, ConnectOptions options, Target target, InetSocketAddress bind,
      EventTarget output, StateListener listener) {
    super(worker, options, target, bind, output, listener);
    this.scope = InputScope.current();
    this.congestion = new Congestion(scope);
    long high = options.congestionLimit() > 0 ? Math.min(options.congestionLimit(), Integer.MAX_VALUE) : Integer.MAX_VALUE;
    this.waterMark = new WriteBufferWaterMark((int) (high / 2), (int) high);
  }

  @Override
  public String protocol() {
    return "TCP";
  }

  @Override
  public long buffered() {
    if (writer != null) return writer.pendingBytes();
    return queue == null ? 0 : queue.size();
  }

  // ---- Input of the filter. ----

  @Override
  void send(Event event) {
    if (event instanceof Data data) {
      if (isClosed() || inputEnded && writer == null || queuedEnd != null) {
        data.release();
      } else if (writer != null) {
        writer.input(data);
      } else {
        enqueue(data);
      }
    } else if (event instanceof StreamEnd end) {
      if (isClosed()) return;
      if (writer != null) {
        writer.input(end);
      } else if (queuedEnd == null) {
        queuedEnd = end;
      }
    }
    // Message boundaries mean nothing to a TCP byte stream.
  }

  private void enqueue(Data data) {
    long limit = options.bufferLimit();
    Data q = queue;
    if (limit > 0 && q != null && q.size() >= limit) {
      data.release();
      overflowed();
      return;
    }
    if (q == null) queue = q = new Data();
    q.push(data);
    if (options.congestionLimit() > 0 && q.size() >= options.congestionLimit()) congestion.begin();
  }

  // ---- Connecting. ----

  @Override
  void connectChannel(InetSocketAddress remote) {
    Channel ch;
    try {
      ch = IoChannels.newSocketChannel(worker.ioTransport(), remote.getAddress());
      ch.config().setOption(ChannelOption.ALLOW_HALF_CLOSURE, true);
      ch.config().setOption(ChannelOption.TCP_NODELAY, options.noDelay());
      ch.config().setOption(ChannelOption.SO_KEEPALIVE, options.keepAlive());
      ch.config().setOption(ChannelOption.CONNECT_TIMEOUT_MILLIS, 0); // our own connectTimeout rules
      ch.config().setWriteBufferWaterMark(waterMark);
      ch.pipeline().addLast(new Handler(ch));
    } catch (RuntimeException e) {
      Log.error(this + " cannot open a socket: " + e);
      fail(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
      return;
    }
    channel = ch;
    loop.register(ch).addListener((ChannelFuture reg) -> {
      if (ch != channel) {
        ch.unsafe().closeForcibly();
        return;
      }
      if (!reg.isSuccess()) {
        connectFailed(StreamEnd.Error.CONNECTION_REFUSED, reg.cause());
        return;
      }
      ch.connect(remote, bind).addListener((ChannelFuture f) -> {
        if (ch != channel) return;
        if (f.isSuccess()) {
          connected((InetSocketAddress) ch.localAddress());
        } else if (NetErrors.root(f.cause()) instanceof BindException) {
          Log.error(this + " cannot bind " + bind + ": " + NetErrors.describe(f.cause()));
          fail(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
        } else {
          connectFailed(StreamEnd.Error.CONNECTION_REFUSED, f.cause());
        }
      });
    });
  }

  @Override
  void abandonChannel() {
    Channel ch = channel;
    channel = null;
    if (ch != null) ch.close();
  }

  @Override
  void onConnected() {
    Channel ch = channel;
    tap = new ChannelTap(ch);
    writer = new ChannelWriter(this, ch, options.bufferLimit(), scope, congestion);
    if (options.hasTimeouts()) {
      timer = new ConnectionTimer(this, options.readTimeoutNanos(), options.writeTimeoutNanos(), options.idleTimeoutNanos());
      timer.start(loop, scope);
    }
    Data q = queue;
    queue = null;
    if (q != null) writer.input(q);
    // Inputs held back for the queue go on once the socket takes the bytes.
    if (ch.isWritable()) congestion.end();
    StreamEnd end = queuedEnd;
    queuedEnd = null;
    if (end != null) writer.input(end);
  }

  @Override
  void closeChannel() {
    closingChannel = true;
    inputEnded = true;
    if (timer != null) timer.cancel();
    if (writer != null) writer.detach();
    congestion.end();
    if (queue != null) {
      queue.release();
      queue = null;
    }
    queuedEnd = null;
    Channel ch = channel;
    channel = null;
    if (ch != null) ch.close();
  }

  // ---- Output of the filter. ----

  /** Hands what the socket gave to the filter's output, with this socket as the input being dispatched. */
  private void feed(Event event) {
    Tap previous = scope.enter(tap);
    try {
      emit(event);
    } finally {
      scope.exit(previous);
    }
  }

  /** Ends the output with {@code error} (unless it has ended already) and closes the socket. */
  private void endWith(StreamEnd.Error error) {
    if (!inputEnded) {
      inputEnded = true;
      feed(StreamEnd.of(error));
    }
    closeNow();
  }

  // ---- Called by the writer and the timer. ----

  @Override
  public boolean dispatching() {
    return dispatching;
  }

  @Override
  public boolean inputEnded() {
    return inputEnded;
  }

  @Override
  public void closeNow() {
    if (closingChannel) return;
    closingChannel = true;
    if (timer != null) timer.cancel();
    Channel ch = channel;
    if (ch != null) ch.close();
  }

  @Override
  public void overflowed() {
    Log.error(this + " buffer overflow");
    if (writer == null) {
      fail(StreamEnd.of(StreamEnd.Error.BUFFER_OVERFLOW)); // not connected yet: stop trying
    } else {
      endWith(StreamEnd.Error.BUFFER_OVERFLOW);
    }
  }

  @Override
  public void outputSeen() {
    if (timer != null) timer.outputSeen();
  }

  @Override
  public void writeFailed(Throwable cause) {
    if (closingChannel) return;
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " error writing to peer: " + NetErrors.describe(cause));
    endWith(NetErrors.writeError(cause));
  }

  @Override
  public long pendingWriteBytes() {
    return writer == null ? 0 : writer.pendingBytes();
  }

  @Override
  public void timedOut(StreamEnd.Error error) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " " + error.scriptName());
    endWith(error);
  }

  /** Whether the socket is registered on the event loop of the filter's worker (for tests). */
  boolean onWorkerLoop() {
    Channel ch = channel;
    return ch != null && ch.eventLoop() == loop && worker.executor() == loop;
  }

  /** Whether reading from the socket is paused for back-pressure (for tests). */
  boolean readingPaused() {
    return tap != null && tap.isClosed();
  }

  /** The socket's events; those of a socket this outbound has given up on are ignored. */
  private final class Handler extends ChannelInboundHandlerAdapter {
    private final Channel ch;

    Handler(Channel ch) {
      this.ch = ch;
    }

    private boolean current() {
      return ch == channel && !closingChannel;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (!(msg instanceof ByteBuf buf) || !current() || inputEnded) {
        ReferenceCountUtil.release(msg);
        return;
      }
      dispatching = true;
      scope.beginRead();
      feed(Data.of(buf));
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
      if (ch != channel) {
        scope.endRead();
        return;
      }
      dispatching = false;
      if (timer != null) timer.inputSeen();
      if (writer != null) writer.flush();
      scope.endRead();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
      if (evt != ChannelInputShutdownEvent.INSTANCE || !current()) return;
      if (timer != null) timer.inputSeen();
      if (!inputEnded) {
        inputEnded = true;
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(TcpOutbound.this + " EOF from peer");
        dispatching = true;
        feed(StreamEnd.normal());
        dispatching = false;
        if (writer != null) writer.flush();
      }
      if (writer != null && writer.shutdown()) closeNow();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (!current()) return;
      if (NetErrors.isNetwork(cause)) {
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(TcpOutbound.this + " error reading from peer: " + NetErrors.describe(cause));
      } else {
        Log.error(TcpOutbound.this + " unexpected error: " + cause);
      }
      endWith(NetErrors.readError(cause));
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      if (ch == channel && writer != null) writer.writabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (ch != channel || writer == null) return;
      if (timer != null) timer.cancel();
      writer.detach();
      if (!inputEnded && !closingChannel) {
        inputEnded = true;
        feed(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET)); // the peer vanished
      }
    }
  }
}
