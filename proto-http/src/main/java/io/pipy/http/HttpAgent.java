package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.LayoutRef;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code http.Agent}: an HTTP/1.1 client for scripts. {@code new http.Agent('host:port',
 * options)}; {@code agent.request(method, path, headers?, body?)} or
 * {@code agent.request(message)} returns a promise of the response {@code Message}.
 *
 * <p>As in Pipy: the target is {@code host:port}, a bare host (port 80, or 443 with
 * {@code options.tls}) or a bare IPv6 address; a {@code host} header naming the target is added
 * when the request has none; the body may be a string or {@code Data}; a transport error before
 * the response becomes a response (502 Bad Gateway, 504 Gateway Timeout, 401 …, as
 * {@code decodeHTTPResponse} makes it); a stream that ends with no response at all rejects the
 * promise with a {@code Message} whose head has that {@code status} and {@code statusText}.
 * {@code options} is handed to {@code connect} (and {@code options.tls} to {@code connectTLS}).
 *
 * <p>Each request runs on a connection of its own while it is in flight; connections are pooled
 * and reused for later requests (HTTP/1.1 keep-alive), up to {@code options.maxConnections}
 * (default 16) at a time, more requests waiting their turn in order. An idle connection is
 * closed after {@code options.maxIdle} seconds (default 10), or when a response says
 * {@code connection: close}. Pipy sends all of an agent's requests over one shared connection
 * ({@code muxHTTP}); the answers are the same.
 *
 * <p>A connection is the pipeline {@code encodeHTTPRequest → connect(target, options) →
 * decodeHTTPResponse} (with {@code connectTLS} before {@code connect} for {@code tls}), built in
 * Java through {@link HttpHost}.
 */
final class HttpAgent {

  static final int DEFAULT_MAX_CONNECTIONS = 16;
  static final double DEFAULT_MAX_IDLE = 10;

  private final Worker worker;
  private final HttpHost host;
  private final String target;
  private final String hostHeader;
  private final ScriptObject connectOptions;
  private final Object tls;
  private final int maxConnections;
  private final long maxIdleMillis;

  private PipelineLayout layout;
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private final ArrayDeque<Request> waiting = new ArrayDeque<>();
  private final Map<Context, Connection> byContext = new IdentityHashMap<>();
  private int open;

  private HttpAgent(Worker worker, HttpHost host, String hostArg, ScriptObject options) {
    this.worker = worker;
    this.host = host;
    this.hostHeader = hostArg;
    Object tlsOption = options == null ? Undefined.INSTANCE : options.get("tls");
    this.tls = Values.isNullish(tlsOption) ? null : tlsOption;
    this.target = target(hostArg, tls != null);
    this.maxConnections = Math.max(1, HttpOptions.integer(options, "maxConnections", DEFAULT_MAX_CONNECTIONS));
    Object idleOption = options == null ? Undefined.INSTANCE : options.get("maxIdle");
    double seconds = Values.isNullish(idleOption) ? DEFAULT_MAX_IDLE : Values.toNumber(idleOption);
    if (Double.isNaN(seconds) || seconds < 0) throw ScriptError.typeError("http.Agent: options.maxIdle expects a number of seconds");
    this.maxIdleMillis = (long) (seconds * 1000);
    this.connectOptions = options == null ? null : without(worker.scripts(), options, Set.of("tls", "maxConnections", "maxIdle"));
    layout(); // missing filters are errors at construction, where the script sees them
    worker.onShutdown(this::drain);
  }

  /** Set at shutdown: connections close once idle, so the process can exit. */
  private boolean draining;

  private void drain() {
    draining = true;
    for (Connection c : new ArrayList<>(idle)) c.close();
  }

