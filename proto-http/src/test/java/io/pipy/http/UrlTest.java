package io.pipy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.PipelineTester;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class UrlTest {

  /**
   * Inputs and what node v20's WHATWG URL makes of them: input, base, href, origin, protocol,
   * username, password, host, hostname, port, pathname, search, hash, searchParams. Generated
   * with {@code new URL(input, base)} in node; our {@code port} differs only where node's is
   * empty: there it is the scheme's default, as in Pipy.
   */
  static final String[][] NODE = {
      {"http://example.com", null, "http://example.com/", "http://example.com", "http:", "", "", "example.com", "example.com", "", "/", "", "", ""},
      {"http://example.com/", null, "http://example.com/", "http://example.com", "http:", "", "", "example.com", "example.com", "", "/", "", "", ""},
      {"HTTP://EXAMPLE.COM/A/B", null, "http://example.com/A/B", "http://example.com", "http:", "", "", "example.com", "example.com", "", "/A/B", "", "", ""},
      {"http://user:pass@Example.COM:8080/a/b/../c/./d?x=1&y=2#frag", null, "http://user:pass@example.com:8080/a/c/d?x=1&y=2#frag", "http://example.com:8080", "http:", "user", "pass", "example.com:8080", "example.com", "8080", "/a/c/d", "?x=1&y=2", "#frag", "x=1&y=2"},
      {"https://example.com:443/p", null, "https://example.com/p", "https://example.com", "https:", "", "", "example.com", "example.com", "", "/p", "", "", ""},
      {"http://example.com:80/p", null, "http://example.com/p", "http://example.com", "http:", "", "", "example.com", "example.com", "", "/p", "", "", ""},
      {"http://example.com:0/", null, "http://example.com:0/", "http://example.com:0", "http:", "", "", "example.com:0", "example.com", "0", "/", "", "", ""},
      {"http://h:/p", null, "http://h/p", "http://h", "http:", "", "", "h", "h", "", "/p", "", "", ""},
      {"https://h:8443", null, "https://h:8443/", "https://h:8443", "https:", "", "", "h:8443", "h", "8443", "/", "", "", ""},
      {"ws://h/chat", null, "ws://h/chat", "ws://h", "ws:", "", "", "h", "h", "", "/chat", "", "", ""},
      {"wss://h:443/chat?x", null, "wss://h/chat?x", "wss://h", "wss:", "", "", "h", "h", "", "/chat", "?x", "", "x="},
      {"ftp://h:21/f", null, "ftp://h/f", "ftp://h", "ftp:", "", "", "h", "h", "", "/f", "", "", ""},
      {"http://[::1]:8080/x", null, "http://[::1]:8080/x", "http://[::1]:8080", "http:", "", "", "[::1]:8080", "[::1]", "8080", "/x", "", "", ""},
      {"http://[0:0:0:0:0:0:0:1]/", null, "http://[::1]/", "http://[::1]", "http:", "", "", "[::1]", "[::1]", "", "/", "", "", ""},
      {"http://[2001:DB8:0:0:1:0:0:1]/", null, "http://[2001:db8::1:0:0:1]/", "http://[2001:db8::1:0:0:1]", "http:", "", "", "[2001:db8::1:0:0:1]", "[2001:db8::1:0:0:1]", "", "/", "", "", ""},
      {"http://[::ffff:192.168.0.1]/", null, "http://[::ffff:c0a8:1]/", "http://[::ffff:c0a8:1]", "http:", "", "", "[::ffff:c0a8:1]", "[::ffff:c0a8:1]", "", "/", "", "", ""},
      {"http://127.1/", null, "http://127.0.0.1/", "http://127.0.0.1", "http:", "", "", "127.0.0.1", "127.0.0.1", "", "/", "", "", ""},
      {"http://0x7f.0.0.1/", null, "http://127.0.0.1/", "http://127.0.0.1", "http:", "", "", "127.0.0.1", "127.0.0.1", "", "/", "", "", ""},
      {"http://2130706433/", null, "http://127.0.0.1/", "http://127.0.0.1", "http:", "", "", "127.0.0.1", "127.0.0.1", "", "/", "", "", ""},
      {"http://0177.0.0.1/", null, "http://127.0.0.1/", "http://127.0.0.1", "http:", "", "", "127.0.0.1", "127.0.0.1", "", "/", "", "", ""},
      {"http://192.168.0.1./", null, "http://192.168.0.1/", "http://192.168.0.1", "http:", "", "", "192.168.0.1", "192.168.0.1", "", "/", "", "", ""},
      {"http://m\u00fcnchen.de/", null, "http://xn--mnchen-3ya.de/", "http://xn--mnchen-3ya.de", "http:", "", "", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", "", "/", "", "", ""},
      {"http://xn--mnchen-3ya.de/", null, "http://xn--mnchen-3ya.de/", "http://xn--mnchen-3ya.de", "http:", "", "", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de", "", "/", "", "", ""},
      {"http://h/a b?c d#e f", null, "http://h/a%20b?c%20d#e%20f", "http://h", "http:", "", "", "h", "h", "", "/a%20b", "?c%20d", "#e%20f", "c+d="},
      {"http://h/%7Efoo?a=%20b", null, "http://h/%7Efoo?a=%20b", "http://h", "http:", "", "", "h", "h", "", "/%7Efoo", "?a=%20b", "", "a=+b"},
      {"http://h?q", null, "http://h/?q", "http://h", "http:", "", "", "h", "h", "", "/", "?q", "", "q="},
      {"http://h#x?y", null, "http://h/#x?y", "http://h", "http:", "", "", "h", "h", "", "/", "", "#x?y", ""},
      {"http://h/a?b#c#d", null, "http://h/a?b#c#d", "http://h", "http:", "", "", "h", "h", "", "/a", "?b", "#c#d", "b="},
      {"http://h/p?", null, "http://h/p?", "http://h", "http:", "", "", "h", "h", "", "/p", "", "", ""},
      {"http://h/p#", null, "http://h/p#", "http://h", "http:", "", "", "h", "h", "", "/p", "", "", ""},
      {"http://h/\u00e9?\u00e9=\u00fc#\u00f6", null, "http://h/%C3%A9?%C3%A9=%C3%BC#%C3%B6", "http://h", "http:", "", "", "h", "h", "", "/%C3%A9", "?%C3%A9=%C3%BC", "#%C3%B6", "%C3%A9=%C3%BC"},
      {"http://h/\"quotes\"<>`{}?'\"<>`#\"<>`", null, "http://h/%22quotes%22%3C%3E%60%7B%7D?%27%22%3C%3E`#%22%3C%3E%60", "http://h", "http:", "", "", "h", "h", "", "/%22quotes%22%3C%3E%60%7B%7D", "?%27%22%3C%3E`", "#%22%3C%3E%60", "%27%22%3C%3E%60="},
      {"http:\\\\h\\a\\b", null, "http://h/a/b", "http://h", "http:", "", "", "h", "h", "", "/a/b", "", "", ""},
      {"http://h/a/%2e%2E/b/%2e/c", null, "http://h/b/c", "http://h", "http:", "", "", "h", "h", "", "/b/c", "", "", ""},
      {"http://h/a/b/..", null, "http://h/a/", "http://h", "http:", "", "", "h", "h", "", "/a/", "", "", ""},
      {"http://h/a/./", null, "http://h/a/", "http://h", "http:", "", "", "h", "h", "", "/a/", "", "", ""},
      {"  http://h/trim  ", null, "http://h/trim", "http://h", "http:", "", "", "h", "h", "", "/trim", "", "", ""},
      {"http://h/a\tb\nc", null, "http://h/abc", "http://h", "http:", "", "", "h", "h", "", "/abc", "", "", ""},
      {"http://u%40x:p%3Ay@h/", null, "http://u%40x:p%3Ay@h/", "http://h", "http:", "u%40x", "p%3Ay", "h", "h", "", "/", "", "", ""},
      {"http://u@h/", null, "http://u@h/", "http://h", "http:", "u", "", "h", "h", "", "/", "", "", ""},
      {"http://:p@h/", null, "http://:p@h/", "http://h", "http:", "", "p", "h", "h", "", "/", "", "", ""},
      {"http://a@b@h/", null, "http://a%40b@h/", "http://h", "http:", "a%40b", "", "h", "h", "", "/", "", "", ""},
      {"http://u:p:q@h/", null, "http://u:p%3Aq@h/", "http://h", "http:", "u", "p%3Aq", "h", "h", "", "/", "", "", ""},
      {"file:///etc/passwd", null, "file:///etc/passwd", "null", "file:", "", "", "", "", "", "/etc/passwd", "", "", ""},
      {"file://localhost/etc/x", null, "file:///etc/x", "null", "file:", "", "", "", "", "", "/etc/x", "", "", ""},
      {"file://server/share", null, "file://server/share", "null", "file:", "", "", "server", "server", "", "/share", "", "", ""},
      {"mailto:x@y.z", null, "mailto:x@y.z", "null", "mailto:", "", "", "", "", "", "x@y.z", "", "", ""},
      {"foo://Host:99/Path?Q#F", null, "foo://Host:99/Path?Q#F", "null", "foo:", "", "", "Host:99", "Host", "99", "/Path", "?Q", "#F", "Q="},
      {"urn:isbn:0451450523", null, "urn:isbn:0451450523", "null", "urn:", "", "", "", "", "", "isbn:0451450523", "", "", ""},
      {"data:text/plain,hi there", null, "data:text/plain,hi there", "null", "data:", "", "", "", "", "", "text/plain,hi there", "", "", ""},
      {"/path?q=1", "http://localhost", "http://localhost/path?q=1", "http://localhost", "http:", "", "", "localhost", "localhost", "", "/path", "?q=1", "", "q=1"},
      {"/path?q=1", "http://localhost:8080/base/dir/", "http://localhost:8080/path?q=1", "http://localhost:8080", "http:", "", "", "localhost:8080", "localhost", "8080", "/path", "?q=1", "", "q=1"},
      {"rel/x", "http://h/a/b", "http://h/a/rel/x", "http://h", "http:", "", "", "h", "h", "", "/a/rel/x", "", "", ""},
      {"../x", "http://h/a/b/c", "http://h/a/x", "http://h", "http:", "", "", "h", "h", "", "/a/x", "", "", ""},
      {"../../../../x", "http://h/a/b", "http://h/x", "http://h", "http:", "", "", "h", "h", "", "/x", "", "", ""},
      {"./x", "http://h/a/b", "http://h/a/x", "http://h", "http:", "", "", "h", "h", "", "/a/x", "", "", ""},
      {"//h2/x", "https://h1/y", "https://h2/x", "https://h2", "https:", "", "", "h2", "h2", "", "/x", "", "", ""},
      {"?q=2", "http://h/p?q=1#f", "http://h/p?q=2", "http://h", "http:", "", "", "h", "h", "", "/p", "?q=2", "", "q=2"},
      {"#f", "http://h/p?q=1", "http://h/p?q=1#f", "http://h", "http:", "", "", "h", "h", "", "/p", "?q=1", "#f", "q=1"},
      {"", "http://h/p?q#f", "http://h/p?q", "http://h", "http:", "", "", "h", "h", "", "/p", "?q", "", "q="},
      {"http:x", "http://h/a/b", "http://h/a/x", "http://h", "http:", "", "", "h", "h", "", "/a/x", "", "", ""},
      {"https://other/x", "http://h/a", "https://other/x", "https://other", "https:", "", "", "other", "other", "", "/x", "", "", ""},
      {"\\x\\y", "http://h/a/b", "http://h/x/y", "http://h", "http:", "", "", "h", "h", "", "/x/y", "", "", ""},
      {"x", "http://h", "http://h/x", "http://h", "http:", "", "", "h", "h", "", "/x", "", "", ""},
      {"x?y#z", "http://u:p@h:81/a/b?c#d", "http://u:p@h:81/a/x?y#z", "http://h:81", "http:", "u", "p", "h:81", "h", "81", "/a/x", "?y", "#z", "y="},
      {"g;x=1/../y", "http://a/b/c/d;p?q", "http://a/b/c/y", "http://a", "http:", "", "", "a", "a", "", "/b/c/y", "", "", ""},
      {"g#s/../x", "http://a/b/c/d;p?q", "http://a/b/c/g#s/../x", "http://a", "http:", "", "", "a", "a", "", "/b/c/g", "", "#s/../x", ""},
  };

  /** Inputs node's URL rejects, and so do we. */
  static final String[] INVALID = {
    "http://", "http://a:99999/", "http://[::1/", "http://a b/", "https://:443", "http://[1::2::3]/",
    "http://1.2.3.4.5/", "http://256.0.0.1/",
  };

  private PipelineTester t;
  private Context ctx;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = t.worker().newContext(null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  /** Reads a property or calls a method through the host class, as a script would. */
  static Object member(Context ctx, HostClass<?> hc, Object self, String name, Object... args) {
    int i = hc.memberIndex(name);
    if (i < 0) throw new AssertionError("no member " + name);
    HostClass.Member m = hc.members().get(i);
    if (m instanceof HostClass.Property p) return p.getter().get(self);
    return ((HostClass.MethodMember) m).method().call(ctx, self, args);
  }

  private Object url(Object... args) {
    return Url.CLASS.constructor().construct(ctx, args);
  }

  private Object get(Object self, String name, Object... args) {
    return member(ctx, self instanceof Url ? Url.CLASS : UrlSearchParams.CLASS, self, name, args);
  }

  private static String defaultPort(String protocol) {
    return switch (protocol) {
      case "http:", "ws:" -> "80";
      case "https:", "wss:" -> "443";
      case "ftp:" -> "21";
      default -> "";
    };
  }

  @Test
  void parsesAsNodeDoes() {
    String[] names = {"href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "hash"};
    for (String[] row : NODE) {
      Object u = row[1] == null ? url(row[0]) : url(row[0], row[1]);
      for (int k = 0; k < names.length; k++) {
        String expected = row[2 + k];
        if (names[k].equals("port") && expected.isEmpty() && !row[8].isEmpty()) expected = defaultPort(row[4]);
        assertEquals(expected, get(u, names[k]), names[k] + " of " + row[0] + (row[1] == null ? "" : " against " + row[1]));
      }
      assertEquals(row[13], get(get(u, "searchParams"), "toString"), "searchParams of " + row[0]);
      assertEquals(row[10] + row[11], get(u, "path"), "path of " + row[0]);
      assertEquals(row[11].isEmpty() ? "" : row[11].substring(1), get(u, "query"), "query of " + row[0]);
    }
  }

  @Test
  void rejectsWhatNodeRejects() {
    for (String s : INVALID) {
      ScriptError e = assertThrows(ScriptError.class, () -> url(s), s);
      assertEquals(ScriptError.Kind.TYPE_ERROR, e.kind());
      assertEquals("Invalid URL: " + s, e.getMessage());
    }
    assertThrows(ScriptError.class, () -> url("x", "not a base"));
  }

  /** Pipy's additions: default ports, path, query, auth, and relative URLs without a base. */
  @Test
  void pipyExtras() {
    Object u = url("http://user:secret@Example.com/a?b=1#c");
    assertEquals("80", get(u, "port"));
    assertEquals("example.com", get(u, "host"));
    assertEquals("user:secret", get(u, "auth"));
    assertEquals("/a?b=1", get(u, "path"));
    assertEquals("b=1", get(u, "query"));
    assertEquals("443", get(url("https://h"), "port"));
    assertEquals("443", get(url("wss://h"), "port"));
    assertEquals("21", get(url("ftp://h"), "port"));
    assertEquals("", get(url("foo://h/"), "port"));
    assertEquals("", get(url("file:///x"), "port"));
    assertEquals("u", get(url("http://u@h/"), "auth"));

    // new URL(msg.head.path), as Pipy's samples do
    Object rel = url("/index.php?a=1&b=x+y");
    assertEquals("http:", get(rel, "protocol"));
    assertEquals("", get(rel, "host"));
    assertEquals("", get(rel, "hostname"));
    assertEquals("/index.php", get(rel, "pathname"));
    assertEquals("a=1&b=x+y", get(rel, "query"));
    assertEquals("x y", get(get(rel, "searchParams"), "get", "b"));
    assertEquals("/x", get(url("x"), "pathname"));
    assertEquals("h", get(url("//h/x"), "hostname"));

    // absolute-form request targets, as in Pipy's proxy sample
    Object abs = url("http://www.example.com/where?x");
    assertEquals("www.example.com:80", get(abs, "hostname") + ":" + get(abs, "port"));
  }

  @Test
  void baseMayBeAUrl() {
    Object base = url("http://h/a/b");
    assertEquals("http://h/a/c", get(url("c", base), "href"));
  }

  @Test
  void toStringAndToJsonAreTheHref() {
    Object u = url("HTTP://H/x");
    assertEquals("http://h/x", get(u, "toString"));
    assertEquals("http://h/x", get(u, "toJSON"));
  }

  @Test
  void searchParamsWriteBackToTheUrl() {
    Object u = url("http://h/p?a=1&b=2#f");
    Object sp = get(u, "searchParams");
    assertSame(sp, get(u, "searchParams"));
    get(sp, "append", "c", "x y");
    assertEquals("?a=1&b=2&c=x+y", get(u, "search"));
    assertEquals("http://h/p?a=1&b=2&c=x+y#f", get(u, "href"));
    get(sp, "delete", "a");
    get(sp, "delete", "b");
    get(sp, "delete", "c");
    assertEquals("", get(u, "search"));
    assertEquals("http://h/p#f", get(u, "href"));
  }

  /** What node's URLSearchParams makes of the same input. */
  @Test
  void searchParamsParseAsNodeDoes() {
    Object p = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {"?a=b+c&d=%20&a=2&e&=f&g=h=i&%zz=1&&x=%C3%A9"});
    assertEquals("b c", get(p, "get", "a"));
    assertEquals("[b c, 2]", get(p, "getAll", "a").toString());
    assertEquals(" ", get(p, "get", "d"));
    assertEquals("", get(p, "get", "e"));
    assertEquals("f", get(p, "get", ""));
    assertEquals("h=i", get(p, "get", "g"));
    assertEquals("1", get(p, "get", "%zz"));
    assertEquals("\u00e9", get(p, "get", "x"));
    assertNull(get(p, "get", "nope"));
    assertEquals(8, get(p, "size"));
    assertEquals("a=b+c&d=+&a=2&e=&=f&g=h%3Di&%25zz=1&x=%C3%A9", get(p, "toString"));
  }

  @Test
  void searchParamsMethods() {
    Object p = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {"b=2&a=1&b=3"});
    assertEquals(true, get(p, "has", "b"));
    assertEquals(true, get(p, "has", "b", "3"));
    assertEquals(false, get(p, "has", "b", "4"));
    assertEquals(false, get(p, "has", "c"));
    get(p, "set", "b", "9");
    assertEquals("b=9&a=1", get(p, "toString"));
    get(p, "append", "c", 1);
    get(p, "sort");
    assertEquals("a=1&b=9&c=1", get(p, "toString"));
    assertEquals("[[a, 1], [b, 9], [c, 1]]", get(p, "entries").toString());
    assertEquals("[a, b, c]", get(p, "keys").toString());
    assertEquals("[1, 9, 1]", get(p, "values").toString());
    List<String> seen = new ArrayList<>();
    TestSupport.Fn cb = new TestSupport.Fn((c, args) -> {
      seen.add(args[1] + "=" + args[0]);
      assertSame(p, args[2]);
      return Undefined.INSTANCE;
    });
    get(p, "forEach", cb);
    assertEquals(List.of("a=1", "b=9", "c=1"), seen);
    get(p, "delete", "c", "2");
    assertEquals(true, get(p, "has", "c"));
    get(p, "delete", "c", "1");
    assertEquals(false, get(p, "has", "c"));
  }

  /** Pipy's forms: objects with arrays, set() with an array or null, toObject(). */
  @Test
  void searchParamsPipyForms() {
    ScriptObject init = TestSupport.obj("x", 1, "y", TestSupport.RUNTIME.newArray(List.of("a", "b c")), "z", null);
    Object q = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {init});
    assertEquals("x=1&y=a&y=b+c", get(q, "toString"));
    assertEquals("[a, b c]", get(q, "getAll", "y").toString());
    get(q, "set", "x", TestSupport.RUNTIME.newArray(List.of("1", "2")));
    get(q, "set", "y", Undefined.INSTANCE);
    assertEquals("x=1&x=2", get(q, "toString"));
    ScriptObject o = (ScriptObject) get(q, "toObject");
    assertInstanceOf(ScriptArray.class, o.get("x"));
    assertEquals("[1, 2]", o.get("x").toString());
    Object one = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {"a=1"});
    assertEquals("1", ((ScriptObject) get(one, "toObject")).get("a"));
    Object pairs = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {
        TestSupport.RUNTIME.newArray(List.of(TestSupport.RUNTIME.newArray(List.of("k", "v")), TestSupport.RUNTIME.newArray(List.of("k", "w"))))});
    assertEquals("k=v&k=w", get(pairs, "toString"));
    Object copy = UrlSearchParams.CLASS.constructor().construct(ctx, new Object[] {pairs});
    get(copy, "append", "n", "1");
    assertEquals("k=v&k=w", get(pairs, "toString"));
    assertEquals("", get(UrlSearchParams.CLASS.constructor().construct(ctx, new Object[0]), "toString"));
  }

  /** Pipy's URL.encode family, with the semantics of encodeURI and friends (values from node). */
  @Test
  void encodeAndDecodeStatics() {
    assertEquals("a%20b/?%C3%A9#", call("encode", "a b/?\u00e9#"));
    assertEquals("a%20b%2F%3F%C3%A9%23", call("encodeComponent", "a b/?\u00e9#"));
    assertEquals("A%2F %23\u00e9", call("decode", "%41%2F%20%23%C3%A9"));
    assertEquals("A/ #\u00e9", call("decodeComponent", "%41%2F%20%23%C3%A9"));
    assertEquals("-_.!~*'()", call("encodeComponent", "-_.!~*'()"));
    assertThrows(ScriptError.class, () -> call("decode", "%E0%A4%A"));
    assertThrows(ScriptError.class, () -> call("decodeComponent", "%C3"));
    assertThrows(ScriptError.class, () -> call("encode", "\ud800"));
  }

  private Object call(String name, String arg) {
    HostFunction f = (HostFunction) Url.CLASS.statics().get(name);
    return f.call(ctx, Undefined.INSTANCE, new Object[] {arg});
  }
}
