package io.pipy.http;

import java.util.Arrays;

/**
 * Header field lines seen recently, already parsed: on a keep-alive connection nearly every line
 * comes again byte for byte ({@code Host: ...} from a client, {@code Server: ...},
 * {@code Content-Type: ...}, {@code Connection: keep-alive} from an upstream), so one hash and
 * one comparison of the whole line replace lower-casing, validating and looking up its name,
 * its value and its spelling. A line that is in here was valid when it was parsed, and the same
 * bytes are valid again.
 *
 * <p>One instance per worker ({@link WorkerCaches}), used on its thread.
 */
final class FieldLines {

  /** A parsed field: {@code spelling} is the name as sent, or null when it was lower case already. */
  record Field(String name, String value, String spelling) {
  }

  /** Longer lines (cookies, tokens) are rarely repeated exactly and would cost memory. */
  static final int MAX_LINE = 160;
  private static final int SET_BITS = 8;
  private static final int WAYS = 2;

  private final byte[][] keys = new byte[WAYS << SET_BITS][];
  private final Field[] fields = new Field[WAYS << SET_BITS];

  /** The field of line {@code b[off, off+len)} if it was seen recently, else null. */
  Field get(byte[] b, int off, int len) {
    if (len > MAX_LINE) return null;
    int set = setOf(b, off, len);
    for (int i = set; i < set + WAYS; i++) {
      byte[] k = keys[i];
      if (k == null) return null;
      if (Arrays.equals(k, 0, k.length, b, off, off + len)) return fields[i];
    }
    return null;
  }

  /** Remembers {@code field} as the parse of line {@code b[off, off+len)}, newest first in its set. */
  void put(byte[] b, int off, int len, Field field) {
    if (len > MAX_LINE) return;
    int set = setOf(b, off, len);
    System.arraycopy(keys, set, keys, set + 1, WAYS - 1);
    System.arraycopy(fields, set, fields, set + 1, WAYS - 1);
    keys[set] = Arrays.copyOfRange(b, off, off + len);
    fields[set] = field;
  }

  private static int setOf(byte[] b, int off, int len) {
    return (ByteStrings.hash(b, off, len) >>> (32 - SET_BITS)) * WAYS;
  }
}