  /** The address to connect to, as Pipy makes it from the agent's host argument. */
  static String target(String hostArg, boolean tls) {
    String port = tls ? ":443" : ":80";
    if (hostArg.indexOf(':') != hostArg.lastIndexOf(':') && !hostArg.startsWith("[")) {
      return "[" + hostArg + "]" + port; // a bare IPv6 address
    }
    if (hostArg.startsWith("[") && hostArg.endsWith("]")) return hostArg + port;
    int colon = hostArg.lastIndexOf(':');
    if (colon > 0 && colon < hostArg.length() - 1 && hostArg.substring(colon + 1).chars().allMatch(c -> c >= '0' && c <= '9')) {
      return hostArg;
    }
    return hostArg + port;
  }

  private static ScriptObject without(ScriptRuntime rt, ScriptObject o, Set<String> drop) {
    ScriptObject copy = rt.newObject();
    for (String k : o.keys()) if (!drop.contains(k)) copy.set(k, o.get(k));
    return copy;
  }

  // ---- Requests ----

  /** One request: what to send and the promise of its answer. */
  private static final class Request {
    final ScriptObject head;
    final Data body;
    final HttpHost.Deferred deferred;

    Request(ScriptObject head, Data body, HttpHost.Deferred deferred) {
      this.head = head;
      this.body = body;
      this.deferred = deferred;
    }
  }

  /** Sends a request; returns the promise of its response. */
  Object request(ScriptObject head, Data body) {
    HttpHost.Deferred d = host.newPromise();
    Request r = new Request(head, body, d);
    Connection c = idle.pollLast();
    if (c != null) {
      c.cancelIdle();
      c.send(r);
    } else if (open < maxConnections) {
      c = connect();
      c.send(r);
    } else {
      waiting.add(r);
    }
    return d.promise();
  }

  private ScriptObject requestHead(Context ctx, Object method, Object path, Object headers) {
    ScriptRuntime rt = worker.scripts();
    ScriptObject h = rt.newObject();
    ScriptObject hs = rt.newObject();
    if (headers instanceof ScriptObject given) {
      for (String k : given.keys()) hs.set(k, given.get(k));
    } else if (!Values.isNullish(headers)) {
      throw ScriptError.typeError("http.Agent.request: headers expects an object");
    }
    if (!hs.has("host") && !hs.has("Host")) hs.set("host", hostHeader);
    h.set("method", Values.isNullish(method) ? "GET" : UrlSearchParams.str(ctx, method));
    h.set("path", Values.isNullish(path) ? "/" : UrlSearchParams.str(ctx, path));
    h.set("headers", hs);
    return h;
  }

  private PipelineLayout layout() {
    if (layout != null) return layout;
    FilterFactory connect = host.filter("connect");
    if (connect == null) throw new ScriptError("http.Agent: the 'connect' filter is not available (module proto-tcp is not installed)");
    PipelineLayout l = host.newLayout("http.Agent " + target);
    l.append(named(EncodeHttpRequest.create(JavaConfig.of(worker)), "encodeHTTPRequest"));
    Filter c = named(connect.create(JavaConfig.of(worker, target, connectOptions == null ? Undefined.INSTANCE : connectOptions)), "connect");
    if (tls != null) {
      FilterFactory connectTls = host.filter("connectTLS");
      if (connectTls == null) throw new ScriptError("http.Agent: options.tls needs the 'connectTLS' filter (module proto-tls is not installed)");
      PipelineLayout inner = host.newLayout("http.Agent " + target + " (tcp)");
      inner.append(c);
      Filter t = named(connectTls.create(JavaConfig.of(worker, tls)), "connectTLS");
      t.addSubPipeline(LayoutRef.of(inner));
      c = t;
    }
    l.append(c);
    l.append(named(DecodeHttpResponse.create(JavaConfig.of(worker, new RequestOf())), "decodeHTTPResponse"));
    layout = l;
    return l;
  }

  private static Filter named(Filter f, String name) {
    f.configure(name, new SourceLocation("http.Agent", 0, 0, ""));
    return f;
  }

