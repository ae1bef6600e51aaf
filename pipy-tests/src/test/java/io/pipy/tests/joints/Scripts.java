package io.pipy.tests.joints;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Small helpers for the joint-filter script tests: event lists, one-shot runs, log lines. */
final class Scripts {

  private Scripts() {
  }

  /** Joins script lines. */
  static String js(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  /**
   * {@code text} as Data in a pooled direct buffer, as a socket would deliver it: unlike GC-heap
   * Data, it is leak-tracked, so a joint filter that loses a copy fails the test.
   */
  static Data data(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    ByteBuf buf = PooledByteBufAllocator.DEFAULT.directBuffer(Math.max(1, bytes.length));
    buf.writeBytes(bytes);
    return Data.of(buf);
  }

  /** A message with a text body and no head: MessageStart, Data, MessageEnd. */
  static Event[] msg(String body) {
    return new Event[] {MessageStart.of(null), data(body), MessageEnd.plain()};
  }

  /** Events in order: Events, arrays of them (from {@link #msg}), or strings (a Data each). */
  static Event[] events(Object... parts) {
    List<Event> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Event e) {
        out.add(e);
      } else if (p instanceof Event[] es) {
        out.addAll(List.of(es));
      } else if (p instanceof String s) {
        out.add(data(s));
      } else {
        throw new IllegalArgumentException("not an event: " + p);
      }
    }
    return out.toArray(new Event[0]);
  }

  /** The events {@code parts} followed by a normal StreamEnd. */
  static Event[] stream(Object... parts) {
    Object[] all = java.util.Arrays.copyOf(parts, parts.length + 1);
    all[parts.length] = StreamEnd.normal();
    return events(all);
  }

  /** Loads {@code script}, feeds {@code input} to a fresh pipeline of layout {@code layout}, returns its output shape. */
  static String shape(String script, String layout, Event... input) {
    return with(script, t -> {
      ScriptTester.Run r = t.run(layout);
      r.input(input);
      String s = r.shape();
      r.release();
      return s;
    });
  }

  /** Like {@link #shape(String, String, Event...)} for the first listen() layout. */
  static String listenShape(String script, Event... input) {
    return with(script, t -> {
      ScriptTester.Run r = t.run(t.listenLayout(0));
      r.input(input);
      String s = r.shape();
      r.release();
      return s;
    });
  }

  /** Loads {@code script} as main.js and applies {@code body} to the tester. */
  static <T> T with(String script, Function<ScriptTester, T> body) {
    try (ScriptTester t = ScriptTester.load("main.js", script)) {
      return body.apply(t);
    }
  }

  /** The messages of the log lines written so far (timestamps and levels cut off), errors included. */
  static List<String> logLines(ScriptTester t) {
    List<String> out = new ArrayList<>();
    for (String line : t.log().split("\n")) {
      if (line.isEmpty()) continue;
      int at = line.indexOf("] ");
      out.add(at < 0 ? line : line.substring(at + 2));
    }
    return out;
  }

  /** Writes a file under {@code dir} (folders made as needed). */
  static void write(Path dir, String file, String... lines) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, js(lines));
  }
}
