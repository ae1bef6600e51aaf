package io.pipy.http;

import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.FilterFactory;
import io.pipy.api.Message;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class StaticFilesTest {

  @TempDir
  Path dir;

  private PipelineTester t;
  private Context ctx;

  @BeforeEach
  void setUp() throws IOException {
    t = new PipelineTester();
    ctx = t.worker().newContext(null);
    HttpHost.register(t.worker(), new HttpHost() {
      @Override
      public Path codebase() {
        return dir;
      }

      @Override
      public FilterFactory filter(String name) {
        return null;
      }

      @Override
      public PipelineLayout newLayout(String name) {
        throw new UnsupportedOperationException();
      }

      @Override
      public Deferred newPromise() {
        throw new UnsupportedOperationException();
      }
    });
    write("index.html", "<h1>home</h1>");
    write("style.css", "body{}");
    write("app.min.js", "var x");
    write("data.JSON", "{}");
    write("blob.bin", "bytes");
    write("noext", "n");
    write("docs/index.html", "<p>docs</p>");
    write("docs/a b.txt", "spaced");
    write("zipped.txt", "plain text");
    Files.write(dir.resolve("zipped.txt.gz"), CompressHttpTest.gzip("plain text".getBytes(StandardCharsets.UTF_8)));
    Files.write(dir.resolve("zipped.txt.br"), new byte[] {1, 2, 3});
    Files.write(dir.resolve("only.txt.gz"), CompressHttpTest.gzip("from gz".getBytes(StandardCharsets.UTF_8)));
    // "from br" through brotli -q 11.
    Files.write(dir.resolve("onlybr.txt.br"), new byte[] {0x0f, 0x03, (byte) 0x80, 'f', 'r', 'o', 'm', ' ', 'b', 'r', 0x03});
    Files.write(dir.resolve("badbr.txt.br"), new byte[] {9});
    write("app/index", "no extension index");
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private void write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static String body(Message m) {
    return m.body().toString();
  }

  private static ScriptObject headers(Message m) {
    return (ScriptObject) ((ScriptObject) m.head()).get("headers");
  }

  // ---- http.File ----

  private Object file(String path) {
    return HttpFile.CLASS.constructor().construct(ctx, new Object[] {path});
  }

  private Object from(String path) {
    return ((HostFunction) HttpFile.CLASS.statics().get("from")).call(ctx, Undefined.INSTANCE, new Object[] {path});
  }

  private Message toMessage(Object file, Object... args) {
    return (Message) UrlTest.member(ctx, HttpFile.CLASS, file, "toMessage", args);
  }

  @Test
  void fileToMessageGivesTheBytesAndContentType() {
    Message m = toMessage(file("/style.css"));
    assertEquals("body{}", body(m));
    assertEquals("text/css", headers(m).get("content-type"));
    assertFalse(headers(m).has("content-encoding"));
    assertEquals(200, ((ScriptObject) m.head()).get("status"));
  }

  @Test
  void theSameMessageIsGivenEachTime() {
    Object f = file("style.css");
    assertSame(toMessage(f), toMessage(f, ""));
  }

  @Test
  void contentTypesByExtension() {
    assertEquals("text/html", headers(toMessage(file("/index.html"))).get("content-type"));
    assertEquals("application/javascript", headers(toMessage(file("/app.min.js"))).get("content-type"));
    assertEquals("application/json", headers(toMessage(file("/data.JSON"))).get("content-type"));
    assertEquals("application/octet-stream", headers(toMessage(file("/blob.bin"))).get("content-type"));
    assertEquals("application/octet-stream", headers(toMessage(file("/noext"))).get("content-type"));
  }

  @Test
  void preCompressedVariantsFollowAcceptEncoding() {
    Object f = file("/zipped.txt");
    Message br = toMessage(f, "gzip, deflate, br");
    assertEquals("br", headers(br).get("content-encoding"));
    assertArrayEquals(new byte[] {1, 2, 3}, br.body().toBytes());
    Message gz = toMessage(f, "gzip");
    assertEquals("gzip", headers(gz).get("content-encoding"));
    assertEquals("text/plain", headers(gz).get("content-type"));
    assertEquals("plain text", new String(StaticFiles.gunzip(gz.body().toBytes()), StandardCharsets.UTF_8));
    assertEquals("plain text", body(toMessage(f, "identity")));
    assertEquals("plain text", body(toMessage(f)));
    assertEquals("gzip", headers(toMessage(f, "br;q=0, GZIP")).get("content-encoding"));
  }

  @Test
  void onlyAVariantOnDisk() {
    Object gzOnly = file("/only.txt");
    assertEquals("gzip", headers(toMessage(gzOnly, "gzip")).get("content-encoding"));
    Message plain = toMessage(gzOnly, "");
    assertEquals("from gz", body(plain));
    assertFalse(headers(plain).has("content-encoding"));
    Object brOnly = file("/onlybr.txt");
    assertEquals("br", headers(toMessage(brOnly, "br")).get("content-encoding"));
    // Decompressed for a client that does not take br, as Pipy does.
    Message fromBr = toMessage(brOnly, "gzip");
    assertEquals("from br", body(fromBr));
    assertFalse(headers(fromBr).has("content-encoding"));
    // A variant that does not decompress leaves nothing to send.
    assertEquals(406, ((ScriptObject) toMessage(file("/badbr.txt"), "gzip").head()).get("status"));
  }

  @Test
  void missingFiles() {
    assertEquals("file not found: /nope.txt", assertThrows(ScriptError.class, () -> file("/nope.txt")).getMessage());
    assertNull(from("/nope.txt"));
    assertNull(from("/../../etc/passwd"));
  }

  @Test
  void directoriesFallBackToTheirIndexHtml() {
    assertEquals("<h1>home</h1>", body(toMessage(file("/"))));
    assertEquals("<p>docs</p>", body(toMessage(file("/docs"))));
    assertEquals("<p>docs</p>", body(toMessage(from("docs/"))));
  }

  @Test
  void pathsCannotLeaveTheCodebase() throws IOException {
    Path outside = dir.getParent().resolve(dir.getFileName() + "-secret.txt");
    Files.writeString(outside, "secret");
    try {
      assertNull(from("/../" + outside.getFileName()));
      assertEquals("<h1>home</h1>", body(toMessage(from("/../../index.html"))));
    } finally {
      Files.delete(outside);
    }
  }

  // ---- http.Directory ----

  private Object directory(String path, Object options) {
    return HttpDirectory.CLASS.constructor().construct(ctx, options == null ? new Object[] {path} : new Object[] {path, options});
  }

  private Message serve(Object d, String path, String acceptEncoding) {
    ScriptObject h = acceptEncoding == null ? obj() : obj("accept-encoding", acceptEncoding);
    Message req = new Message(obj("method", "GET", "path", path, "headers", h), null, null);
    return (Message) UrlTest.member(ctx, HttpDirectory.CLASS, d, "serve", req);
  }

  @Test
  void directoryServesFilesWithIndexes() {
    Object d = directory("/", null);
    assertEquals("<h1>home</h1>", body(serve(d, "/", null)));
    assertEquals("<h1>home</h1>", body(serve(d, "/index.html?x=1#y", null)));
    assertEquals("<p>docs</p>", body(serve(d, "/docs", null)));
    assertEquals("<p>docs</p>", body(serve(d, "/docs/", null)));
    assertEquals("no extension index", body(serve(d, "/app", null)));
    assertEquals("application/octet-stream", headers(serve(d, "/app", null)).get("content-type"));
    assertEquals("spaced", body(serve(d, "/docs/a%20b.txt", null)));
    assertEquals("text/plain", headers(serve(d, "/docs/a%20b.txt", null)).get("content-type"));
    assertNull(serve(d, "/missing", null));
    assertNull(serve(d, "/../../etc/passwd", null));
    assertEquals("<h1>home</h1>", body(serve(d, "/a/../../index.html", null)));
  }

  @Test
  void directoryUnderACodebaseFolderOrOnTheFileSystem() {
    Object docs = directory("/docs", null);
    assertEquals("<p>docs</p>", body(serve(docs, "/", null)));
    assertNull(serve(docs, "/style.css", null));
    Object fs = directory(dir.resolve("docs").toString(), obj("fs", true));
    assertEquals("spaced", body(serve(fs, "/a b.txt", null)));
  }

  @Test
  void directoryOptions() {
    Object d = directory("/", obj("index", "index.html", "contentTypes", obj("css", "text/css; charset=utf-8"),
        "defaultContentType", "text/plain"));
    assertEquals("text/css; charset=utf-8", headers(serve(d, "/style.css", null)).get("content-type"));
    assertEquals("text/plain", headers(serve(d, "/index.html", null)).get("content-type"));
    assertNull(serve(d, "/app", null));
    Object list = directory("/", obj("index", TestSupport.RUNTIME.newArray(List.of("nope", "index"))));
    assertEquals("no extension index", body(serve(list, "/app/", null)));
    List<Object> seen = new ArrayList<>();
    TestSupport.Fn fn = new TestSupport.Fn((c, args) -> {
      seen.add(args[1]);
      return args[1].toString().endsWith(".css") ? obj("css", "text/x-css") : "text/x-other";
    });
    Object byFn = directory("/", obj("contentTypes", fn));
    assertEquals("text/x-css", headers(serve(byFn, "/style.css", null)).get("content-type"));
    assertEquals("text/x-other", headers(serve(byFn, "/docs", null)).get("content-type"));
    assertEquals(List.of("/style.css", "/docs/index.html"), seen);
    assertThrows(ScriptError.class, () -> directory("/", obj("tarball", true)));
  }

  @Test
  void directoryPreCompressedAndOnTheFlyCompression() {
    Object d = directory("/", null);
    assertEquals("br", headers(serve(d, "/zipped.txt", "gzip, br")).get("content-encoding"));
    assertEquals("gzip", headers(serve(d, "/zipped.txt", "gzip")).get("content-encoding"));
    assertFalse(headers(serve(d, "/zipped.txt", "deflate")).has("content-encoding"));
    assertFalse(headers(serve(d, "/style.css", "gzip")).has("content-encoding"));

    List<String> calls = new ArrayList<>();
    TestSupport.Fn compress = new TestSupport.Fn((c, args) -> {
      calls.add(args[1] + " " + args[2] + " " + args[3]);
      return "gzip";
    });
    Object z = directory("/", obj("compression", compress));
    Message m = serve(z, "/style.css", "gzip, br");
    assertEquals("gzip", headers(m).get("content-encoding"));
    assertEquals("body{}", new String(StaticFiles.gunzip(m.body().toBytes()), StandardCharsets.UTF_8));
    assertEquals(List.of("{gzip=true, br=true} /style.css 6"), calls);
    serve(z, "/style.css", "gzip");
    assertEquals(1, calls.size(), "the compressed bytes are kept");
    assertFalse(headers(serve(z, "/index.html", null)).has("content-encoding"));
    assertEquals(1, calls.size(), "not asked when nothing is accepted");
    Object bad = directory("/", obj("compression", new TestSupport.Fn((c, args) -> "br")));
    assertThrows(ScriptError.class, () -> serve(bad, "/style.css", "br"));
  }

  @Test
  void changedFilesAreReadAgain() throws IOException {
    Object d = directory("/", null);
    assertEquals("body{}", body(serve(d, "/style.css", null)));
    Path css = dir.resolve("style.css");
    Files.writeString(css, "body{color:red}");
    Files.setLastModifiedTime(css, FileTime.fromMillis(System.currentTimeMillis() + 5000));
    assertEquals("body{color:red}", body(serve(d, "/style.css", null)));
    Files.delete(css);
    assertNull(serve(d, "/style.css", null));
  }

  @Test
  void defaultContentTypesIsPipysTable() {
    @SuppressWarnings("unchecked")
    Map<String, String> m = (Map<String, String>) HttpDirectory.CLASS.statics().get("defaultContentTypes");
    assertEquals(13, m.size());
    assertEquals("image/jpeg", m.get("jpg"));
    assertTrue(m.containsKey("woff2"));
  }
}
