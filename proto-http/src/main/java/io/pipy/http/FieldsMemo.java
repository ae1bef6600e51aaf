package io.pipy.http;

import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;

/**
 * The header lines a {@link HeadEncoder} wrote for the last few headers objects, reused when an
 * object of the same contents comes again: the heads {@link HeadBlocks} makes for a repeated
 * block, or a script's object literal of constant strings. "The same contents" is decided by
 * {@link ObjectTemplate#holds}: the same keys, order and attributes, and the very same value
 * objects (strings compared by reference, so equal but separately made strings do not match).
 *
 * <p>Only objects whose values are strings, integers or nullish are remembered: what the encoder
 * writes for them follows from the values alone (an array or object could change inside, or
 * have a {@code toString} of its own). One instance per worker ({@link WorkerCaches}), used on its
 * thread.
 */
final class FieldsMemo {

  /** What was written for one headers object (and header-names object) in one mode. */
  private record Entry(int mode, ObjectTemplate headers, Object[] headerValues, ObjectTemplate names,
      Object[] nameValues, byte[] lines, boolean gaveLength, String connection) {

    boolean matches(int mode, ScriptObject headers, ScriptObject names) {
      return this.mode == mode
          && this.headers.holds(headers, headerValues)
          && (names == null ? this.names == null : this.names != null && this.names.holds(names, nameValues));
    }
  }

  private static final int WAYS = 4;

  private final Entry[] recent = new Entry[WAYS];
  private Entry hit;

  /**
   * Writes the remembered lines for {@code headers} and {@code names} in {@code mode} to
   * {@code w}; false, writing nothing, if there are none.
   */
  boolean write(HeadWriter w, int mode, ScriptObject headers, ScriptObject names) {
    for (Entry e : recent) {
      if (e == null) return false;
      if (e.matches(mode, headers, names)) {
        w.bytes(e.lines);
        hit = e;
        return true;
      }
    }
    return false;
  }

  /** Whether the last {@link #write} wrote a {@code content-length} the script gave. */
  boolean gaveLength() {
    return hit.gaveLength;
  }

  /** The {@code connection} value of the headers of the last {@link #write}, or null. */
  String connection() {
    return hit.connection;
  }

  /**
   * Remembers that {@code w}'s bytes from {@code start} are the lines written for
   * {@code headers} and {@code names} in {@code mode}, if their values allow it.
   */
  void remember(ScriptRuntime scripts, HeadWriter w, int start, int mode, ScriptObject headers,
      ScriptObject names, boolean gaveLength, String connection) {
    ObjectTemplate ht = scripts.templateOf(headers);
    if (ht == null) return;
    Object[] hv = ht.valuesOf(headers);
    if (hv == null) return;
    for (Object v : hv) {
      if (!(v == null || v instanceof String || v instanceof Integer || v == io.pipy.api.script.Undefined.INSTANCE)) {
        return;
      }
    }
    ObjectTemplate nt = null;
    Object[] nv = null;
    if (names != null) {
      nt = scripts.templateOf(names);
      nv = nt == null ? null : nt.valuesOf(names);
      if (nv == null) return;
    }
    System.arraycopy(recent, 0, recent, 1, WAYS - 1);
    recent[0] = new Entry(mode, ht, hv, nt, nv, w.copyFrom(start), gaveLength, connection);
  }
}
