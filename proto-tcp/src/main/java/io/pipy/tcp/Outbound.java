package io.pipy.tcp;

import io.netty.channel.EventLoop;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.KeepAlive;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The connection a {@code connect} filter makes, as scripts see it: given to the
 * {@code onState} callback and listed by {@code pipy.outbound.forEach}.
 *
 * <p>It goes through Pipy's states: {@code idle}, {@code resolving} (host names only),
 * {@code open} (a socket exists), {@code connecting}, {@code connected} and, once the filter lets
 * go of it, {@code closed}. A failed attempt goes back to {@code idle} and is retried
 * {@code retryCount} times after {@code retryDelay}; the last failure ends the filter's output
 * with {@code ConnectionRefused}, {@code ConnectionTimeout} or {@code CannotResolve}.
 *
 * <p>Everything happens on the worker that runs the filter; none of it is thread-safe.
 */
public abstract class Outbound {

  /** The states, with the names scripts see. */
  public enum State {
    IDLE, OPEN, RESOLVING, CONNECTING, CONNECTED, CLOSED;

    private final String scriptName = name().toLowerCase(Locale.ROOT);

    /** The name scripts see, such as {@code "connecting"}. */
    public String scriptName() {
      return scriptName;
    }
  }

  /** Told of every state change; returning false (the script callback failed) abandons the connection. */
  @FunctionalInterface
  interface StateListener {
    boolean changed(Outbound outbound);
  }

  private static final AtomicLong IDS = new AtomicLong();

  private final long id = IDS.incrementAndGet();
  final Worker worker;
  final EventLoop loop;
  final ConnectOptions options;
  final Target target;
  final InetSocketAddress bind;
  private final EventTarget output;
  private final StateListener listener;
  private State state = State.IDLE;
  private boolean closed;
  /** A StreamEnd went out; nothing follows it. */
  private boolean outputEnded;
  private boolean notifying;
  private int retries;
  private double connectionTimeMillis;
  private long attemptStart;
  /** Counts attempts, so answers to an abandoned one (a late lookup, a timer) are ignored. */
  private int attempt;
  private ScheduledFuture<?> connectTimer;
  private ScheduledFuture<?> retryTimer;
  private InetAddress remote;
  private InetSocketAddress local;
  private String remoteText;
  private String localText;
  private KeepAlive keepAlive;

  Outbound(Worker worker, ConnectOptions options, Target target, InetSocketAddress bind,
      EventTarget output, StateListener listener) {
    this.worker = worker;
    this.loop = (EventLoop) worker.executor();
    this.options = options;
    this.target = target;
    this.bind = bind;
    this.output = output;
    this.listener = listener;
  }

  // ---- What scripts see. ----

  /** A number unique among the process's outbound connections. */
  public long id() {
    return id;
  }

  /** {@code "TCP"} or {@code "UDP"}. */
  public abstract String protocol();

  /** The state. */
  public State state() {
    return state;
  }

  /** The host as the target named it. */
  public String host() {
    return target.host();
  }

  /** The target port. */
  public int port() {
    return target.port();
  }

  /** {@code [host]:port}, Pipy's label of the target. */
  public String address() {
    return "[" + target.host() + "]:" + target.port();
  }

  /** The local IP once connected (or bound), else an empty string. */
  public String localAddress() {
    if (localText == null) {
      if (local == null) return "";
      localText = IpText.of(local.getAddress());
    }
    return localText;
  }

  /** The local port once connected (or bound), else 0. */
  public int localPort() {
    return local == null ? 0 : local.getPort();
  }

  /** The IP connected to, once known, else an empty string. */
  public String remoteAddress() {
    if (remoteText == null) {
      if (remote == null) return "";
      remoteText = IpText.of(remote);
    }
    return remoteText;
  }

  /** The port connected to. */
  public int remotePort() {
    return target.port();
  }

  /** How many times connecting was retried. */
  public int retries() {
    return retries;
  }

  /** Milliseconds spent connecting, summed over the attempts that succeeded. */
  public double connectionTime() {
    return connectionTimeMillis;
  }

  /** Unsent bytes. */
  public abstract long buffered();

  /**
   * Ends the connection from a script ({@code outbound.close()}): the filter's output ends with
   * {@code ConnectionAborted} and the socket closes.
   */
  public void abort() {
    emit(StreamEnd.of(StreamEnd.Error.CONNECTION_ABORTED));
    close();
  }

  /** Pipy's label for logs: {@code [outbound] [local]:port -> [remote]:port (host)}. */
  @Override
  public String toString() {
    String l = localAddress();
    return "[outbound] [" + (l.isEmpty() ? "0.0.0.0" : l) + "]:" + localPort() + " -> ["
        + remoteAddress() + "]:" + remotePort() + " (" + target.host() + ")";
  }

  // ---- The filter's side. ----

  /** Starts connecting. */
  final void start() {
    Connections.ofThisWorker().opened(this);
    keepAlive = worker.keepAlive(protocol() + " outbound");
    attempt();
  }

  /** An event of the filter's input, to send once connected. */
  abstract void send(Event event);

