package io.pipy.http;

import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;

/**
 * The header lines a {@link HeadEncoder} wrote for the last few headers objects, reused when an
 * object of the same contents comes again: the heads {@link HeadBlocks} makes for a repeated
 * block, or a script's object literal of constant strings. "The same contents" is decided by
 * {@link ObjectContents#heldBy}: the same keys, order and attributes, and the very same value
 * objects (strings compared by reference, so equal but separately made strings do not match).
 *
 * <p>Only objects whose values are strings, integers or nullish are remembered: what the encoder
 * writes for them follows from the values alone (an array or object could change inside, or
 * have a {@code toString} of its own). One instance per worker ({@link WorkerCaches}), used on its
 * thread.
 */
final class FieldsMemo {

  /** What was written for one headers object (and header-names object) in one mode. */
  record Entry(int mode, ObjectContents headers, ObjectContents names, byte[] lines, boolean gaveLength,
      String connection) {

    boolean matches(int mode, ScriptObject headers, ScriptObject names) {
      return this.mode == mode
          && this.headers.heldBy(headers)
          && (names == null ? this.names == null : this.names != null && this.names.heldBy(names));
    }
  }

  private static final int WAYS = 4;

  private final Entry[] recent = new Entry[WAYS];

  /** What was written for {@code headers} and {@code names} in {@code mode}, or null. */
  Entry find(int mode, ScriptObject headers, ScriptObject names) {
    for (Entry e : recent) {
      if (e == null) return null;
      if (e.matches(mode, headers, names)) return e;
    }
    return null;
  }

  /**
   * Remembers that {@code w}'s bytes from {@code start} are the lines written for
   * {@code headers} and {@code names} in {@code mode}. The caller has seen that every value is
   * a string, an integer or nullish.
   */
  void remember(ScriptRuntime scripts, HeadWriter w, int start, int mode, ScriptObject headers,
      ScriptObject names, boolean gaveLength, String connection) {
    ObjectContents hc = ObjectContents.of(scripts, headers);
    if (hc == null) return;
    ObjectContents nc = null;
    if (names != null) {
      nc = ObjectContents.of(scripts, names);
      if (nc == null) return;
    }
    System.arraycopy(recent, 0, recent, 1, WAYS - 1);
    recent[0] = new Entry(mode, hc, nc, w.copyFrom(start), gaveLength, connection);
  }
}
