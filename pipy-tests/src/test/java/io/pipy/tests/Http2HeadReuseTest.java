package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Data;
import io.pipy.engine.ScriptTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP/2 heads are made from templates of header lists seen before (the names, in order, of one
 * head's fields); each head must still be an object of its own, hold its own values, keep its
 * fields in wire order, and turn repeated cookies into a new array each time. Requests go from
 * HTTP/1 text through {@code muxHTTP} version 2 into {@code demuxHTTP}, all in one process, so
 * both request heads (decoded by demuxHTTP) and response heads (decoded by muxHTTP) are
 * HTTP/2-made.
 */
@Timeout(30)
class Http2HeadReuseTest {

  private static final String SCRIPT = String.join("\n",
      "pipy()",
      ".pipeline('client')",
      "  .decodeHTTPRequest()",
      "  .muxHTTP(() => 'one', { version: 2 }).to('server')",
      "  .handleMessageStart(msg => {",
      "    var h = msg.head.headers",
      "    if (h['x-mode'] === 'edit') { h['x-extra'] = 'added'; h['x-mode'] = 'edited' }",
      "  })",
      "  .encodeHTTPResponse()",
      ".pipeline('server')",
      "  .demuxHTTP().to($=>$",
      "    .replaceMessage(msg => {",
      "      var h = msg.head.headers",
      "      var seen = Object.keys(msg.head).join(',') + ' ' + JSON.stringify(h)",
      "      if (msg.head.path === '/edit') { h.accept = 'changed'; h['x-edited'] = 'yes' }",
      "      if (msg.head.path === '/cookie') h.cookie.push('c=3')",
      "      return new Message({ status: 200, headers: { 'x-mode': msg.head.path === '/edit' ? 'edit' : 'plain' } }, seen)",
      "    })",
      "  )",
      "");

  private static String send(ScriptTester.Run run, String path, String fields) {
    int before = run.outputText().length();
    run.input(Data.fromString("GET " + path + " HTTP/1.1\r\nhost: example.com\r\n" + fields + "\r\n"));
    return run.outputText().substring(before);
  }

  private static String answer(String mode, String body) {
    return "HTTP/1.1 200 OK\r\nx-mode: " + mode + "\r\ncontent-length: " + body.length()
        + "\r\nconnection: keep-alive\r\n\r\n" + body;
  }

  @Test
  void headsOfTheSameFieldNamesAreObjectsOfTheirOwn() {
    String keys = "headers,headerNames,method,scheme,authority,path ";
    String plain = keys + "{\"accept\":\"*/*\",\"x-a\":\"1\",\"host\":\"example.com\"}";
    try (ScriptTester t = ScriptTester.load("h2-reuse.js", SCRIPT)) {
      ScriptTester.Run c = t.run("client");
      for (int i = 0; i < 3; i++) assertEquals(answer("plain", plain), send(c, "/a", "accept: */*\r\nx-a: 1\r\n"));
      assertEquals(answer("edited", plain).replace("x-mode: edited\r\n", "x-mode: edited\r\nx-extra: added\r\n"),
          send(c, "/edit", "accept: */*\r\nx-a: 1\r\n"));
      assertEquals(answer("plain", plain), send(c, "/a", "accept: */*\r\nx-a: 1\r\n"),
          "neither the server's edit of a request head nor the client's of a response head reaches the next");
      assertEquals(answer("plain", keys + "{\"x-a\":\"2\",\"accept\":\"text/html\",\"host\":\"example.com\"}"),
          send(c, "/a", "x-a: 2\r\naccept: text/html\r\n"), "other names, or the same in another order, keep their order");
      assertEquals(answer("plain", keys + "{\"accept\":\"*/*\",\"x-a\":\"3\",\"host\":\"example.com\"}"),
          send(c, "/b", "accept: */*\r\nx-a: 3\r\n"), "the same names with other values");
      c.release();
    }
  }

  @Test
  void repeatedCookiesAreNewArraysEachTime() {
    String seen = "headers,headerNames,method,scheme,authority,path {\"cookie\":[\"a=1\",\"b=2\"],\"host\":\"example.com\"}";
    try (ScriptTester t = ScriptTester.load("h2-reuse.js", SCRIPT)) {
      ScriptTester.Run c = t.run("client");
      for (int i = 0; i < 3; i++) assertEquals(answer("plain", seen), send(c, "/cookie", "cookie: a=1\r\ncookie: b=2\r\n"));
      c.release();
    }
  }
}