  private Connection connect() {
    Connection c = new Connection();
    Context ctx = worker.newContext(null);
    open++;
    byContext.put(ctx, c);
    try {
      c.pipeline = layout().instantiate(ctx, c);
    } catch (RuntimeException e) {
      open--;
      byContext.remove(ctx);
      throw e;
    }
    c.context = ctx;
    return c;
  }

  /** A connection finished a request and may take another. */
  private void available(Connection c) {
    Request next = waiting.poll();
    if (next != null) {
      c.send(next);
    } else if (draining) {
      c.close();
    } else {
      idle.add(c);
      c.scheduleIdle();
    }
  }

  /** A connection is gone. */
  private void closed(Connection c) {
    open--;
    byContext.remove(c.context);
    idle.remove(c);
    Request next = waiting.poll();
    if (next != null) {
      try {
        connect().send(next);
      } catch (RuntimeException e) {
        next.deferred.reject(errorMessage(StreamEnd.Error.CONNECTION_REFUSED));
      }
    }
  }

  private Message errorMessage(StreamEnd.Error error) {
    ScriptObject h = worker.scripts().newObject();
    h.set("status", DecodeHttpResponse.errorStatus(error));
    h.set("statusText", DecodeHttpResponse.errorText(error));
    return new Message(h, null, null);
  }

  /** The request head a response answers, for {@code decodeHTTPResponse} (HEAD has no body). */
  private final class RequestOf implements ScriptFunction {
    @Override
    public Object call(Context caller, Object... args) {
      Connection c = byContext.get(caller);
      return c == null || c.current == null ? Undefined.INSTANCE : c.current.head;
    }

    @Override
    public Object callWithThis(Context caller, Object thisValue, Object... args) {
      return call(caller, args);
    }

    @Override
    public String name() {
      return "requestOf";
    }
  }

  /** One pooled connection: a pipeline, and the request it is answering. */
  private final class Connection implements io.pipy.api.EventTarget {
    Pipeline pipeline;
    Context context;
    Request current;
    Object responseHead;
    Data responseBody;
    boolean closed;
    ScheduledFuture<?> idleTimer;

    void send(Request r) {
      current = r;
      responseHead = null;
      responseBody = null;
      pipeline.input(MessageStart.of(r.head));
      if (r.body != null && !r.body.isEmpty()) pipeline.input(r.body.retainedDuplicate());
      pipeline.input(MessageEnd.plain());
    }

    @Override
    public void input(Event e) {
      if (e instanceof Data d) {
        if (current == null || responseHead == null) {
          d.release();
        } else if (responseBody == null) {
          responseBody = d;
        } else {
          responseBody.push(d);
        }
      } else if (e instanceof MessageStart ms) {
        if (current != null) responseHead = ms.head();
      } else if (e instanceof MessageEnd me) {
        if (current == null || responseHead == null) return;
        Request r = current;
        current = null;
        Data body = responseBody;
        responseBody = null;
        Data scriptBody = null;
        if (body != null) {
          scriptBody = body.forScript();
          body.release();
        }
        Message response = new Message(responseHead, scriptBody, me.tail());
        boolean reuse = !closesAfter(responseHead);
        responseHead = null;
        r.deferred.resolve(response);
        if (reuse) {
          // Only once the events of this turn are through: a stream end may be right behind.
          worker.microtask(() -> {
            if (!closed) available(this);
          });
        } else {
          close();
        }
      } else if (e instanceof StreamEnd se) {
        if (closed) return;
        Request r = current;
        current = null;
        dropBody();
        closed = true;
        cancelIdle();
        worker.microtask(pipeline::release);
        closed(this);
        if (r != null) r.deferred.reject(errorMessage(se.hasError() ? se.error() : StreamEnd.Error.CONNECTION_RESET));
      }
    }

