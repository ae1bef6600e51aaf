package io.pipy.tests.filters;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.ScriptTester;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The shared kit of the filter script tests: running a script's pipeline {@code 'p'} (or its
 * first listen layout) with given input events, and showing what came out compactly, heads and
 * tails included: {@code D(a) MS{"n":1} D(b) ME{"t":1} SE(ConnectionReset)}.
 *
 * <p>Input {@code Data} made by {@link #data(String)} sits in pooled direct memory, so a filter
 * that drops one without releasing it shows up as a leak ({@code LeakWatch}).
 */
final class Scripts {

  private Scripts() {
  }

  /** A Data of the UTF-8 bytes of {@code text} in a pooled direct buffer. */
  static Data data(String text) {
    return bytes(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A Data of {@code b} in a pooled direct buffer. */
  static Data bytes(byte[] b) {
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(1, b.length));
    buf.writeBytes(b);
    return Data.of(buf);
  }

  static MessageStart ms() {
    return MessageStart.of(null);
  }

  static MessageEnd me() {
    return MessageEnd.plain();
  }

  static StreamEnd se() {
    return StreamEnd.normal();
  }

  /** The events of a message with body {@code body}. */
  static Event[] msg(String body) {
    return new Event[] {ms(), data(body), me()};
  }

  /** Concatenates event arrays and single events. */
  static Event[] seq(Object... parts) {
    java.util.ArrayList<Event> out = new java.util.ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Event e) out.add(e);
      else for (Event e : (Event[]) p) out.add(e);
    }
    return out.toArray(new Event[0]);
  }

  /** Loads {@code script} (named test.js), feeds {@code input} to pipeline 'p', returns the shape. */
  static String shape(String script, Event... input) {
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      return shape(t, t.run("p").input(input));
    }
  }

  /** Like {@link #shape(String, Event...)} for the first {@code pipy.listen} layout (pipeline style). */
  static String shapeListen(String script, Event... input) {
    try (ScriptTester t = ScriptTester.load("test.js", script)) {
      return shape(t, t.run(t.listenLayout(0)).input(input));
    }
  }

  /** The output of {@code run} so far, shown compactly (on the worker, as heads are script values). */
  static String shape(ScriptTester t, ScriptTester.Run run) {
    List<Object> out = run.output();
    return t.call(() -> {
      StringBuilder sb = new StringBuilder();
      for (Object o : out) {
        if (sb.length() > 0) sb.append(' ');
        if (o instanceof String s) {
          sb.append("D(").append(s).append(')');
        } else if (o instanceof MessageStart m) {
          sb.append("MS");
          if (m.head() != null) sb.append(json(m.head()));
        } else if (o instanceof MessageEnd m) {
          sb.append("ME");
          if (m.tail() != null) sb.append(json(m.tail()));
        } else if (o instanceof StreamEnd e) {
          sb.append("SE");
          if (e.hasError()) sb.append('(').append(e.error().scriptName()).append(')');
        }
      }
      return sb.toString();
    });
  }

  /** A script value as compact JSON (keys in property order); call on the worker thread. */
  static String json(Object v) {
    if (v == null) return "null";
    if (v == Undefined.INSTANCE) return "undefined";
    if (v instanceof CharSequence s) return '"' + s.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) return String.valueOf(d.longValue());
    if (v instanceof Number || v instanceof Boolean) return String.valueOf(v);
    if (v instanceof Data d) return "Data(" + d + ")";
    if (v instanceof ScriptArray a) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < a.length(); i++) {
        if (i > 0) sb.append(',');
        sb.append(json(a.get(i)));
      }
      return sb.append(']').toString();
    }
    if (v instanceof ScriptObject o) {
      StringBuilder sb = new StringBuilder("{");
      for (String k : o.keys()) {
        if (sb.length() > 1) sb.append(',');
        sb.append('"').append(k).append("\":").append(json(o.get(k)));
      }
      return sb.append('}').toString();
    }
    return String.valueOf(v);
  }

  /** Waits up to 10 s for {@code condition}, checked on the test thread between worker turns. */
  static void await(ScriptTester t, BooleanSupplier condition) {
    long until = System.nanoTime() + 10_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) throw new AssertionError("timed out waiting");
      t.settle(5);
    }
  }

  /** Waits until {@code run} has output a StreamEnd; returns its shape. */
  static String awaitEnd(ScriptTester t, ScriptTester.Run run) {
    await(t, () -> run.output().stream().anyMatch(o -> o instanceof StreamEnd));
    return shape(t, run);
  }

  /**
   * Script lines defining {@code log} (an array callbacks push to) and {@code show(event)}, which
   * writes an event the way {@link #shape} does: {@code D(text)}, {@code MS{head}},
   * {@code ME{tail}}, {@code SE}, {@code SE(error)}.
   */
  static final String PRELUDE = String.join("\n",
      "var log = []",
      "var show = e => e instanceof Data ? 'D(' + e.toString() + ')'",
      "  : e instanceof MessageStart ? 'MS' + (e.head ? JSON.stringify(e.head) : '')",
      "  : e instanceof MessageEnd ? 'ME' + (e.tail ? JSON.stringify(e.tail) : '')",
      "  : e instanceof StreamEnd ? (e.error ? 'SE(' + e.error + ')' : 'SE') : String(e)",
      "");

  /** A pipeline named 'report' (configuration style) answering with {@code log} joined by " | ". */
  static final String REPORT = ".pipeline('report').replaceStreamStart(() => new Data(log.join(' | ')))";

  /** What {@code log} holds now, through the 'report' pipeline. */
  static String report(ScriptTester t) {
    ScriptTester.Run r = t.run("report");
    r.input(se());
    String s = r.outputText();
    r.release();
    return s;
  }

  /** Joins script lines. */
  static String lines(String... lines) {
    return String.join("\n", lines);
  }
}
