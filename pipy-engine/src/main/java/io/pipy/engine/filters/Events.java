package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;

/**
 * Turning script values into output events: what {@code replace*}, {@code insert},
 * {@code produce} and {@code deframe} accept from scripts.
 *
 * <p>Accepted: an event ({@code Data}, {@code MessageStart}, {@code MessageEnd},
 * {@code StreamEnd}), a {@link Message}, an array of those (null and undefined elements
 * skipped), null or undefined (nothing). As an extension to Pipy, a string is taken as a
 * {@code Data} of its UTF-8 bytes. A {@code Data} held by a script is output as a
 * {@link Data#retainedDuplicate() duplicate}, so the script's object stays as it was.
 */
final class Events {

  private Events() {
  }

  /** Whether {@code v} is something {@link #emit} accepts. */
  static boolean isEvents(Object v) {
    if (Args.absent(v)) return true;
    if (isSingle(v)) return true;
    if (v instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) {
        Object e = a.get(i);
        if (!Args.absent(e) && !isSingle(e)) return false;
      }
      return true;
    }
    return false;
  }

  private static boolean isSingle(Object v) {
    return v instanceof Event || v instanceof Message || v instanceof CharSequence;
  }

  /**
   * Sends the events {@code v} stands for to {@code out}; returns {@code false}, sending
   * nothing, if {@code v} is not acceptable.
   */
  static boolean emit(Object v, EventTarget out) {
    if (!isEvents(v)) return false;
    if (v instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) emitOne(a.get(i), out);
    } else {
      emitOne(v, out);
    }
    return true;
  }

  private static void emitOne(Object v, EventTarget out) {
    if (Args.absent(v)) return;
    if (v instanceof Data d) {
      out.input(d.retainedDuplicate());
    } else if (v instanceof Event e) {
      out.input(e);
    } else if (v instanceof Message m) {
      m.writeTo(out);
    } else if (v instanceof CharSequence s) {
      out.input(Data.fromString(s.toString()));
    }
  }

  /** The script-visible copy of an input event: {@code Data} as {@link Data#forScript()}, others as they are. */
  static Object forScript(Event e) {
    return e instanceof Data d ? d.forScript() : e;
  }

  /** Releases {@code e} if it holds buffers. */
  static void drop(Event e) {
    if (e instanceof Data d) d.release();
  }

  /** Whether {@code e} ends a message or the stream. */
  static boolean isEnd(Event e) {
    return e instanceof MessageEnd || e instanceof StreamEnd;
  }

  static boolean isStart(Event e) {
    return e instanceof MessageStart;
  }
}
