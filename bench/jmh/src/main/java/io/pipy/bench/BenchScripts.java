package io.pipy.bench;

import java.util.Map;

/**
 * The benchmark scripts. Each calls {@code register(fn)} with the function one benchmark
 * operation invokes; the same text runs under PipyJS and Rhino (ES6 mode).
 */
final class BenchScripts {

  private BenchScripts() {
  }

  static final Map<String, String> SCRIPTS = Map.of(
      "fib",
      "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }\n"
          + "register(function () { return fib(27); });\n",
      "array",
      "register(function () {\n"
          + "  var a = [];\n"
          + "  for (var i = 0; i < 100000; i++) a.push(i);\n"
          + "  return a.map(function (x) { return x * 2; })\n"
          + "          .filter(function (x) { return x % 3 === 0; })\n"
          + "          .reduce(function (s, x) { return s + x; }, 0);\n"
          + "});\n",
      "string",
      "register(function () {\n"
          + "  var s = '';\n"
          + "  for (var i = 0; i < 20000; i++) s += 'item' + i + ',';\n"
          + "  return s.length;\n"
          + "});\n",
      "props",
      "register(function () {\n"
          + "  var ps = [];\n"
          + "  for (var i = 0; i < 100; i++) ps.push({ x: i, y: i * 2, z: 0 });\n"
          + "  var t = 0;\n"
          + "  for (var r = 0; r < 1000; r++) {\n"
          + "    for (var j = 0; j < ps.length; j++) { var p = ps[j]; p.z = p.x + p.y; t += p.z; }\n"
          + "  }\n"
          + "  return t;\n"
          + "});\n",
      "callback",
      "register(function (msg) { return new Message(msg.head.path); });\n");

  /** For Rhino, which has no Pipy classes: a Message with the same shape. */
  static final String RHINO_MESSAGE =
      "function Message(head, body) { if (body === undefined) { this.head = null; this.body = head; }"
          + " else { this.head = head; this.body = body; } this.tail = null; }\n";
}
