package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Undefined;
import java.util.ArrayDeque;
import java.util.ArrayList;

/**
 * One upstream session of {@code muxHTTP}: one sub-pipeline (typically a {@code connect}) that
 * requests from many streams share.
 *
 * <p>HTTP/1: each request is encoded whole, in the order requests complete, and its stream
 * waits in a queue for the answer; answers are matched to requests in order. A response that
 * says {@code connection: close} ends the session after it; a successful answer to
 * {@code CONNECT} (or a 101 to a websocket upgrade) dedicates the session to that stream as a
 * tunnel. HTTP/2: each request is a stream of an {@link H2Endpoint}, answered in any order.
 *
 * <p>When the upstream ends, every stream still waiting for an answer is told with the
 * {@code StreamEnd}, which {@link MuxHttp} turns into an error answer (502, 504 …).
 */
final class MuxSession implements Http1Decoder.Listener, H2Endpoint.Owner {

  /** A stream waiting for an HTTP/1 answer. */
  private record Receiver(MuxHttp filter, int epoch, String method, boolean websocket) {
  }

  final MuxPools.Pool pool;
  int shares;
  int messages;
  long freeSince;

  private Pipeline pipeline;
  private Context context;
  private int version;
  private boolean ended;
  private final ArrayList<MuxHttp> waiting = new ArrayList<>(1);
  private MessageEncoder encoder;
  private Http1Decoder decoder;
  private final ArrayDeque<Receiver> receivers = new ArrayDeque<>();
  private boolean informational;
  private int lastStatus;
  private boolean upstreamEnded;
  private Receiver tunnel;
  private H2Endpoint h2;

  MuxSession(MuxPools.Pool pool) {
    this.pool = pool;
  }

  /** Starts the upstream sub-pipeline for {@code opener} (whose context it shares) and picks the version. */
  void open(MuxHttp opener) {
    context = opener.streamContext();
    pipeline = opener.openUpstream(this::fromUpstream);
    MuxOptions o = pool.options;
    if (o.versionFn() == null) {
      select(o.version());
      return;
    }
    Object v = o.versionFn().call(context);
    if (v instanceof ScriptPromise p) {
      p.then(x -> select(MuxOptions.version(x)), e -> fail(StreamEnd.thrown(e)));
    } else {
      select(MuxOptions.version(v));
    }
  }

  private void select(int v) {
    if (ended) return;
    if (v == 0) {
      Log.error("muxHTTP: invalid HTTP version");
      fail(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
      return;
    }
    version = v;
    MuxOptions o = pool.options;
    if (v == 2) {
      h2 = new H2Endpoint(false, this, context, o.streamWindow(), o.connectionWindow(), o.maxHeaderSize());
      h2.start();
      if (o.pingFn() != null) ping(Undefined.INSTANCE);
    } else {
      encoder = new MessageEncoder(false, o.bufferSize(), this::toUpstream);
      decoder = new Http1Decoder(true, o.maxHeaderSize(), context.worker().scripts(), this);
    }
    ArrayList<MuxHttp> w = new ArrayList<>(waiting);
    waiting.clear();
    for (MuxHttp f : w) f.sessionReady(this);
  }

  boolean ready() {
    return version != 0;
  }

  /**
   * Whether one more stream may share this session now. {@code maxQueue} (0: no limit) bounds
   * only HTTP/1 sessions, where streams queue for the one connection; an HTTP/2 session takes
   * as many streams as the upstream allows open at once (its SETTINGS_MAX_CONCURRENT_STREAMS),
   * and a session still choosing its version takes every stream that comes. This is Pipy's rule
   * (only its HTTP/1 queue counts shares), so many clients share one HTTP/2 upstream connection;
   * respecting the upstream's stream limit is ours (Pipy opens streams the upstream refuses).
   */
  boolean hasRoom(int maxQueue) {
    if (version == 2) return h2 != null && shares < h2.peerMaxStreams();
    if (version == 0) return true;
    return maxQueue <= 0 || shares < maxQueue;
  }

  int version() {
    return version;
  }

  boolean ended() {
    return ended;
  }

  /** Whether the session is dedicated as a tunnel to the stream {@code f} had under {@code epoch}. */
  boolean isTunnelFor(MuxHttp f, int epoch) {
    return tunnel != null && tunnel.filter == f && tunnel.epoch == epoch;
  }

  // ---- From streams ----

  /** {@code f} waits for the version to be known. */
  void await(MuxHttp f) {
    waiting.add(f);
  }

  /** An HTTP/1 request, whole; its answer goes to {@code f} under {@code epoch}. */
  void request(MuxHttp f, int epoch, Object head, Data body, MessageEnd end) {
    String method = "GET";
    boolean websocket = false;
    if (head instanceof ScriptObject h) {
      HeadKeys keys = HeadKeys.current();
      if (h.get(keys.method) instanceof CharSequence m && m.length() > 0) method = m.toString();
      websocket = h.get(keys.headers) instanceof ScriptObject hs && hs.get(keys.upgrade) instanceof CharSequence u
          && Tokens.has(u.toString(), "websocket");
    }
    receivers.add(new Receiver(f, epoch, method, websocket));
    encoder.start(context, head, false);
    if (body != null) encoder.data(body);
    encoder.end(end);
  }

  /** A new HTTP/2 stream, or {@code null} if the connection takes no more. */
  H2Stream openStream() {
    return h2 == null ? null : h2.openStream();
  }

  /** Tunnel bytes from the stream the session is dedicated to. */
  void tunnelInput(Event e) {
    if (pipeline == null) {
      if (e instanceof Data d) d.release();
      return;
    }
    pipeline.input(e);
  }

  private void toUpstream(Event e) {
    if (pipeline == null) {
      if (e instanceof Data d) d.release();
      return;
    }
    pipeline.input(e);
  }

  // ---- From upstream ----

  private void fromUpstream(Event e) {
    if (ended) {
      if (e instanceof Data d) d.release();
      return;
    }
    try {
      if (version == 2) {
        if (e instanceof Data d) {
          h2.feed(d);
        } else if (e instanceof StreamEnd se) {
          upstreamEnded = true;
          h2.end(se);
          end(se, false);
        }
        return;
      }
      if (tunnel != null) {
        tunnel.filter.receive(tunnel.epoch, e);
        if (e instanceof StreamEnd se) end(se, false);
        return;
      }
      if (e instanceof Data d) {
        if (decoder == null) {
          d.release();
          return;
        }
        decoder.feed(d);
        Data rest = decoder.takeRest();
        if (rest != null) {
          if (tunnel != null) {
            tunnel.filter.receive(tunnel.epoch, rest);
          } else {
            rest.release();
          }
        }
      } else if (e instanceof StreamEnd se) {
        if (decoder != null) decoder.end();
        end(se, false);
      }
    } catch (RuntimeException x) {
      Log.error("muxHTTP: " + x);
      end(StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR), true);
    }
  }

