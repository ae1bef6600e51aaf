package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.util.ArrayDeque;

/**
 * The UDP "connection" of a {@code connect} filter: a connected datagram socket on the filter's
 * worker event loop.
 *
 * <p>Input messages become datagrams (a {@code Data} outside any message is a datagram by
 * itself; see {@link DatagramFramer}); datagrams given before the socket is ready wait, up to
 * {@code bufferLimit} bytes. Each datagram received comes out as one {@code Data}, as in Pipy 1.x
 * (empty ones are ignored, as Pipy does). The input's
 * {@code StreamEnd} ends the output too, as in Pipy, once what was given is sent. Read, write
 * and idle timeouts end the output with that error; the default idle timeout of 60 seconds
 * applies here as well. A peer that answers with ICMP port unreachable ends it with
 * {@code ConnectionRefused}.
 */
final class UdpOutbound extends Outbound implements ConnectionTimer.Owner {

  private final InputScope scope;
  private final Congestion congestion;
  private final DatagramFramer framer = new DatagramFramer(this::datagram);
  private DatagramChannel channel;
  /** The last datagram written; done when every datagram written before it is, too. */
  private ChannelFuture lastWrite;
  private ChannelTap tap;
  private ConnectionTimer timer;
  private final ArrayDeque<Data> queue = new ArrayDeque<>();
  private long queuedBytes;
  private boolean connectedChannel;
  private boolean inputEnded;
  private boolean outputEnded;
  private boolean flushQueued;

  UdpOutbound(Worker worker, ConnectOptions options, Target target, InetSocketAddress bind,
      EventTarget output, StateListener listener) {
    super(worker, options, target, bind, output, listener);
    this.scope = InputScope.current();
    this.congestion = new Congestion(scope);
  }

  @Override
  public String protocol() {
    return "UDP";
  }

  @Override
  public long buffered() {
    return queuedBytes + framer.pending();
  }

  @Override
  void send(Event event) {
    if (isClosed() || inputEnded) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (framer.input(event)) return;
    if (event instanceof StreamEnd) {
      inputEnded = true;
      framer.clear();
      if (connectedChannel) endOutput();
    }
  }

  private void datagram(Data payload) {
    if (!connectedChannel) {
      long limit = options.bufferLimit();
      if (limit > 0 && queuedBytes >= limit) {
        payload.release();
        Log.error(this + " buffer overflow");
        endWith(StreamEnd.Error.BUFFER_OVERFLOW);
        return;
      }
      queue.add(payload);
      queuedBytes += payload.size();
      if (options.congestionLimit() > 0 && queuedBytes >= options.congestionLimit()) congestion.begin();
      return;
    }
    write(payload);
  }