    private boolean closesAfter(Object head) {
      if (!(head instanceof ScriptObject h)) return false;
      if ("HTTP/1.0".equals(h.get("protocol"))) return true;
      Object conn = Headers.get(Headers.of(h), "connection");
      return conn instanceof CharSequence s && Tokens.has(s.toString(), "close");
    }

    void close() {
      if (closed) return;
      closed = true;
      cancelIdle();
      dropBody();
      pipeline.input(StreamEnd.normal());
      worker.microtask(pipeline::release);
      closed(this);
    }

    private void dropBody() {
      if (responseBody != null) {
        responseBody.release();
        responseBody = null;
      }
    }

    void scheduleIdle() {
      if (maxIdleMillis <= 0) {
        close();
        return;
      }
      idleTimer = worker.executor().schedule(() -> {
        idleTimer = null;
        if (current == null) close();
      }, maxIdleMillis, TimeUnit.MILLISECONDS);
    }

    void cancelIdle() {
      if (idleTimer != null) {
        idleTimer.cancel(false);
        idleTimer = null;
      }
    }
  }

  /** How many connections are open (busy or idle); for tests. */
  int openConnections() {
    return open;
  }

  /** How many connections are idle; for tests. */
  int idleConnections() {
    return idle.size();
  }

  // ---- The script class ----

  static final HostClass<HttpAgent> CLASS = HostClass.builder("Agent", HttpAgent.class)
      .constructor((ctx, args) -> {
        if (args.length < 1 || Values.isNullish(args[0])) throw ScriptError.typeError("http.Agent: host expects a string");
        ScriptObject options = HttpOptions.object("http.Agent", args.length > 1 ? args[1] : null);
        return new HttpAgent(ctx.worker(), HttpHost.of(ctx.worker()), UrlSearchParams.str(ctx, args[0]), options);
      })
      .method("request", 4, (ctx, self, args) -> {
        Object a0 = args.length > 0 ? args[0] : Undefined.INSTANCE;
        if (a0 instanceof Message m) {
          ScriptObject h = m.head() instanceof ScriptObject so ? so : null;
          ScriptObject head = self.requestHead(ctx, h == null ? null : h.get("method"), h == null ? null : h.get("path"),
              h == null ? null : h.get("headers"));
          return self.request(head, m.body());
        }
        if (args.length < 2) throw ScriptError.typeError("http.Agent.request: expects a Message or (method, path, headers?, body?)");
        ScriptObject head = self.requestHead(ctx, args[0], args[1], args.length > 2 ? args[2] : null);
        Object b = args.length > 3 ? args[3] : Undefined.INSTANCE;
        Data body;
        if (Values.isNullish(b)) {
          body = null;
        } else if (b instanceof Data d) {
          body = d;
        } else if (b instanceof CharSequence s) {
          body = Data.fromString(s.toString());
        } else {
          throw ScriptError.typeError("http.Agent.request: body expects a string or a Data object");
        }
        return self.request(head, body);
      })
      .build();

  /** Filter arguments made in Java, for filters the agent builds. */
  static final class JavaConfig implements FilterConfig {
    private final Worker worker;
    private final Object[] args;

    private JavaConfig(Worker worker, Object[] args) {
      this.worker = worker;
      this.args = args;
    }

    static JavaConfig of(Worker worker, Object... args) {
      return new JavaConfig(worker, args);
    }

    @Override
    public int argCount() {
      return args.length;
    }

    @Override
    public Object arg(int index) {
      return index < args.length ? args[index] : Undefined.INSTANCE;
    }

    @Override
    public SourceLocation location() {
      return new SourceLocation("http.Agent", 0, 0, "");
    }

    @Override
    public Worker worker() {
      return worker;
    }

    @Override
    public LayoutRef layoutNamed(String name) {
      throw new ScriptError("http.Agent: no named layouts");
    }

    @Override
    public LayoutRef layoutOf(Object arg) {
      throw new ScriptError("http.Agent: no layouts from arguments");
    }
  }
}
