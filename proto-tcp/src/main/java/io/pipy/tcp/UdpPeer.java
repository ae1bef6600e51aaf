package io.pipy.tcp;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Inbound;
import io.pipy.api.Log;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.InetSocketAddress;

/**
 * One peer of a UDP listener: a stream with its own root pipeline. Each datagram from the peer
 * goes in as one {@code Data}, as in Pipy 1.x (Pipy 0.x wrapped it in a message; 1.x scripts
 * such as {@code replaceData(d => new Message(d))} rely on getting bare {@code Data}); each
 * {@code Data} the pipeline outputs goes back as one datagram, and so does each message.
 * The stream is over when the pipeline's output ends, when a timeout fires (the pipeline gets a
 * {@code StreamEnd} with {@code IdleTimeout}, {@code ReadTimeout} or {@code WriteTimeout}) or
 * when the listener closes (a normal {@code StreamEnd}). A later datagram from the same address
 * starts a new stream.
 */
final class UdpPeer implements Inbound, ConnectionTimer.Owner {

  private final long id = TcpInbound.nextId();
  private final UdpSocket socket;
  private final Worker worker;
  private final PipelineLayout layout;
  private final ListenOptions options;
  private final InetSocketAddress local;
  private final InetSocketAddress remote;
  private final DatagramFramer framer = new DatagramFramer(this::datagram);
  private Pipeline pipeline;
  private ConnectionTimer timer;
  private boolean ended;
  private String localText;
  private String remoteText;

  UdpPeer(UdpSocket socket, Worker worker, PipelineLayout layout, ListenOptions options,
      InetSocketAddress local, InetSocketAddress remote) {
    this.socket = socket;
    this.worker = worker;
    this.layout = layout;
    this.options = options;
    this.local = local;
    this.remote = remote;
  }

  /** Starts the stream; false if its pipeline could not start (the peer is then gone). */
  boolean start() {
    Connections.ofThisWorker().opened(this);
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " new peer");
    try {
      pipeline = layout.instantiate(worker.newContext(this), this::output);
    } catch (RuntimeException e) {
      Log.error(this + " cannot start its pipeline: " + e);
      finish();
      return false;
    }
    if (options.hasTimeouts()) {
      timer = new ConnectionTimer(this, options.readTimeoutNanos(), options.writeTimeoutNanos(), options.idleTimeoutNanos());
      timer.start(socket.channel().eventLoop(), InputScope.current());
    }
    return true;
  }

  /** A datagram from the peer. */
  void receive(Data payload) {
    if (ended) {
      payload.release();
      return;
    }
    if (timer != null) timer.inputSeen();
    Pipeline p = pipeline;
    try {
      p.input(payload);
    } catch (RuntimeException e) {
      Log.error(this + " error in pipeline: " + e);
      finish();
    }
  }

  /** What the pipeline outputs. */
  private void output(Event event) {
    if (ended) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (framer.input(event)) return;
    if (event instanceof StreamEnd) finish(); // the pipeline is done with this peer
  }

  private void datagram(Data payload) {
    if (timer != null) timer.outputSeen();
    socket.send(payload, remote);
  }

  /** Ends the stream from outside: {@code end} goes into the pipeline, which is then released. */
  void end(StreamEnd end) {
    if (ended) return;
    Pipeline p = pipeline;
    if (p != null) {
      try {
        p.input(end);
      } catch (RuntimeException e) {
        Log.error(this + " error in pipeline: " + e);
      }
    }
    finish();
  }

  private void finish() {
    if (ended) return;
    ended = true;
    if (timer != null) timer.cancel();
    framer.clear();
    Pipeline p = pipeline;
    pipeline = null;
    if (p != null) p.release();
    socket.removed(this);
    Connections.ofThisWorker().closed(this);
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " peer closed");
  }

  InetSocketAddress remote() {
    return remote;
  }

  @Override
  public long pendingWriteBytes() {
    return 0;
  }

  @Override
  public void timedOut(StreamEnd.Error error) {
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " " + error.scriptName());
    end(StreamEnd.of(error));
  }

  @Override
  public long id() {
    return id;
  }

  @Override
  public String localAddress() {
    if (localText == null) localText = local == null ? "" : IpText.of(local.getAddress());
    return localText;
  }

  @Override
  public int localPort() {
    return local == null ? 0 : local.getPort();
  }

  @Override
  public String remoteAddress() {
    if (remoteText == null) remoteText = IpText.of(remote.getAddress());
    return remoteText;
  }

  @Override
  public int remotePort() {
    return remote.getPort();
  }

  @Override
  public String toString() {
    return "[inbound] UDP [" + remoteAddress() + "]:" + remotePort() + " -> [" + localAddress() + "]:" + localPort();
  }
}
