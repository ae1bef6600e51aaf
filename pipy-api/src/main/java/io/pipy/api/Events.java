package io.pipy.api;

import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.Undefined;

/**
 * Turning script values into events: what a script may return where Pipy expects "events or
 * messages" ({@code onStart}, {@code replace*}, {@code produce} …).
 */
public final class Events {

  private Events() {
  }

  /**
   * Sends {@code value} to {@code out} as events: an {@link Event}, a {@link Message}, or an
   * array of those (nested arrays flattened); undefined and null send nothing. A {@link Data}
   * from a script is sent as a duplicate, so the script's object stays untouched.
   *
   * @return false if {@code value} (or an element) is not events; nothing is sent then
   */
  public static boolean emit(Object value, EventTarget out) {
    if (!isEvents(value)) return false;
    send(value, out);
    return true;
  }

  /** Whether {@code value} is something {@link #emit} accepts. */
  public static boolean isEvents(Object value) {
    if (value == null || value == Undefined.INSTANCE) return true;
    if (value instanceof Event || value instanceof Message) return true;
    if (value instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) {
        if (!isEvents(a.get(i))) return false;
      }
      return true;
    }
    return false;
  }

  private static void send(Object value, EventTarget out) {
    if (value == null || value == Undefined.INSTANCE) return;
    if (value instanceof Data d) {
      if (!d.isEmpty()) out.input(d.retainedDuplicate());
    } else if (value instanceof Event e) {
      out.input(e);
    } else if (value instanceof Message m) {
      m.writeTo(out);
    } else if (value instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) send(a.get(i), out);
    }
  }
}
