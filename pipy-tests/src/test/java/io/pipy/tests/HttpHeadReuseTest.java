package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The HTTP/1 codecs reuse work for heads seen before (parsed header blocks, encoded header
 * lines); whatever a script does to one message's head must show in that message alone, and a
 * script's own header object must be written as it is at each moment.
 */
@Timeout(30)
class HttpHeadReuseTest {

  private static final String SCRIPT = String.join("\n",
      "var shared = { 'x-shared': 'one' }",
      "pipy()",
      ".pipeline('requests')",
      "  .decodeHTTPRequest()",
      "  .handleMessageStart(msg => {",
      "    var h = msg.head.headers",
      "    if (msg.head.path === '/edit') { h['x-edited'] = 'yes'; h.host = 'changed.example'; msg.head.headerNames.host = 'HOST' }",
      "    if (msg.head.path === '/cookie') h.cookie.push('c=3')",
      "    if (msg.head.path === '/drop') delete h.accept",
      "  })",
      "  .encodeHTTPRequest()",
      ".pipeline('responses')",
      "  .decodeHTTPRequest()",
      "  .replaceMessage(msg => {",
      "    if (msg.head.path === '/change') shared['x-shared'] = 'tw' + 'o'",
      "    if (msg.head.path === '/add') shared['x-added'] = 'three'",
      "    return new Message({ status: 200, headers: shared }, 'ok')",
      "  })",
      "  .encodeHTTPResponse()",
      ".pipeline('upstream')",
      "  .decodeHTTPResponse()",
      "  .encodeHTTPResponse()",
      "");

  private static String request(String path, String block) {
    return "GET " + path + " HTTP/1.1\r\n" + block + "\r\n";
  }

  private static String send(ScriptTester.Run run, String text) {
    int before = run.outputText().length();
    run.input(Data.fromString(text));
    return run.outputText().substring(before);
  }

  @Test
  void aScriptsChangesToOneHeadDoNotReachTheNextHeadOfTheSameBytes() {
    String block = "Host: example.com\r\nAccept: */*\r\n";
    String plain = "Host: example.com\r\nAccept: */*\r\nconnection: keep-alive\r\n\r\n";
    try (ScriptTester t = ScriptTester.load("reuse.js", SCRIPT)) {
      ScriptTester.Run a = t.run("requests");
      ScriptTester.Run b = t.run("requests");
      for (int i = 0; i < 3; i++) assertEquals("GET /a HTTP/1.1\r\n" + plain, send(a, request("/a", block)));
      assertEquals("GET /edit HTTP/1.1\r\nHOST: changed.example\r\nAccept: */*\r\nx-edited: yes\r\nconnection: keep-alive\r\n\r\n",
          send(a, request("/edit", block)));
      assertEquals("GET /a HTTP/1.1\r\n" + plain, send(a, request("/a", block)));
      assertEquals("GET /b HTTP/1.1\r\n" + plain, send(b, request("/b", block)));
      assertEquals("GET /drop HTTP/1.1\r\nHost: example.com\r\nconnection: keep-alive\r\n\r\n", send(b, request("/drop", block)));
      assertEquals("GET /a HTTP/1.1\r\n" + plain, send(a, request("/a", block)));
      a.release();
      b.release();
    }
  }

  @Test
  void repeatedCookiesAreNewArraysEachTime() {
    String block = "Cookie: a=1\r\nCookie: b=2\r\n";
    try (ScriptTester t = ScriptTester.load("reuse.js", SCRIPT)) {
      ScriptTester.Run a = t.run("requests");
      for (int i = 0; i < 2; i++) {
        assertEquals("GET /cookie HTTP/1.1\r\nCookie: a=1\r\nCookie: b=2\r\nCookie: c=3\r\nconnection: keep-alive\r\n\r\n",
            send(a, request("/cookie", block)));
        assertEquals("GET /x HTTP/1.1\r\nCookie: a=1\r\nCookie: b=2\r\nconnection: keep-alive\r\n\r\n",
            send(a, request("/x", block)));
      }
      a.release();
    }
  }

  @Test
  void aBlockValidOnlyInAResponseIsNotRememberedForRequests() {
    // Whitespace before a colon is removed from responses but makes a request malformed; the
    // remembered blocks are shared by both directions on a worker.
    String block = "Host : example.com\r\nContent-Length: 0\r\n";
    try (ScriptTester t = ScriptTester.load("reuse.js", SCRIPT)) {
      ScriptTester.Run up = t.run("upstream");
      for (int i = 0; i < 2; i++) {
        assertEquals("HTTP/1.1 200 OK\r\nHost: example.com\r\ncontent-length: 0\r\nconnection: keep-alive\r\n\r\n",
            send(up, "HTTP/1.1 200 OK\r\n" + block + "\r\n"));
      }
      ScriptTester.Run a = t.run("requests");
      assertEquals("", send(a, request("/a", block)));
      assertEquals("SE(ProtocolError)", a.shape());
      up.release();
      a.release();
    }
  }

  @Test
  void aScriptsHeaderObjectIsWrittenAsItIsEachTime() {
    String answer = "HTTP/1.1 200 OK\r\nx-shared: %s\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok";
    try (ScriptTester t = ScriptTester.load("reuse.js", SCRIPT)) {
      ScriptTester.Run a = t.run("responses");
      assertEquals(String.format(answer, "one"), send(a, request("/x", "")));
      assertEquals(String.format(answer, "one"), send(a, request("/x", "")));
      assertEquals(String.format(answer, "two"), send(a, request("/change", "")));
      assertEquals(String.format(answer, "two"), send(a, request("/x", "")));
      assertEquals("HTTP/1.1 200 OK\r\nx-shared: two\r\nx-added: three\r\ncontent-length: 2\r\nconnection: keep-alive\r\n\r\nok",
          send(a, request("/add", "")));
      a.release();
    }
  }
}
