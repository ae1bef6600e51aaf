package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http2.Http2CodecUtil;
import io.netty.handler.codec.http2.Http2Error;
import io.netty.handler.codec.http2.Http2Exception;
import io.netty.handler.codec.http2.Http2Flags;
import io.netty.handler.codec.http2.Http2FrameListener;
import io.netty.handler.codec.http2.Http2Headers;
import io.netty.handler.codec.http2.Http2Settings;
import io.netty.util.collection.IntObjectHashMap;
import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.InputBatch;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of an HTTP/2 connection on a byte stream: feed it the bytes that came in, and it
 * writes the bytes to send to its {@link Owner}; streams carry messages as events
 * ({@link H2Stream}).
 *
 * <p>What it does on the connection: the preface and SETTINGS exchange (ours are Pipy's: header
 * table 4096, no push, stream window {@code streamWindowSize}, frames up to 16 KiB, and a
 * connection window raised to {@code connectionWindowSize} at once), SETTINGS and PING
 * acknowledgements, and flow control both ways. Received {@code DATA} is counted against our
 * windows, a peer overrunning them is an error, and windows are topped up once half used, as
 * Pipy does. Sent {@code DATA} waits in its stream for window; streams blocked on the connection
 * window are served in turn as it opens.
 *
 * <p>Errors: a stream error resets the stream ({@code RST_STREAM}); a connection error (bad
 * frames, bad HPACK, flow-control overrun, a bad preface) sends {@code GOAWAY} with its code, ends
 * every stream and ends the output. Nothing is thrown to the caller and nothing is logged above
 * debug level: bad input is the peer's problem.
 *
 * <p>Incoming frames are parsed by Netty's {@code DefaultHttp2FrameReader} ({@link FrameInput});
 * outgoing ones are written by {@link FrameWriter}. One instance per connection, used on the
 * worker thread only.
 */
final class H2Endpoint implements Http2FrameListener, FrameInput.StreamErrors {

  /** What the endpoint needs from the filter that runs it. */
  interface Owner {
    /** Server side: the peer opened {@code stream}; set its receiver. */
    void streamOpened(H2Stream stream);

    /** {@code stream} is over (both ways, or reset): release what serves it. */
    void streamClosed(H2Stream stream);

    /** Bytes to send, then at most one {@code StreamEnd} after which nothing comes. */
    void write(Event event);

    /** An acknowledgement of a PING we sent. */
    default void pingAcknowledged(long payload) {
    }
  }

  static final int DEFAULT_WINDOW = 0x100000;
  /**
   * Streams a peer may have open at once before new ones are refused ({@code REFUSED_STREAM}).
   * Pipy announces no limit and neither do we; this only keeps a flood of streams bounded.
   */
  static final int MAX_PEER_STREAMS = 1000;
  static final int DEFAULT_MAX_FRAME = Http2CodecUtil.DEFAULT_MAX_FRAME_SIZE;
  private static final int INITIAL_WINDOW = Http2CodecUtil.DEFAULT_WINDOW_SIZE;

  final boolean server;
  private final Owner owner;
  private final Context context;
  private final ScriptRuntime scripts;
  private final int streamWindow;
  private final int connectionWindow;
  private final FrameInput input;
  private final FrameWriter out = new FrameWriter();
  private final IntObjectHashMap<H2Stream> streams = new IntObjectHashMap<>();
  private final ArrayDeque<H2Stream> blocked = new ArrayDeque<>();

  private int peerInitialWindow = INITIAL_WINDOW;
  private int peerMaxFrame = DEFAULT_MAX_FRAME;
  /** The peer's SETTINGS_MAX_CONCURRENT_STREAMS: how many streams we may open; no limit until it says. */
  private int peerMaxStreams = Integer.MAX_VALUE;
  private int sendWindow = INITIAL_WINDOW;
  private int recvWindow = INITIAL_WINDOW;
  private int lastPeerStreamId;
  private int nextStreamId = 1;
  private boolean started;
  private boolean peerGoneAway;
  private boolean ended;
  private StreamEnd pendingEnd;
  private int depth;
  /**
   * Streams whose answer waits ({@link H2Stream#flushDeferred()}) for the outermost
   * {@link #leave()}, or for the end of the input batch when {@link #awaitingInputEnd}.
   */
  private final ArrayList<H2Stream> deferred = new ArrayList<>();
  private boolean awaitingInputEnd;
  private InputBatch inputBatch;
  private final Runnable inputEnded = this::inputEnded;
  /** After an h2c upgrade, nothing is written until the client's preface is in (as Pipy does). */
  private boolean holdOutput;

