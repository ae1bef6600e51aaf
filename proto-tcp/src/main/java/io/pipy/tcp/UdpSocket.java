package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DatagramChannel;
import io.netty.channel.socket.DatagramPacket;
import io.netty.util.ReferenceCountUtil;
import io.pipy.api.Data;
import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One listening datagram socket of a {@link UdpListener}, on its worker's loop: finds the peer
 * each datagram comes from (making a new one for a new address), feeds it the datagram, and
 * sends what peers output. Sends are flushed once per read batch, or by one task queued behind
 * the current one for sends made at other times.
 */
final class UdpSocket extends ChannelInboundHandlerAdapter {

  private final UdpListener listener;
  private final Worker worker;
  private final PipelineLayout layout;
  private final ListenOptions options;
  private final DatagramChannel channel;
  private final Map<InetSocketAddress, UdpPeer> peers = new HashMap<>();
  private final ChannelTap tap;
  private InputScope scope;
  private Congestion congestion;
  private boolean dispatching;
  private boolean unflushed;
  private boolean flushQueued;
  private final Runnable flushTask = this::runFlushTask;
  private final ChannelFutureListener sendFailed = f -> {
    if (!f.isSuccess() && Log.isEnabled(Log.Level.DEBUG)) Log.debug("[" + describe() + "] error sending a datagram: " + NetErrors.describe(f.cause()));
  };

  UdpSocket(UdpListener listener, Worker worker, PipelineLayout layout, ListenOptions options, DatagramChannel channel) {
    this.listener = listener;
    this.worker = worker;
    this.layout = layout;
    this.options = options;
    this.channel = channel;
    this.tap = new ChannelTap(channel);
  }

  DatagramChannel channel() {
    return channel;
  }

  String describe() {
    return listener.describe();
  }

  @Override
  public void channelRegistered(ChannelHandlerContext ctx) {
    scope = InputScope.current();
    congestion = new Congestion(scope);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof DatagramPacket packet)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    InetSocketAddress sender = packet.sender();
    ByteBuf content = packet.content();
    if (!content.isReadable()) {
      // Pipy ignores empty datagrams: they make no peer and carry nothing.
      packet.release();
      return;
    }
    UdpPeer peer = peers.get(sender);
    if (peer == null) {
      if (!listener.admit()) {
        packet.release();
        return;
      }
      peer = new UdpPeer(this, worker, layout, options, (InetSocketAddress) channel.localAddress(), sender);
      peers.put(sender, peer);
      if (!peer.start()) {
        packet.release();
        return;
      }
    }
    dispatching = true;
    Tap previous = scope.enter(tap);
    try {
      peer.receive(Data.of(content));
    } finally {
      scope.exit(previous);
    }
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    dispatching = false;
    flush();
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (channel.isWritable()) congestion.end();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // An ICMP error for one datagram sent; the socket itself carries on.
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("[" + describe() + "] " + NetErrors.describe(cause));
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    congestion.end();
    List<UdpPeer> all = new ArrayList<>(peers.values());
    for (UdpPeer p : all) p.end(StreamEnd.normal());
  }

  /** Sends {@code payload} to {@code to}; takes over the {@code Data}. */
  void send(Data payload, InetSocketAddress to) {
    if (!channel.isActive()) {
      payload.release();
      return;
    }
    ByteBuf buf;
    if (payload.chunkCount() == 1) {
      buf = payload.chunk(0).retain();
    } else {
      buf = channel.alloc().buffer(payload.size());
      for (int i = 0; i < payload.chunkCount(); i++) {
        ByteBuf c = payload.chunk(i);
        buf.writeBytes(c, c.readerIndex(), c.readableBytes());
      }
    }
    payload.release();
    channel.write(new DatagramPacket(buf, to)).addListener(sendFailed);
    if (!channel.isWritable()) congestion.begin();
    unflushed = true;
    if (!dispatching && !flushQueued) {
      flushQueued = true;
      channel.eventLoop().execute(flushTask);
    }
  }

  private void flush() {
    if (!unflushed) return;
    unflushed = false;
    channel.flush();
  }

  private void runFlushTask() {
    flushQueued = false;
    flush();
  }

  /** A peer's stream is over. */
  void removed(UdpPeer peer) {
    if (peers.remove(peer.remote()) == peer) listener.left();
  }

  /** Peers served by this socket (for tests). */
  int peerCount() {
    return peers.size();
  }
}