  @Override
  public String onHead(ScriptObject head) {
    Receiver r = receivers.peekFirst();
    if (r == null) {
      Log.debug("muxHTTP: answer to no request");
      end(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR), true);
      return null;
    }
    int status = HeadEncoder.status(head.get(HeadKeys.current().status));
    informational = status >= 100 && status < 200 && status != 101;
    lastStatus = status;
    r.filter.receive(r.epoch, MessageStart.of(head));
    return r.method;
  }

  @Override
  public void onBody(Data body) {
    Receiver r = receivers.peekFirst();
    if (r == null) {
      body.release();
    } else {
      r.filter.receive(r.epoch, body);
    }
  }

  @Override
  public void onEnd(ScriptObject tail) {
    Receiver r = receivers.peekFirst();
    if (r == null) return;
    boolean more = informational;
    informational = false;
    boolean tunnelOk = false;
    if (!more) {
      receivers.pollFirst();
      int status = lastStatus;
      tunnelOk = "CONNECT".equals(r.method) && status >= 200 && status < 300 || r.websocket && status == 101;
      if (tunnelOk) {
        tunnel = r;
        decoder.pause();
        pool.remove(this); // nobody else gets this session now
      }
    }
    boolean close = !more && !tunnelOk && decoder.isFinal();
    r.filter.receive(r.epoch, MessageEnd.of(tail, null));
    if (close && !ended) close();
  }

  @Override
  public void onError(DecodeError error) {
    Log.debug("muxHTTP: malformed answer from upstream");
    end(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR), true);
  }

  // ---- HTTP/2 endpoint ----

  @Override
  public void streamOpened(H2Stream stream) {
  }

  @Override
  public void streamClosed(H2Stream stream) {
  }

  @Override
  public void write(Event event) {
    if (event instanceof StreamEnd) {
      end(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), !upstreamEnded);
    } else {
      toUpstream(event);
    }
  }

  @Override
  public void pingAcknowledged(long payload) {
    if (pool.options.pingFn() == null || ended) return;
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) b[i] = (byte) (payload >>> (56 - i * 8));
    ping(Data.wrap(b));
  }

  private void ping(Object ack) {
    ScriptFunction fn = pool.options.pingFn();
    Object r;
    try {
      r = fn.call1(context, ack);
    } catch (RuntimeException e) {
      Log.error("muxHTTP: ping: " + e);
      return;
    }
    if (r instanceof Data d) {
      sendPing(d);
    } else if (r instanceof ScriptPromise p) {
      p.then(v -> {
        if (v instanceof Data d) sendPing(d);
      }, e -> { });
    }
  }

  private void sendPing(Data d) {
    if (ended || h2 == null) return;
    long payload = 0;
    for (int i = 0; i < 8; i++) payload = payload << 8 | (i < d.size() ? d.byteAt(i) : 0);
    h2.ping(payload);
  }

  // ---- Ending ----

  /** Closes the session from our side: the upstream gets a normal end. */
  void close() {
    if (ended) return;
    if (h2 != null && !h2.ended()) {
      h2.close();
    }
    end(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), true);
  }

  private void fail(StreamEnd se) {
    end(se, true);
  }

  /**
   * Ends the session: streams waiting for answers get {@code se}; the upstream gets a normal
   * end if it has not ended itself ({@code endUpstream}), and is released.
   */
  private void end(StreamEnd se, boolean endUpstream) {
    if (ended) return;
    ended = true;
    pool.remove(this);
    ArrayList<Receiver> rs = new ArrayList<>(receivers);
    receivers.clear();
    for (Receiver r : rs) r.filter.receive(r.epoch, se);
    if (tunnel != null && endUpstream) tunnel.filter.receive(tunnel.epoch, se);
    ArrayList<MuxHttp> w = new ArrayList<>(waiting);
    waiting.clear();
    for (MuxHttp f : w) f.sessionFailed(se);
    if (h2 != null && !h2.ended()) h2.abandon();
    if (decoder != null) decoder.stop();
    if (encoder != null) encoder.reset();
    Pipeline p = pipeline;
    pipeline = null;
    if (p != null) {
      if (endUpstream) p.input(StreamEnd.normal());
      p.release();
    }
  }
}
