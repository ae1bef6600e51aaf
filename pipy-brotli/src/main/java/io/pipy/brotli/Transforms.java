package io.pipy.brotli;

import java.nio.charset.StandardCharsets;

/**
 * The 121 word transforms of RFC 7932 (section 8 and Appendix B): a dictionary word is output
 * as prefix + transformed word + suffix.
 */
final class Transforms {

  static final int COUNT = 121;

  /** Longest output of a transform: prefix (5) + word (24) + suffix (8), rounded up. */
  static final int MAX_OUTPUT = 48;

  // Elementary transforms, numbered as in the RFC.
  private static final int IDENTITY = 0;
  // 1..9: omit the last 1..9 bytes
  private static final int UPPERCASE_FIRST = 10;
  private static final int UPPERCASE_ALL = 11;
  // 12..20: omit the first 1..9 bytes
  private static final int OMIT_FIRST_1 = 12;

  private static final int ID = IDENTITY;
  private static final int UF = UPPERCASE_FIRST;
  private static final int UA = UPPERCASE_ALL;

  private static int omitLast(int n) {
    return n;
  }

  private static int omitFirst(int n) {
    return OMIT_FIRST_1 - 1 + n;
  }

  private static final byte[][] PREFIX = new byte[COUNT][];
  private static final int[] TYPE = new int[COUNT];
  private static final byte[][] SUFFIX = new byte[COUNT][];

  private static void def(int id, String prefix, int type, String suffix) {
    // Latin-1 maps each char to the byte of the same value (the RFC's "\xc2\xa0" prefix).
    PREFIX[id] = prefix.getBytes(StandardCharsets.ISO_8859_1);
    TYPE[id] = type;
    SUFFIX[id] = suffix.getBytes(StandardCharsets.ISO_8859_1);
  }

  static {
    def(0, "", ID, "");
    def(1, "", ID, " ");
    def(2, " ", ID, " ");
    def(3, "", omitFirst(1), "");
    def(4, "", UF, " ");
    def(5, "", ID, " the ");
    def(6, " ", ID, "");
    def(7, "s ", ID, " ");
    def(8, "", ID, " of ");
    def(9, "", UF, "");
    def(10, "", ID, " and ");
    def(11, "", omitFirst(2), "");
    def(12, "", omitLast(1), "");
    def(13, ", ", ID, " ");
    def(14, "", ID, ", ");
    def(15, " ", UF, " ");
    def(16, "", ID, " in ");
    def(17, "", ID, " to ");
    def(18, "e ", ID, " ");
    def(19, "", ID, "\"");
    def(20, "", ID, ".");
    def(21, "", ID, "\">");
    def(22, "", ID, "\n");
    def(23, "", omitLast(3), "");
    def(24, "", ID, "]");
    def(25, "", ID, " for ");
    def(26, "", omitFirst(3), "");
    def(27, "", omitLast(2), "");
    def(28, "", ID, " a ");
    def(29, "", ID, " that ");
    def(30, " ", UF, "");
    def(31, "", ID, ". ");
    def(32, ".", ID, "");
    def(33, " ", ID, ", ");
    def(34, "", omitFirst(4), "");
    def(35, "", ID, " with ");
    def(36, "", ID, "'");
    def(37, "", ID, " from ");
    def(38, "", ID, " by ");
    def(39, "", omitFirst(5), "");
    def(40, "", omitFirst(6), "");
    def(41, " the ", ID, "");
    def(42, "", omitLast(4), "");
    def(43, "", ID, ". The ");
    def(44, "", UA, "");
    def(45, "", ID, " on ");
    def(46, "", ID, " as ");
    def(47, "", ID, " is ");
    def(48, "", omitLast(7), "");
    def(49, "", omitLast(1), "ing ");
    def(50, "", ID, "\n\t");
    def(51, "", ID, ":");
    def(52, " ", ID, ". ");
    def(53, "", ID, "ed ");
    def(54, "", omitFirst(9), "");
    def(55, "", omitFirst(7), "");
    def(56, "", omitLast(6), "");
    def(57, "", ID, "(");
    def(58, "", UF, ", ");
    def(59, "", omitLast(8), "");
    def(60, "", ID, " at ");
    def(61, "", ID, "ly ");
    def(62, " the ", ID, " of ");
    def(63, "", omitLast(5), "");
    def(64, "", omitLast(9), "");
    def(65, " ", UF, ", ");
    def(66, "", UF, "\"");
    def(67, ".", ID, "(");
    def(68, "", UA, " ");
    def(69, "", UF, "\">");
    def(70, "", ID, "=\"");
    def(71, " ", ID, ".");
    def(72, ".com/", ID, "");
    def(73, " the ", ID, " of the ");
    def(74, "", UF, "'");
    def(75, "", ID, ". This ");
    def(76, "", ID, ",");
    def(77, ".", ID, " ");
    def(78, "", UF, "(");
    def(79, "", UF, ".");
    def(80, "", ID, " not ");
    def(81, " ", ID, "=\"");
    def(82, "", ID, "er ");
    def(83, " ", UA, " ");
    def(84, "", ID, "al ");
    def(85, " ", UA, "");
    def(86, "", ID, "='");
    def(87, "", UA, "\"");
    def(88, "", UF, ". ");
    def(89, " ", ID, "(");
    def(90, "", ID, "ful ");
    def(91, " ", UF, ". ");
    def(92, "", ID, "ive ");
    def(93, "", ID, "less ");
    def(94, "", UA, "'");
    def(95, "", ID, "est ");
    def(96, " ", UF, ".");
    def(97, "", UA, "\">");
    def(98, " ", ID, "='");
    def(99, "", UF, ",");
    def(100, "", ID, "ize ");
    def(101, "", UA, ".");
    def(102, "\u00c2\u00a0", ID, "");
    def(103, " ", ID, ",");
    def(104, "", UF, "=\"");
    def(105, "", UA, "=\"");
    def(106, "", ID, "ous ");
    def(107, "", UA, ", ");
    def(108, "", UF, "='");
    def(109, " ", UF, ",");
    def(110, " ", UA, "=\"");
    def(111, " ", UA, ", ");
    def(112, "", UA, ",");
    def(113, "", UA, "(");
    def(114, "", UA, ". ");
    def(115, " ", UA, ".");
    def(116, "", UA, "='");
    def(117, " ", UA, ". ");
    def(118, " ", UF, "=\"");
    def(119, " ", UA, "='");
    def(120, " ", UF, "='");
  }

