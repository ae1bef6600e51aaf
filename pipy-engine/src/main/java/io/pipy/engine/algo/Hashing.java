package io.pipy.engine.algo;

import io.pipy.api.script.Undefined;
import java.nio.charset.StandardCharsets;

/**
 * Hashes of script values as Pipy computes them, so {@code algo.hash()} and the hashing load
 * balancer pick the same numbers and targets as Pipy does: strings and numbers through the
 * 64-bit MurmurHash2 variant that GNU libstdc++ uses for {@code std::hash} (seed
 * {@code 0xc70f6907}), zero for {@code 0}, booleans, null and undefined. Objects hash by
 * identity, which no two processes share anyway.
 */
public final class Hashing {

  private static final long MUL = (0xc6a4a793L << 32) + 0x5bd1e995L;
  private static final long SEED = 0xc70f6907L;

  private Hashing() {
  }

  /** The 64-bit hash of {@code v} (an unsigned value in a long). */
  public static long hash(Object v) {
    if (v == null || v == Undefined.INSTANCE || v instanceof Boolean) return 0;
    if (v instanceof CharSequence s) return hashBytes(s.toString().getBytes(StandardCharsets.UTF_8));
    if (v instanceof Number n) {
      double d = n.doubleValue();
      if (d == 0) return 0;
      long bits = Double.doubleToRawLongBits(d);
      byte[] b = new byte[8];
      for (int i = 0; i < 8; i++) b[i] = (byte) (bits >>> (8 * i));
      return hashBytes(b);
    }
    return mix(System.identityHashCode(v));
  }

  /** What {@code algo.hash(v)} returns: the hash cut to 53 bits, so it is an exact script number. */
  public static double scriptHash(Object v) {
    return (double) (hash(v) & ((1L << 53) - 1));
  }

  /** The libstdc++ {@code _Hash_bytes} of {@code b}. */
  public static long hashBytes(byte[] b) {
    int len = b.length;
    int aligned = len & ~7;
    long h = SEED ^ (len * MUL);
    for (int p = 0; p < aligned; p += 8) {
      long d = 0;
      for (int i = 7; i >= 0; i--) d = (d << 8) | (b[p + i] & 0xff);
      d = shiftMix(d * MUL) * MUL;
      h ^= d;
      h *= MUL;
    }
    int rest = len & 7;
    if (rest != 0) {
      long d = 0;
      for (int i = rest - 1; i >= 0; i--) d = (d << 8) | (b[aligned + i] & 0xff);
      h ^= d;
      h *= MUL;
    }
    h = shiftMix(h) * MUL;
    return shiftMix(h);
  }

  private static long shiftMix(long v) {
    return v ^ (v >>> 47);
  }

  private static long mix(long v) {
    long h = v * MUL;
    return shiftMix(h) * MUL;
  }
}
