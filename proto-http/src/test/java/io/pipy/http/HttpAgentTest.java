package io.pipy.http;

import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.FilterFactory;
import io.pipy.api.Message;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The agent against an in-memory server: {@code connect} is replaced by {@code serveHTTP}, so the
 * request bytes the agent writes are decoded by our server and its answer bytes go back.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class HttpAgentTest {

  private PipelineTester t;
  private Context ctx;
  /** What connect() was called with. */
  private final List<Object[]> connectArgs = new ArrayList<>();
  /** Makes the stand-in for connect; by default, a server answering with {@link #handler}. */
  private Supplier<Filter> connect;
  private TestSupport.Fn handler;
  /** Requests the server saw, as "METHOD PATH host=... body". */
  private final List<String> seen = new ArrayList<>();
  private final Set<Context> serverConnections = Collections.newSetFromMap(new IdentityHashMap<>());
  private boolean haveConnect = true;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = t.worker().newContext(null);
    handler = new TestSupport.Fn((c, args) -> {
      Message req = (Message) args[0];
      ScriptObject h = (ScriptObject) req.head();
      ScriptObject hs = (ScriptObject) h.get("headers");
      seen.add(h.get("method") + " " + h.get("path") + " host=" + hs.get("host") + " " + req.body());
      serverConnections.add(c);
      return new Message(obj("status", 200, "headers", obj("content-type", "text/plain")), Data.fromString("hello " + h.get("path")), null);
    });
    connect = () -> {
      ServeHttp f = ServeHttp.create(config(t, handler));
      f.configure("serveHTTP", null);
      return f;
    };
    HttpHost.register(t.worker(), new HttpHost() {
      @Override
      public Path codebase() {
        return Path.of(".");
      }

      @Override
      public FilterFactory filter(String name) {
        if (!name.equals("connect") || !haveConnect) return null;
        return new FilterFactory() {
          @Override
          public String name() {
            return "connect";
          }

          @Override
          public Filter create(FilterConfig config) {
            connectArgs.add(new Object[] {config.arg(0), config.arg(1)});
            return connect.get();
          }
        };
      }

      @Override
      public PipelineLayout newLayout(String name) {
        return t.layout();
      }

      @Override
      public Deferred newPromise() {
        TestSupport.Promise p = new TestSupport.Promise(t.worker());
        return new Deferred() {
          @Override
          public Object promise() {
            return p;
          }

          @Override
          public void resolve(Object value) {
            p.resolve(value);
          }

          @Override
          public void reject(Object reason) {
            p.reject(reason);
          }
        };
      }
    });
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  /** Where a promise ended: "ok" or "rejected" and the value. */
  private static final class Outcome {
    volatile String how;
    volatile Object value;
  }

  private HttpAgent agent(Object... args) {
    return t.call(() -> (HttpAgent) HttpAgent.CLASS.constructor().construct(ctx, args));
  }

  private Outcome request(HttpAgent a, Object... args) {
    Outcome o = new Outcome();
    t.exec(() -> {
      Object p = UrlTest.member(ctx, HttpAgent.CLASS, a, "request", args);
      ((TestSupport.Promise) p).then(v -> {
        o.how = "ok";
        o.value = v;
      }, e -> {
        o.how = "rejected";
        o.value = e;
      });
    });
    return o;
  }

  private Outcome await(Outcome o) {
    for (int i = 0; i < 200 && o.how == null; i++) t.settle(5);
    return o;
  }

  private static int status(Object message) {
    return (Integer) ((ScriptObject) ((Message) message).head()).get("status");
  }

  @Test
  void getRequestResolvesWithTheResponse() {
    HttpAgent a = agent("example.com:8080");
    Outcome o = await(request(a, "GET", "/hello"));
    assertEquals("ok", o.how);
    Message m = (Message) o.value;
    assertEquals(200, status(m));
    assertEquals("hello /hello", m.body().toString());
    assertEquals("text/plain", ((ScriptObject) ((ScriptObject) m.head()).get("headers")).get("content-type"));
    assertEquals(List.of("GET /hello host=example.com:8080 "), seen);
    assertEquals("example.com:8080", connectArgs.get(0)[0]);
  }

  @Test
  void bodiesAndHeadersAreSent() {
    HttpAgent a = agent("h");
    await(request(a, "POST", "/s", obj("Host", "other", "x-a", "1"), "text body"));
    await(request(a, "PUT", "/d", Undefined.INSTANCE, Data.fromString("data body")));
    Message msg = new Message(obj("method", "PATCH", "path", "/m", "headers", obj()), Data.fromString("msg body"), null);
    Outcome o = await(request(a, msg));
    assertEquals("ok", o.how);
    assertEquals(List.of("POST /s host=other text body", "PUT /d host=h data body", "PATCH /m host=h msg body"), seen);
    assertEquals("msg body", msg.body().toString(), "the script's body is left as it was");
    assertEquals("h:80", connectArgs.get(0)[0]);
  }

  @Test
  void sequentialRequestsReuseOneConnection() {
    HttpAgent a = agent("h:1");
    for (int i = 0; i < 5; i++) assertEquals("ok", await(request(a, "GET", "/" + i)).how);
    assertEquals(1, serverConnections.size());
    assertEquals(1, t.call(a::openConnections));
    assertEquals(1, t.call(a::idleConnections));
  }

  @Test
  void concurrentRequestsOpenConnectionsUpToTheLimit() {
    List<TestSupport.Promise> answers = new ArrayList<>();
    handler = new TestSupport.Fn((c, args) -> {
      serverConnections.add(c);
      TestSupport.Promise p = new TestSupport.Promise(t.worker());
      answers.add(p);
      return p;
    });
    HttpAgent a = agent("h:1", obj("maxConnections", 2));
    List<Outcome> outs = new ArrayList<>();
    for (int i = 0; i < 3; i++) outs.add(request(a, "GET", "/" + i));
    t.settle(20);
    assertEquals(2, t.call(answers::size), "the third request waits for a connection");
    assertEquals(2, t.call(a::openConnections));
    t.exec(() -> answers.get(0).resolve(new Message(obj("status", 201), Data.fromString("first"), null)));
    await(outs.get(0));
    t.settle(20);
    assertEquals(3, t.call(answers::size), "the waiting request takes the freed connection");
    t.exec(() -> answers.get(1).resolve(new Message(obj("status", 202), null, null)));
    t.exec(() -> answers.get(2).resolve(new Message(obj("status", 203), null, null)));
    assertEquals(201, status(await(outs.get(0)).value));
    assertEquals(202, status(await(outs.get(1)).value));
    assertEquals(203, status(await(outs.get(2)).value));
    assertEquals(2, serverConnections.size());
  }

  @Test
  void connectionCloseIsNotReused() {
    handler = new TestSupport.Fn((c, args) -> {
      serverConnections.add(c);
      return new Message(obj("status", 200, "headers", obj("connection", "close")), Data.fromString("bye"), null);
    });
    HttpAgent a = agent("h:1");
    assertEquals("bye", ((Message) await(request(a, "GET", "/")).value).body().toString());
    t.settle(10);
    assertEquals(0, t.call(a::openConnections));
    assertEquals("ok", await(request(a, "GET", "/")).how);
    assertEquals(2, serverConnections.size());
  }

  @Test
  void headRequestsGetNoBody() {
    handler = new TestSupport.Fn((c, args) -> new Message(obj("status", 200), Data.fromString("not sent"), null));
    HttpAgent a = agent("h:1");
    Outcome o = await(request(a, "HEAD", "/"));
    assertEquals("ok", o.how);
    assertEquals("", ((Message) o.value).body().toString());
    assertEquals("ok", await(request(a, "GET", "/")).how, "the connection is still in step");
  }

  /** A stand-in for connect that fails every connection with {@code error}. */
  private static Filter failing(StreamEnd error) {
    return new Filter() {
      private boolean done;

      @Override
      protected Filter duplicate() {
        return failing(error);
      }

      @Override
      protected void process(Event event) {
        if (event instanceof Data d) d.release();
        if (!done) {
          done = true;
          output(error);
        }
      }
    };
  }

  @Test
  void transportErrorsBecomeResponsesOrRejections() {
    connect = () -> failing(StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED));
    HttpAgent a = agent("h:1");
    Outcome refused = await(request(a, "GET", "/"));
    assertEquals("ok", refused.how);
    assertEquals(502, status(refused.value));
    assertEquals("Connection Refused", ((ScriptObject) ((Message) refused.value).head()).get("statusText"));
    t.settle(10);
    assertEquals(0, t.call(a::openConnections));

    connect = () -> failing(StreamEnd.normal());
    HttpAgent b = agent("h:2");
    Outcome closed = await(request(b, "GET", "/"));
    assertEquals("rejected", closed.how);
    assertInstanceOf(Message.class, closed.value);
    assertEquals(502, status(closed.value));
    assertEquals("Bad Gateway", ((ScriptObject) ((Message) closed.value).head()).get("statusText"));
  }

  @Test
  void idleConnectionsAreClosed() {
    HttpAgent a = agent("h:1", obj("maxIdle", 0.05));
    assertEquals("ok", await(request(a, "GET", "/")).how);
    t.settle(20);
    assertEquals(1, t.call(a::openConnections));
    t.settle(150);
    assertEquals(0, t.call(a::openConnections));
  }

  @Test
  void optionsGoToConnectWithoutTheAgentsOwn() {
    agent("h:1", obj("connectTimeout", 3, "maxConnections", 4, "maxIdle", 1));
    ScriptObject passed = (ScriptObject) connectArgs.get(0)[1];
    assertEquals(3, passed.get("connectTimeout"));
    assertTrue(!passed.has("maxConnections") && !passed.has("maxIdle"));
  }

  @Test
  void targetsAsPipyMakesThem() {
    assertEquals("h:8080", HttpAgent.target("h:8080", false));
    assertEquals("h:80", HttpAgent.target("h", false));
    assertEquals("h:443", HttpAgent.target("h", true));
    assertEquals("[::1]:80", HttpAgent.target("::1", false));
    assertEquals("[::1]:443", HttpAgent.target("[::1]", true));
    assertEquals("[::1]:8080", HttpAgent.target("[::1]:8080", false));
    assertEquals("10.0.0.1:80", HttpAgent.target("10.0.0.1", false));
  }

  @Test
  void missingFiltersAreErrorsAtConstruction() {
    haveConnect = false;
    ScriptError e = assertThrows(ScriptError.class, () -> agent("h:1"));
    assertEquals("http.Agent: the 'connect' filter is not available (module proto-tcp is not installed)", e.getMessage());
    haveConnect = true;
    e = assertThrows(ScriptError.class, () -> agent("h:1", obj("tls", obj())));
    assertTrue(e.getMessage().contains("connectTLS"));
  }

  @Test
  void aWorkerWithoutTheServicesGivesClearErrors() {
    // A worker implementing only the required SPI (no filters, no promises, no layouts).
    try (io.pipy.engine.PipelineTester tester = new io.pipy.engine.PipelineTester()) {
      HttpHost bare = new HttpHost.WorkerHost(tester.worker());
      assertNull(bare.filter("connect"));
      assertThrows(ScriptError.class, () -> bare.newLayout("x"));
    }
  }
}
