package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.pipy.api.script.Undefined;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class URLRouterTest {

  private final URLRouter r = make(URLRouter.CLASS, null,
      obj("/api/*", 1, "/api/v1", 2, "a.com/x/*", 3, "*.b.com/*", 4, "/*", 5));

  private Object find(Object... parts) {
    return call(URLRouter.CLASS, r, "find", null, parts);
  }

  @Test
  void answersAsPipyDoes() {
    // The same lookups run against Pipy 1.5.18 gave: 1 1 2 1 5 3 3 4 5 undefined
    assertEquals(1, find("/api"));
    assertEquals(1, find("/api/"));
    assertEquals(2, find("/api/v1"));
    assertEquals(1, find("/api/v1/"));
    assertEquals(5, find("/apix"));
    assertEquals(3, find("a.com", "/x"));
    assertEquals(3, find("a.com:80/x/y?q"));
    assertEquals(4, find("c.b.com/z"));
    assertEquals(5, find("b.com/z"));
    assertSame(Undefined.INSTANCE, find("nothing"));
  }

  @Test
  void exactPathsMatchOnlyThemselves() {
    URLRouter x = new URLRouter();
    x.add("/a/b", "ab");
    assertEquals("ab", x.find("/a/b"));
    assertEquals("ab", x.find("/a/b?x=1"));
    assertSame(Undefined.INSTANCE, x.find("/a/b/"));
    assertSame(Undefined.INSTANCE, x.find("/a"));
    assertSame(Undefined.INSTANCE, x.find("/a/b/c"));
  }

  @Test
  void longerWildcardsWin() {
    URLRouter x = new URLRouter();
    x.add("/*", "root");
    x.add("/a/*", "a");
    x.add("/a/b/*", "ab");
    assertEquals("ab", x.find("/a/b/c/d"));
    assertEquals("ab", x.find("/a/b"));
    assertEquals("a", x.find("/a/c"));
    assertEquals("a", x.find("/a"));
    assertEquals("root", x.find("/b"));
    assertEquals("root", x.find("/"));
  }

  @Test
  void hostPatternsFallBackToHostlessOnes() {
    URLRouter x = new URLRouter();
    x.add("example.com/*", "host");
    x.add("/static/*", "static");
    assertEquals("host", x.find("example.com/static/a"));
    assertEquals("static", x.find("other.com/static/a"));
    assertEquals("static", x.find("/static"));
    assertSame(Undefined.INSTANCE, x.find("other.com/x"));
  }

  @Test
  void addReplacesAndFindJoinsSegments() {
    URLRouter x = new URLRouter();
    call(URLRouter.CLASS, x, "add", null, "/p/*", "one");
    call(URLRouter.CLASS, x, "add", null, "/p/*", "two");
    assertEquals("two", call(URLRouter.CLASS, x, "find", null, "/p", "q"));
    assertEquals("two", call(URLRouter.CLASS, x, "find", null, "/p/", "/q", null, Undefined.INSTANCE));
    assertEquals("/a/b/c", URLRouter.join(null, new Object[] {"/a/", "/b", "c"}));
  }

  @Test
  void badPatterns() {
    error("invalid URL pattern", () -> r.add("nohost", 1));
    error("invalid URL pattern", () -> r.add("a.com:80/x", 1));
    error("argument #1 expects an object", () -> make(URLRouter.CLASS, null, "x"));
    error("requires 2 or more arguments", () -> call(URLRouter.CLASS, r, "add", null, "/x"));
    error("argument #1 expects a string", () -> call(URLRouter.CLASS, r, "add", null, 1, 2));
  }
}
