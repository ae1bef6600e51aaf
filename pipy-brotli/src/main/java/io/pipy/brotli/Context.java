package io.pipy.brotli;

/**
 * Literal context ids (RFC 7932 section 7.1): the context of a literal is a number 0..63 made
 * from the last two bytes output, p1 (the last) and p2, in one of four modes chosen per literal
 * block type. For speed every mode is two tables, {@code context = P1[mode][p1] | P2[mode][p2]}.
 */
final class Context {

  static final int LSB6 = 0;
  static final int MSB6 = 1;
  static final int UTF8 = 2;
  static final int SIGNED = 3;

  /** Per mode, the part of the context id that p1 gives. */
  static final byte[][] P1 = new byte[4][256];
  /** Per mode, the part of the context id that p2 gives. */
  static final byte[][] P2 = new byte[4][256];

  static {
    int[] lut0 = utf8Lut0();
    int[] lut1 = utf8Lut1();
    for (int b = 0; b < 256; b++) {
      P1[LSB6][b] = (byte) (b & 0x3f);
      P1[MSB6][b] = (byte) (b >> 2);
      P1[UTF8][b] = (byte) lut0[b];
      P2[UTF8][b] = (byte) lut1[b];
      P1[SIGNED][b] = (byte) (signedClass(b) << 3);
      P2[SIGNED][b] = (byte) signedClass(b);
    }
  }

  private Context() {
  }

  /**
   * The RFC's Lut0 (UTF8 mode, from p1): classes of ASCII characters (control and white space,
   * punctuation, digits, upper- and lower-case letters, vowels apart), and for bytes >= 0x80
   * whether it is a continuation (0, 1) or lead byte (2, 3), alternating with the low bit.
   */
  private static int[] utf8Lut0() {
    int[] t = new int[256];
    int[] ascii = {
      0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 0, 0, 4, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      8, 12, 16, 12, 12, 20, 12, 16, 24, 28, 12, 12, 32, 12, 36, 12,
      44, 44, 44, 44, 44, 44, 44, 44, 44, 44, 32, 32, 24, 40, 28, 12,
      12, 48, 52, 52, 52, 48, 52, 52, 52, 48, 52, 52, 52, 52, 52, 48,
      52, 52, 52, 52, 52, 48, 52, 52, 52, 52, 52, 24, 12, 28, 12, 12,
      12, 56, 60, 60, 60, 56, 60, 60, 60, 56, 60, 60, 60, 60, 60, 56,
      60, 60, 60, 60, 60, 56, 60, 60, 60, 60, 60, 24, 12, 28, 12, 0,
    };
    System.arraycopy(ascii, 0, t, 0, 128);
    for (int b = 128; b < 256; b++) t[b] = (b < 192 ? 0 : 2) + (b & 1);
    return t;
  }

  /**
   * The RFC's Lut1 (UTF8 mode, from p2): a coarser class of the byte before; bytes >= 0x80 are
   * 0 except the lead bytes of 3- and 4-byte sequences (0xe0 and up), which are 2.
   */
  private static int[] utf8Lut1() {
    int[] t = new int[256];
    int[] ascii = {
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1,
      1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
      2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
      1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3,
      3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 1, 1, 1, 0,
    };
    System.arraycopy(ascii, 0, t, 0, 128);
    for (int b = 224; b < 256; b++) t[b] = 2; // lead bytes of 3- and 4-byte sequences
    return t;
  }

  /** The RFC's Lut2 (Signed mode): the magnitude class of the byte read as a signed number. */
  private static int signedClass(int b) {
    if (b == 0) return 0;
    if (b < 16) return 1;
    if (b < 64) return 2;
    if (b < 128) return 3;
    if (b < 192) return 4;
    if (b < 240) return 5;
    if (b < 255) return 6;
    return 7;
  }
}
