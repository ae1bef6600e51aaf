package io.pipy.engine.os;

import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostFunction;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class OsTest {

  private PipelineTester t;
  private Context ctx;
  private final Map<String, Object> os = OsNamespace.namespace();

  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private Object call(String fn, Object... args) {
    return ((HostFunction) os.get(fn)).call(ctx, null, args);
  }

  @SuppressWarnings("unchecked")
  private Object pathCall(String fn, Object... args) {
    return ((HostFunction) ((Map<String, Object>) os.get("path")).get(fn)).call(ctx, null, args);
  }

  private String p(String name) {
    return dir.resolve(name).toString();
  }

  @Test
  void envAndPlatform() {
    @SuppressWarnings("unchecked")
    Map<String, String> env = (Map<String, String>) os.get("env");
    assertEquals(System.getenv("PATH"), env.get("PATH"));
    assertEquals("linux".equals(OsNamespace.platform()) || !System.getProperty("os.name").toLowerCase().contains("linux"), true);
    assertEquals(System.getProperty("user.home"), call("home"));
  }

  @Test
  void readAndWriteFiles() throws Exception {
    call("writeFile", p("a.txt"), "hello");
    assertEquals("hello", ((Data) call("readFile", p("a.txt"))).toString());
    call("write", p("b.bin"), Data.wrap(new byte[] {1, 2, 3}));
    assertEquals(3, ((Data) call("read", p("b.bin"))).size());
    assertEquals("hello", Files.readString(dir.resolve("a.txt")));
    assertNull(call("readFile", p("missing")), "readFile logs and returns null");
    error("cannot open file", () -> call("read", p("missing")));
    error("cannot open file", () -> call("write", p("no/such/dir/x"), "x"));
    error("argument #2 expects a Data or string", () -> call("writeFile", p("x"), 5));
    error("requires 1 or more arguments", () -> call("readFile"));
  }

  @Test
  void statListAndDirectories() throws Exception {
    call("writeFile", p("f.txt"), "12345");
    FileStats s = (FileStats) call("stat", p("f.txt"));
    assertEquals(5, get(FileStats.CLASS, s, "size"));
    assertTrue(s.isFile());
    assertFalse(s.isDirectory());
    assertTrue(((Number) get(FileStats.CLASS, s, "mtime")).doubleValue() > 1e9);
    assertTrue((int) get(FileStats.CLASS, s, "mode") != 0);
    assertNull(call("stat", p("nope")));
    call("mkdir", p("d1/d2"), obj("recursive", true));
    assertTrue(Files.isDirectory(dir.resolve("d1/d2")));
    assertTrue(((FileStats) call("stat", p("d1"))).isDirectory());
    error("cannot create directory", () -> call("mkdir", p("x/y/z")));
    assertEquals(List.of("d1", "f.txt"), list(call("readDir", dir.toString())));
    assertEquals(List.of("d1", "f.txt"), list(call("list", dir.toString())));
    assertEquals(List.of(), list(call("list", p("nope"))));
    call("rename", p("f.txt"), p("g.txt"));
    assertTrue(Files.exists(dir.resolve("g.txt")));
    assertEquals(true, call("unlink", p("g.txt")));
    assertEquals(false, call("unlink", p("g.txt")));
    error("cannot delete file", () -> call("rmdir", p("d1")));
    assertEquals(true, call("rm", p("d1"), obj("recursive", true)));
    assertFalse(Files.exists(dir.resolve("d1")));
    assertEquals(false, call("rm", p("d1"), obj("force", true)));
    error("cannot delete file", () -> call("rm", p("d1")));
    call("mkdir", p("empty"));
    assertEquals(true, call("rmdir", p("empty")));
  }

  @Test
  void chdirAndAbspath() throws Exception {
    Path before = OsNamespace.cwd();
    try {
      Files.createDirectories(dir.resolve("w"));
      call("chdir", dir.toString());
      assertEquals(dir.resolve("w").toString(), call("abspath", "w"));
      call("writeFile", "rel.txt", "r");
      assertTrue(Files.exists(dir.resolve("rel.txt")));
      error("cannot change directory", () -> call("chdir", p("nope")));
    } finally {
      call("chdir", before.toString());
    }
  }

  @Test
  void paths() {
    assertEquals("c.txt", pathCall("basename", "/a/b/c.txt"));
    assertEquals("c", pathCall("basename", "/a/b/c.txt", ".txt"));
    assertEquals("/a/b", pathCall("dirname", "/a/b/c.txt"));
    assertEquals("", pathCall("dirname", "c.txt"));
    assertEquals("a/b/c", pathCall("join", "a", "/b/", "c"));
    assertEquals(".", pathCall("join"));
    assertEquals("/x/y", pathCall("resolve", "/a", "/x", "y"));
    assertEquals("/a/c", pathCall("normalize", "a/b/../c/."));
    assertEquals("/", pathCall("normalize", ".."));
    assertTrue(((String) pathCall("resolve", "rel")).endsWith("/rel"));
  }

  @Test
  void kill() {
    long self = ProcessHandle.current().pid();
    assertEquals(true, call("kill", (double) self, 0));
    error("not supported", () -> call("kill", (double) self, 10));
    error("argument #1 expects a number", () -> call("kill", "x"));
  }
}
