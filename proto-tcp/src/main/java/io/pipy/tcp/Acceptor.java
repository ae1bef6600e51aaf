package io.pipy.tcp;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import io.pipy.api.Log;
import io.pipy.api.Worker;
import java.util.concurrent.TimeUnit;

/**
 * The handler of a listening socket: passes each accepted connection through the
 * {@link ConnectionGate} and on to a worker. With a shared socket the worker is chosen round
 * robin; with SO_REUSEPORT each worker's socket keeps its connections (the kernel balanced them).
 */
final class Acceptor extends ChannelInboundHandlerAdapter {

  /** How long to stop accepting after an accept error, so a full file table does not spin the loop. */
  private static final long ERROR_PAUSE_MILLIS = 1000;

  private final TcpListener listener;
  private final ConnectionGate gate;
  private final Worker own;

  /** @param own the worker that keeps this socket's connections, or null to spread them over all workers */
  Acceptor(TcpListener listener, ConnectionGate gate, Worker own) {
    this.listener = listener;
    this.gate = gate;
    this.own = own;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof Channel child)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    if (gate.enter(child)) listener.serve(child, own);
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    Channel server = ctx.channel();
    Log.error("[listener] error accepting connection on " + listener.describe() + ": " + NetErrors.describe(cause));
    server.config().setAutoRead(false);
    server.eventLoop().schedule(() -> gate.resume(server), ERROR_PAUSE_MILLIS, TimeUnit.MILLISECONDS);
  }
}