  H2Endpoint(boolean server, Owner owner, Context context, int streamWindow, int connectionWindow, long maxHeaderListSize) {
    this.server = server;
    this.owner = owner;
    this.context = context;
    this.scripts = context.worker().scripts();
    this.streamWindow = streamWindow;
    this.connectionWindow = connectionWindow;
    this.input = new FrameInput(server, maxHeaderListSize);
  }

  Context context() {
    return context;
  }

  /** Whether the connection is over. */
  boolean ended() {
    return ended;
  }

  /** The number of open streams. */
  int streamCount() {
    return streams.size();
  }

  /** How many streams the peer lets us have open at once (its SETTINGS_MAX_CONCURRENT_STREAMS). */
  int peerMaxStreams() {
    return peerMaxStreams;
  }

  // ---- Starting ----

  /** Starts the connection: a client sends its preface, either side its SETTINGS. */
  void start() {
    enter();
    try {
      startFrames();
    } finally {
      leave();
    }
  }

  /**
   * Starts a server connection upgraded from HTTP/1.1 ({@code Upgrade: h2c}): applies the
   * client's {@code HTTP2-Settings} and returns stream 1, whose request came over HTTP/1.1 and
   * is complete. The client's preface is still to come.
   */
  H2Stream startUpgraded(Http2Settings clientSettings) {
    enter();
    try {
      if (clientSettings != null) applySettings(clientSettings, false);
      // Clients keep little room for bytes after the 101 (curl: 32 KiB), so wait for their preface.
      holdOutput = true;
      startFrames();
      H2Stream s = new H2Stream(this, 1, streamWindow, peerInitialWindow);
      s.headReceived = true;
      s.recvEnded = true;
      lastPeerStreamId = 1;
      streams.put(1, s);
      return s;
    } catch (Http2Exception e) {
      connectionError(e.error(), e.getMessage());
      return null;
    } finally {
      leave();
    }
  }

  private void startFrames() {
    if (started) return;
    started = true;
    if (!server) out.preface();
    out.settings(
        Http2CodecUtil.SETTINGS_HEADER_TABLE_SIZE, Http2CodecUtil.DEFAULT_HEADER_TABLE_SIZE,
        Http2CodecUtil.SETTINGS_ENABLE_PUSH, 0,
        Http2CodecUtil.SETTINGS_INITIAL_WINDOW_SIZE, streamWindow,
        Http2CodecUtil.SETTINGS_MAX_FRAME_SIZE, DEFAULT_MAX_FRAME);
    if (connectionWindow > INITIAL_WINDOW) {
      out.windowUpdate(0, connectionWindow - INITIAL_WINDOW);
      recvWindow = connectionWindow;
    }
  }

  // ---- Input ----

  /** Bytes from the peer, taken over. */
  void feed(Data data) {
    if (ended) {
      data.release();
      return;
    }
    enter();
    try {
      startFrames();
      input.feed(data, this, this);
      if (holdOutput && input.prefaceRead()) holdOutput = false;
    } catch (Http2Exception e) {
      connectionError(e.error(), e.getMessage());
    } catch (RuntimeException e) {
      Log.error("http2: " + e);
      connectionError(Http2Error.INTERNAL_ERROR, e.toString());
    } finally {
      leave();
    }
  }