  /**
   * Lets go of the connection without a word to the filter's output: the socket closes, unsent
   * bytes are dropped, the state becomes {@code closed}. Done when the filter is reset.
   */
  public final void close() {
    if (closed) return;
    closed = true;
    attempt++;
    cancelTimers();
    closeChannel();
    Connections.ofThisWorker().closed(this);
    if (keepAlive != null) keepAlive.close();
    state(State.CLOSED);
  }

  /** Whether {@link #close()} was called. */
  final boolean isClosed() {
    return closed;
  }

  // ---- The protocol's side. ----

  /** Opens a socket to {@code remote} (bound to {@link #bind} if set) and connects it. */
  abstract void connectChannel(InetSocketAddress remote);

  /** Drops the socket of a failed attempt. */
  abstract void abandonChannel();

  /** The socket is connected; start moving bytes. */
  abstract void onConnected();

  /** Closes the socket for good. */
  abstract void closeChannel();

  /** Hands {@code event} to the filter's output, unless the connection was let go or the output has ended. */
  final void emit(Event event) {
    if (closed || outputEnded) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (event instanceof StreamEnd) outputEnded = true;
    output.input(event);
  }

  /** The socket connected, with {@code localAddress}. */
  final void connected(InetSocketAddress localAddress) {
    if (closed) return;
    cancel(connectTimer);
    connectTimer = null;
    local = localAddress;
    localText = null;
    double millis = (System.nanoTime() - attemptStart) / 1e6;
    connectionTimeMillis += millis;
    if (Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " connected in " + millis + " ms");
    if (!state(State.CONNECTED)) return;
    onConnected();
  }

  /** The attempt failed with {@code error}: retry, or end the stream when out of retries. */
  final void connectFailed(StreamEnd.Error error, Throwable cause) {
    if (closed) return;
    if (Log.isEnabled(Log.Level.DEBUG)) {
      Log.debug(this + (error == StreamEnd.Error.CANNOT_RESOLVE ? " cannot resolve hostname" : " cannot connect")
          + (cause == null ? ": " + error.scriptName() : ": " + NetErrors.describe(cause)));
    }
    attempt++;
    cancel(connectTimer);
    connectTimer = null;
    abandonChannel();
    int limit = options.retryCount();
    if (limit >= 0 && retries >= limit) {
      emit(StreamEnd.of(error));
      close();
      return;
    }
    retries++;
    if (!state(State.IDLE)) return;
    long delay = options.retryDelayNanos();
    try {
      if (delay > 0) {
        retryTimer = loop.schedule(this::retry, delay, TimeUnit.NANOSECONDS);
      } else {
        loop.execute(this::retry);
      }
    } catch (RejectedExecutionException e) {
      // The worker is shutting down.
    }
  }

  /** A failure after which nothing can go on: end the filter's output with {@code end} and let go. */
  final void fail(StreamEnd end) {
    emit(end);
    close();
  }

  /** Records the local address once bound. */
  final void localAddress(InetSocketAddress address) {
    local = address;
    localText = null;
  }

  private void retry() {
    retryTimer = null;
    if (!closed && state == State.IDLE) attempt();
  }

  private void attempt() {
    int current = ++attempt;
    attemptStart = System.nanoTime();
    if (retries > 0 && Log.isEnabled(Log.Level.DEBUG)) Log.debug(this + " retry connecting... (retries = " + retries + ")");
    long timeout = options.connectTimeoutNanos();
    if (timeout > 0) {
      connectTimer = loop.schedule(() -> {
        if (current == attempt && !closed && state != State.CONNECTED) connectFailed(StreamEnd.Error.CONNECTION_TIMEOUT, null);
      }, timeout, TimeUnit.NANOSECONDS);
    }
    if (target.ip() != null) {
      open(target.ip());
      return;
    }
    if (!state(State.RESOLVING)) return;
    Resolver.resolve(target.host(), loop, (address, failure) -> {
      if (current != attempt || closed) return;
      if (failure != null) {
        connectFailed(StreamEnd.Error.CANNOT_RESOLVE, failure);
      } else {
        open(address);
      }
    });
  }

  private void open(InetAddress address) {
    remote = address;
    remoteText = null;
    int current = attempt;
    if (!state(State.OPEN) || current != attempt) return;
    if (!state(State.CONNECTING) || current != attempt) return;
    connectChannel(new InetSocketAddress(address, target.port()));
  }

  /** Changes the state and tells the listener; false if the listener failed (the connection is then let go). */
  private boolean state(State next) {
    if (state == next) return true;
    state = next;
    if (listener == null || notifying) return true;
    notifying = true;
    boolean ok;
    try {
      ok = listener.changed(this);
    } finally {
      notifying = false;
    }
    if (!ok) close();
    return ok && !closed;
  }

  private void cancelTimers() {
    cancel(connectTimer);
    cancel(retryTimer);
    connectTimer = null;
    retryTimer = null;
  }

  private static void cancel(ScheduledFuture<?> f) {
    if (f != null) f.cancel(false);
  }
}