  private Transforms() {
  }

  /** Prefix, elementary transform and suffix of transform {@code id}, for tests. */
  static String describe(int id) {
    return new String(PREFIX[id], StandardCharsets.ISO_8859_1) + "|" + TYPE[id] + "|" + new String(SUFFIX[id], StandardCharsets.ISO_8859_1);
  }

  /**
   * Writes transform {@code id} of the {@code len}-byte word at {@code dict[offset]} into
   * {@code out} (at least {@link #MAX_OUTPUT} bytes) and returns the number of bytes written.
   */
  static int apply(int id, byte[] dict, int offset, int len, byte[] out) {
    int n = 0;
    byte[] prefix = PREFIX[id];
    for (byte b : prefix) out[n++] = b;
    int type = TYPE[id];
    int start = offset;
    int wordLen = len;
    if (type >= 1 && type <= 9) {
      wordLen -= type;
    } else if (type >= OMIT_FIRST_1) {
      int skip = type - (OMIT_FIRST_1 - 1);
      start += skip;
      wordLen -= skip;
    }
    if (wordLen < 0) wordLen = 0;
    int wordStart = n;
    System.arraycopy(dict, start, out, n, wordLen);
    n += wordLen;
    if (type == UPPERCASE_FIRST) {
      upper(out, wordStart, n);
    } else if (type == UPPERCASE_ALL) {
      for (int i = wordStart; i < n; ) i += upper(out, i, n);
    }
    for (byte b : SUFFIX[id]) out[n++] = b;
    return n;
  }

  /**
   * The RFC's simple upper-casing of the UTF-8 sequence at {@code out[i]}: ASCII letters are
   * upper-cased, and the second or third byte of a 2- or 3-byte sequence has a bit flipped
   * (which turns many Latin, Greek and Cyrillic lower-case letters into upper-case ones). Bytes
   * at or past {@code end} belong to the suffix and are left alone. Returns the length stepped.
   */
  private static int upper(byte[] out, int i, int end) {
    int c = out[i] & 0xff;
    if (c < 0xc0) {
      if (c >= 'a' && c <= 'z') out[i] ^= 32;
      return 1;
    }
    if (c < 0xe0) {
      if (i + 1 < end) out[i + 1] ^= 32;
      return 2;
    }
    if (i + 2 < end) out[i + 2] ^= 5;
    return 3;
  }
}
