package io.pipy.http;

import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.util.Arrays;

/**
 * Header blocks (a head's field lines, through its empty line) parsed recently, with the objects
 * they parsed to. Keep-alive connections send the same block again and again: a client's
 * requests, an upstream's responses until the second in its {@code Date} changes. For such a
 * block one hash and one comparison of its bytes and two objects made from templates with the
 * remembered values replace parsing every line and defining every header, and the new objects
 * hold the very strings of the earlier ones, which lets {@link FieldsMemo} recognise them when
 * they are written out again.
 *
 * <p>A block is remembered only when every header value is a string (a repeated cookie makes an
 * array, which a script could change in one message and so in the next) and the objects are
 * plain enough to have templates; and it is found again only by the script runtime it was made
 * in (its objects belong to that runtime). One instance per worker ({@link WorkerCaches}), used
 * on its thread.
 */
final class HeadBlocks {

  /** A block and what it parsed to. */
  record Block(ScriptRuntime scripts, byte[] bytes, ObjectContents headers, ObjectContents names,
      long contentLength, String transferEncoding, String connection, String upgrade) {
  }

  /** Longer blocks (big cookies, tokens) are rarely sent twice alike and would cost memory. */
  static final int MAX_BLOCK = 2048;
  private static final int SET_BITS = 5;
  private static final int WAYS = 2;

  private final Block[] blocks = new Block[WAYS << SET_BITS];

  /** The block of bytes {@code b[off, off+len)} if {@code scripts} parsed it recently, else null. */
  Block get(ScriptRuntime scripts, byte[] b, int off, int len) {
    if (len > MAX_BLOCK) return null;
    int set = setOf(b, off, len);
    for (int i = set; i < set + WAYS; i++) {
      Block k = blocks[i];
      if (k == null) return null;
      byte[] bytes = k.bytes;
      if (bytes.length == len && k.scripts == scripts && Arrays.equals(bytes, 0, len, b, off, off + len)) return k;
    }
    return null;
  }

  /**
   * Remembers block {@code b[off, off+len)} as having parsed to {@code headers} and
   * {@code names} with these facts, newest first in its set, unless it cannot be remembered
   * safely.
   */
  void put(ScriptRuntime scripts, byte[] b, int off, int len, ScriptObject headers, ScriptObject names,
      long contentLength, String transferEncoding, String connection, String upgrade) {
    if (len > MAX_BLOCK) return;
    ObjectContents hc = ObjectContents.of(scripts, headers);
    ObjectContents nc = hc == null ? null : ObjectContents.of(scripts, names);
    if (nc == null) return;
    for (Object v : hc.values()) {
      if (!(v instanceof String)) return;
    }
    int set = setOf(b, off, len);
    System.arraycopy(blocks, set, blocks, set + 1, WAYS - 1);
    blocks[set] = new Block(scripts, Arrays.copyOfRange(b, off, off + len), hc, nc,
        contentLength, transferEncoding, connection, upgrade);
  }

  private static int setOf(byte[] b, int off, int len) {
    return (ByteStrings.hash(b, off, len) >>> (32 - SET_BITS)) * WAYS;
  }
}