  private void write(Data payload) {
    DatagramChannel ch = channel;
    ByteBuf buf = payload.chunkCount() == 1 ? payload.chunk(0).retain() : ch.alloc().buffer(payload.size());
    if (payload.chunkCount() != 1) {
      for (int i = 0; i < payload.chunkCount(); i++) {
        ByteBuf c = payload.chunk(i);
        buf.writeBytes(c, c.readerIndex(), c.readableBytes());
      }
    }
    payload.release();
    lastWrite = ch.write(buf);
    lastWrite.addListener((ChannelFuture f) -> {
      if (f.isSuccess()) {
        if (timer != null) timer.outputSeen();
      } else if (ch == channel && !isClosed()) {
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " error writing to peer: " + NetErrors.describe(f.cause()));
        endWith(StreamEnd.Error.WRITE_ERROR);
      }
    });
    if (!ch.isWritable()) congestion.begin();
    if (!flushQueued) {
      flushQueued = true;
      loop.execute(() -> {
        flushQueued = false;
        DatagramChannel c = channel;
        if (c != null) c.flush();
      });
    }
  }

  @Override
  void connectChannel(InetSocketAddress remote) {
    DatagramChannel ch;
    try {
      ch = IoChannels.newDatagramChannel(worker.ioTransport(), remote.getAddress());
      ch.config().setRecvByteBufAllocator(new FixedRecvByteBufAllocator(options.maxPacketSize()));
      long high = options.congestionLimit() > 0 ? Math.min(options.congestionLimit(), Integer.MAX_VALUE) : Integer.MAX_VALUE;
      ch.config().setWriteBufferWaterMark(new WriteBufferWaterMark((int) (high / 2), (int) high));
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
      ChannelFuture f = bind == null ? ch.connect(remote) : ch.connect(remote, bind);
      f.addListener((ChannelFuture c) -> {
        if (ch != channel) return;
        if (c.isSuccess()) {
          connected((InetSocketAddress) ch.localAddress());
        } else {
          connectFailed(StreamEnd.Error.CONNECTION_REFUSED, c.cause());
        }
      });
    });
  }

  @Override
  void abandonChannel() {
    DatagramChannel ch = channel;
    channel = null;
    if (ch != null) ch.close();
  }

  @Override
  void onConnected() {
    connectedChannel = true;
    tap = new ChannelTap(channel);
    if (options.hasTimeouts()) {
      timer = new ConnectionTimer(this, options.readTimeoutNanos(), options.writeTimeoutNanos(), options.idleTimeoutNanos());
      timer.start(loop, scope);
    }
    Data d;
    while ((d = queue.poll()) != null) {
      queuedBytes -= d.size();
      write(d);
    }
    queuedBytes = 0;
    if (channel != null && channel.isWritable()) congestion.end();
    if (inputEnded) endOutput();
  }

  /** The input ended: end the output once what was given is sent. */
  private void endOutput() {
    DatagramChannel ch = channel;
    if (ch == null) return;
    // Waits for the last datagram rather than writing an empty buffer after it: io_uring's
    // datagram channel sends an empty buffer as an empty datagram (epoll's skips it).
    Runnable done = () -> {
      if (ch != channel) return;
      if (!outputEnded) {
        outputEnded = true;
        feed(StreamEnd.normal());
      }
      stopChannel();
    };
    ChannelFuture last = lastWrite;
    ch.flush();
    if (last == null || last.isDone()) {
      ch.eventLoop().execute(done);
    } else {
      last.addListener(f -> done.run());
    }
  }

  @Override
  void closeChannel() {
    stopChannel();
    Data d;
    while ((d = queue.poll()) != null) d.release();
    queuedBytes = 0;
    framer.clear();
  }

  private void stopChannel() {
    if (timer != null) timer.cancel();
    congestion.end();
    DatagramChannel ch = channel;
    channel = null;
    lastWrite = null;
    connectedChannel = false;
    if (ch != null) ch.close();
  }

  private void feed(Event event) {
    Tap previous = scope.enter(tap);
    try {
      emit(event);
    } finally {
      scope.exit(previous);
    }
  }

  private void endWith(StreamEnd.Error error) {
    if (!outputEnded) {
      outputEnded = true;
      feed(StreamEnd.of(error));
    }
    stopChannel();
  }

  @Override
  public long pendingWriteBytes() {
    return 0; // datagrams are sent or dropped at once; the write clock is the send clock
  }

  @Override
  public void timedOut(StreamEnd.Error error) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " " + error.scriptName());
    endWith(error);
  }

  private final class Handler extends ChannelInboundHandlerAdapter {
    private final DatagramChannel ch;

    Handler(DatagramChannel ch) {
      this.ch = ch;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ByteBuf content = msg instanceof DatagramPacket p ? p.content().retain() : msg instanceof ByteBuf b ? b.retain() : null;
      ReferenceCountUtil.release(msg);
      if (content == null) return;
      if (ch != channel || outputEnded || isClosed() || !content.isReadable()) {
        content.release();
        return;
      }
      if (timer != null) timer.inputSeen();
      Tap previous = scope.enter(tap);
      try {
        emit(Data.of(content));
      } finally {
        scope.exit(previous);
      }
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
      if (ch != channel) return;
      if (ch.isWritable()) congestion.end();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (ch != channel) return;
      if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(UdpOutbound.this + " error reading from peer: " + NetErrors.describe(cause));
      endWith(NetErrors.root(cause) instanceof PortUnreachableException
          ? StreamEnd.Error.CONNECTION_REFUSED : StreamEnd.Error.READ_ERROR);
    }
  }
}