  /** The input stream ended: every stream ends, and so does the output. */
  void end(StreamEnd se) {
    if (ended) return;
    enter();
    try {
      finish(se.hasError() ? se : StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), StreamEnd.normal());
    } finally {
      leave();
    }
  }

  /** Ends the connection from our side with GOAWAY (NO_ERROR) once nothing is in flight. */
  void close() {
    if (ended) return;
    enter();
    try {
      out.goAway(lastPeerStreamId, Http2Error.NO_ERROR.code());
      finish(StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), StreamEnd.normal());
    } finally {
      leave();
    }
  }

  /** Drops everything without a word (streams are closed, their receivers told nothing); for a filter being reset. */
  void abandon() {
    ended = true;
    List<H2Stream> all = new ArrayList<>(streams.values());
    streams.clear();
    for (H2Stream s : all) {
      s.closed = true;
      s.clearSending();
      owner.streamClosed(s);
    }
    blocked.clear();
    out.clear();
    input.close();
    pendingEnd = null;
  }

  // ---- Streams we open (client side) ----

  /** A new stream for a request, or {@code null} if the connection cannot take one. */
  H2Stream openStream() {
    if (ended || peerGoneAway || server || nextStreamId < 0) return null;
    H2Stream s = new H2Stream(this, nextStreamId, streamWindow, peerInitialWindow);
    nextStreamId += 2;
    streams.put(s.id, s);
    return s;
  }

  /** Sends a PING. */
  void ping(long payload) {
    if (ended) return;
    enter();
    try {
      startFrames();
      out.ping(false, payload);
    } finally {
      leave();
    }
  }

  // ---- Used by streams ----

  void enter() {
    depth++;
  }

  /**
   * Whether {@code s} may hold its answer back, to send it at the outermost {@link #leave()} (the
   * caller is inside the endpoint's own work) or when the input batch being dispatched ends (the
   * answer comes from elsewhere, an upstream's read); false if neither is coming, so it sends now.
   */
  boolean holdBack(H2Stream s) {
    if (depth <= 1 && !awaitingInputEnd) {
      if (inputBatch == null) inputBatch = InputBatch.current();
      if (!inputBatch.atEnd(inputEnded)) return false;
      awaitingInputEnd = true;
    }
    deferred.add(s);
    return true;
  }

  private void inputEnded() {
    awaitingInputEnd = false;
    enter();
    leave();
  }

  void leave() {
    if (depth == 1 && !awaitingInputEnd && !deferred.isEmpty()) flushDeferred();
    if (--depth > 0) return;
    if (holdOutput && pendingEnd == null) return;
    if (!out.isEmpty()) owner.write(out.take());
    StreamEnd end = pendingEnd;
    if (end != null) {
      pendingEnd = null;
      input.close();
      owner.write(end);
    }
  }

  void writeHeaders(H2Stream s, Http2Headers headers, boolean endStream) {
    try {
      out.headers(s.id, headers, endStream, peerMaxFrame);
    } catch (Http2Exception e) {
      reset(s, Http2Error.INTERNAL_ERROR, StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
      return;
    }
    if (endStream) {
      s.sendEnded = true;
      closeIfDone(s);
    }
  }

  /** Sends what flow control allows of {@code s}'s waiting data, and its end when due. */
  void pump(H2Stream s) {
    if (s.holdsHead()) return; // its head goes first, at the outermost leave()
    Data buf = s.sendBuffer;
    while (buf != null && !buf.isEmpty()) {
      int n = Math.min(Math.min(buf.size(), peerMaxFrame), Math.min(s.sendWindow, sendWindow));
      if (n <= 0) {
        if (sendWindow <= 0 && s.sendWindow > 0 && !s.queued) {
          s.queued = true;
          blocked.add(s);
        }
        return;
      }
      Data part = buf.shift(n);
      s.sendWindow -= n;
      sendWindow -= n;
      boolean last = s.endQueued && buf.isEmpty() && s.trailers == null;
      out.data(s.id, part, last);
      if (last) s.sendEnded = true;
    }
    if (s.endQueued && !s.sendEnded) {
      if (s.trailers != null) {
        Http2Headers t = s.trailers;
        s.trailers = null;
        writeHeaders(s, t, true);
        return;
      }
      out.data(s.id, new Data(), true);
      s.sendEnded = true;
    }
    if (s.sendEnded) closeIfDone(s);
  }

  private void flushDeferred() {
    for (int i = 0; i < deferred.size(); i++) {
      H2Stream s = deferred.get(i);
      try {
        s.flushDeferred();
      } catch (RuntimeException e) {
        streamFailed(s, e);
      }
    }
    deferred.clear();
  }

  /** Resets {@code s} from our side; its receiver gets {@code end} if its message was not complete. */
  void reset(H2Stream s, Http2Error code, StreamEnd end) {
    if (s.closed) return;
    out.rstStream(s.id, code.code());
    close(s, end == null ? StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR) : end);
  }

  /** A stream's own code failed; reset it. */
  void streamFailed(H2Stream s, RuntimeException e) {
    Log.error("http2: stream " + s.id + ": " + e);
    reset(s, Http2Error.INTERNAL_ERROR, StreamEnd.of(StreamEnd.Error.RUNTIME_ERROR));
  }

  private void closeIfDone(H2Stream s) {
    if (s.sendEnded && s.recvEnded) close(s, null);
  }

  private void close(H2Stream s, StreamEnd end) {
    if (s.closed) return;
    s.closed = true;
    streams.remove(s.id);
    s.clearSending();
    if (s.queued) {
      blocked.remove(s);
      s.queued = false;
    }
    if (end != null && !s.recvEnded) {
      s.recvEnded = true;
      s.receiver.input(end);
    }
    owner.streamClosed(s);
    if (peerGoneAway && streams.isEmpty() && !ended) {
      out.goAway(lastPeerStreamId, Http2Error.NO_ERROR.code());
      finish(null, StreamEnd.normal());
    }
  }

  private void finish(StreamEnd streamsEnd, StreamEnd outputEnd) {
    ended = true;
    for (H2Stream s : new ArrayList<>(streams.values())) close(s, streamsEnd);
    blocked.clear();
    pendingEnd = outputEnd;
  }

  private void connectionError(Http2Error code, String message) {
    if (ended) return;
    Log.debug("http2: connection error " + code + ": " + message);
    out.goAway(lastPeerStreamId, code.code());
    finish(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR), StreamEnd.normal());
  }

  @Override
  public void streamError(int id, Http2Error error, String message) {
    Log.debug("http2: stream " + id + " error " + error + ": " + message);
    H2Stream s = streams.get(id);
    if (s != null) {
      reset(s, error, null);
    } else {
      out.rstStream(id, error.code());
    }
  }

  // ---- Frames ----

  @Override
  public int onDataRead(ChannelHandlerContext ctx, int id, ByteBuf data, int padding, boolean endOfStream)
      throws Http2Exception {
    int length = data.readableBytes() + padding;
    if (length > recvWindow) {
      throw Http2Exception.connectionError(Http2Error.FLOW_CONTROL_ERROR, "connection window overrun");
    }
    recvWindow -= length;
    H2Stream s = streams.get(id);
    if (s == null) {
      if (isIdle(id)) throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "DATA on idle stream %d", id);
      // A closed stream, maybe one we reset with frames still in flight: ignored (RFC 9113 5.4.2).
    } else if (s.recvEnded || !s.headReceived) {
      reset(s, Http2Error.STREAM_CLOSED, null);
    } else if (length > s.recvWindow) {
      reset(s, Http2Error.FLOW_CONTROL_ERROR, null);
    } else {
      s.recvWindow -= length;
      s.received += data.readableBytes();
      if (s.contentLength >= 0 && s.received > s.contentLength && !s.tunnel) {
        reset(s, Http2Error.PROTOCOL_ERROR, null);
      } else {
        if (data.isReadable()) s.receiver.input(Data.of(data.retainedSlice()));
        if (endOfStream) {
          endInput(s, null);
        } else if (!s.closed && s.recvWindow <= streamWindow / 2) {
          out.windowUpdate(id, streamWindow - s.recvWindow);
          s.recvWindow = streamWindow;
        }
      }
    }
    if (!ended && recvWindow <= connectionWindow / 2) {
      out.windowUpdate(0, connectionWindow - recvWindow);
      recvWindow = connectionWindow;
    }
    return length;
  }

  @Override
  public void onHeadersRead(ChannelHandlerContext ctx, int id, Http2Headers headers, int padding, boolean endOfStream)
      throws Http2Exception {
    H2Stream s = streams.get(id);
    if (s == null) {
      openPeerStream(id, headers, endOfStream);
    } else if (s.recvEnded) {
      reset(s, Http2Error.STREAM_CLOSED, null);
    } else if (!s.headReceived) {
      responseHead(s, headers, endOfStream);
    } else if (!endOfStream) {
      reset(s, Http2Error.PROTOCOL_ERROR, null);
    } else {
      endInput(s, H2Heads.trailers(scripts, headers));
    }
  }

  @Override
  public void onHeadersRead(ChannelHandlerContext ctx, int id, Http2Headers headers, int streamDependency,
      short weight, boolean exclusive, int padding, boolean endOfStream) throws Http2Exception {
    if (streamDependency == id) throw Http2Exception.streamError(id, Http2Error.PROTOCOL_ERROR, "depends on itself");
    onHeadersRead(ctx, id, headers, padding, endOfStream);
  }

  private void openPeerStream(int id, Http2Headers headers, boolean endOfStream) throws Http2Exception {
    if (!server) {
      if ((id & 1) == 1 && id < nextStreamId) return; // closed on our side, maybe reset: ignored
      throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "HEADERS on stream %d we did not open", id);
    }
    if ((id & 1) == 0) throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "even stream id %d from a client", id);
    if (id <= lastPeerStreamId) throw Http2Exception.connectionError(Http2Error.STREAM_CLOSED, "HEADERS on closed stream %d", id);
    lastPeerStreamId = id;
    if (peerGoneAway || streams.size() >= MAX_PEER_STREAMS) {
      out.rstStream(id, Http2Error.REFUSED_STREAM.code());
      return;
    }
    String bad = H2Heads.checkRequest(headers);
    long length = bad == null ? contentLength(headers) : -1;
    if (bad == null && length == -2) bad = "bad content-length";
    if (bad != null) {
      Log.debug("http2: malformed request on stream " + id + ": " + bad);
      out.rstStream(id, Http2Error.PROTOCOL_ERROR.code());
      return;
    }
    H2Stream s = new H2Stream(this, id, streamWindow, peerInitialWindow);
    s.contentLength = length;
    s.method = headers.method().toString();
    s.tunnel = s.method.equals("CONNECT");
    s.headReceived = true;
    streams.put(id, s);
    ScriptObject head = H2Heads.request(scripts, headers);
    owner.streamOpened(s);
    if (s.closed) return;
    s.receiver.input(MessageStart.of(head));
    if (s.tunnel && !s.closed) s.receiver.input(MessageEnd.plain());
    if (endOfStream && !s.closed) endInput(s, null);
  }

  private void responseHead(H2Stream s, Http2Headers headers, boolean endOfStream) {
    ScriptObject head = H2Heads.response(scripts, headers);
    int status = (Integer) head.get("status");
    if (status < 100) {
      reset(s, Http2Error.PROTOCOL_ERROR, null);
      return;
    }
    if (status < 200) {
      if (endOfStream) reset(s, Http2Error.PROTOCOL_ERROR, null);
      return; // informational answers are not passed on
    }
    long length = contentLength(headers);
    if (length == -2) {
      reset(s, Http2Error.PROTOCOL_ERROR, null);
      return;
    }
    s.contentLength = length;
    s.headReceived = true;
    if (s.tunnel && (status < 200 || status >= 300)) s.tunnel = false;
    s.receiver.input(MessageStart.of(head));
    if (s.closed) return;
    if (s.tunnel) {
      s.receiver.input(MessageEnd.plain());
    } else if (endOfStream) {
      endInput(s, null);
    }
  }

  private void endInput(H2Stream s, ScriptObject tail) {
    if (s.closed || s.recvEnded) return;
    if (s.contentLength >= 0 && s.contentLength != s.received && !s.tunnel) {
      reset(s, Http2Error.PROTOCOL_ERROR, null);
      return;
    }
    s.recvEnded = true;
    s.receiver.input(s.tunnel ? StreamEnd.normal() : MessageEnd.of(tail, null));
    closeIfDone(s);
  }

  /** The content-length of a header list: -1 if none, -2 if malformed. */
  private static long contentLength(Http2Headers h) {
    CharSequence v = h.get("content-length");
    if (v == null) return -1;
    if (v.length() == 0 || v.length() > 18) return -2;
    long n = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') return -2;
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private boolean isIdle(int id) {
    return server ? id > lastPeerStreamId : id >= nextStreamId || (id & 1) == 0;
  }

  @Override
  public void onPriorityRead(ChannelHandlerContext ctx, int id, int streamDependency, short weight, boolean exclusive)
      throws Http2Exception {
    if (streamDependency == id) throw Http2Exception.streamError(id, Http2Error.PROTOCOL_ERROR, "depends on itself");
  }

  @Override
  public void onRstStreamRead(ChannelHandlerContext ctx, int id, long errorCode) throws Http2Exception {
    H2Stream s = streams.get(id);
    if (s == null) {
      if (isIdle(id)) throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "RST_STREAM on idle stream %d", id);
      return;
    }
    close(s, StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
  }

  @Override
  public void onSettingsAckRead(ChannelHandlerContext ctx) {
  }

  @Override
  public void onSettingsRead(ChannelHandlerContext ctx, Http2Settings settings) throws Http2Exception {
    applySettings(settings, true);
    out.settingsAck();
  }

  private void applySettings(Http2Settings settings, boolean pump) throws Http2Exception {
    Long table = settings.headerTableSize();
    if (table != null) out.headerTableSize(table);
    Integer frame = settings.maxFrameSize();
    if (frame != null) peerMaxFrame = frame;
    Long streamLimit = settings.maxConcurrentStreams();
    if (streamLimit != null) peerMaxStreams = (int) Math.min(Integer.MAX_VALUE, streamLimit);
    Integer window = settings.initialWindowSize();
    if (window != null) {
      int delta = window - peerInitialWindow;
      peerInitialWindow = window;
      for (H2Stream s : streams.values()) {
        long n = (long) s.sendWindow + delta;
        if (n > Integer.MAX_VALUE) {
          throw Http2Exception.connectionError(Http2Error.FLOW_CONTROL_ERROR, "window overflow");
        }
        s.sendWindow = (int) n;
      }
      if (pump && delta > 0) {
        for (H2Stream s : new ArrayList<>(streams.values())) {
          if (!s.closed) pump(s);
        }
      }
    }
  }

  @Override
  public void onPingRead(ChannelHandlerContext ctx, long data) {
    out.ping(true, data);
  }

  @Override
  public void onPingAckRead(ChannelHandlerContext ctx, long data) {
    owner.pingAcknowledged(data);
  }

  @Override
  public void onPushPromiseRead(ChannelHandlerContext ctx, int id, int promisedStreamId, Http2Headers headers,
      int padding) throws Http2Exception {
    throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "PUSH_PROMISE (push is disabled)");
  }

  @Override
  public void onGoAwayRead(ChannelHandlerContext ctx, int lastStreamId, long errorCode, ByteBuf debugData) {
    peerGoneAway = true;
    List<H2Stream> refused = new ArrayList<>();
    for (H2Stream s : streams.values()) {
      if (!server && s.id > lastStreamId) refused.add(s);
    }
    for (H2Stream s : refused) close(s, StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    if (streams.isEmpty() && !ended) {
      out.goAway(lastPeerStreamId, Http2Error.NO_ERROR.code());
      finish(null, StreamEnd.normal());
    }
  }

  @Override
  public void onWindowUpdateRead(ChannelHandlerContext ctx, int id, int increment) throws Http2Exception {
    if (id == 0) {
      long n = (long) sendWindow + increment;
      if (n > Integer.MAX_VALUE) throw Http2Exception.connectionError(Http2Error.FLOW_CONTROL_ERROR, "window overflow");
      sendWindow = (int) n;
      while (sendWindow > 0 && !blocked.isEmpty()) {
        H2Stream s = blocked.poll();
        s.queued = false;
        if (!s.closed) pump(s);
      }
      return;
    }
    H2Stream s = streams.get(id);
    if (s == null) {
      if (isIdle(id)) throw Http2Exception.connectionError(Http2Error.PROTOCOL_ERROR, "WINDOW_UPDATE on idle stream %d", id);
      return;
    }
    long n = (long) s.sendWindow + increment;
    if (n > Integer.MAX_VALUE) {
      reset(s, Http2Error.FLOW_CONTROL_ERROR, null);
      return;
    }
    s.sendWindow = (int) n;
    pump(s);
  }

  @Override
  public void onUnknownFrame(ChannelHandlerContext ctx, byte frameType, int id, Http2Flags flags, ByteBuf payload) {
  }
}
