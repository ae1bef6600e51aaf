package io.pipy.brotli;

import java.util.zip.DataFormatException;

/**
 * Prefix codes (RFC 7932 section 3): reading their description from the stream and building
 * lookup tables for {@link BitReader#decode}.
 *
 * <p>A table is an {@code int[]} whose first {@code 2^ROOT_BITS} entries are indexed by the next
 * {@code ROOT_BITS} input bits. An entry is {@code length << 16 | symbol}; for codes longer than
 * {@code ROOT_BITS}, the root entry is instead {@code (SUBTABLE + k) << 16 | offset}, pointing to
 * a second-level table of {@code 2^k} entries indexed by the following {@code k} bits. Codes are
 * canonical (section 3.2) and stored bit-reversed, since brotli sends them first bit lowest.
 */
final class Huffman {

  static final int MAX_LENGTH = 15;
  static final int ROOT_BITS = 8;
  static final int ROOT_MASK = (1 << ROOT_BITS) - 1;
  /** An entry whose length field is {@code SUBTABLE + k} points to a table of {@code 2^k}. */
  static final int SUBTABLE = 16;

  /** The order in which code length code lengths are sent (section 3.5). */
  private static final int[] CODE_LENGTH_ORDER = {1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15};

  /**
   * The fixed variable-length code of the code length code lengths (section 3.5), indexed by the
   * next four bits: its length and value. Written first bit lowest: 0 = 00, 3 = 01 (read 0 then
   * 1), 4 = 10, 2 = 110, 1 = 1110, 5 = 1111.
   */
  private static final int[] CLCL_LENGTH = new int[16];
  private static final int[] CLCL_VALUE = new int[16];

  static {
    for (int v = 0; v < 16; v++) {
      int len;
      int value;
      switch (v & 3) {
        case 0 -> { len = 2; value = 0; }
        case 1 -> { len = 2; value = 4; }
        case 2 -> { len = 2; value = 3; }
        default -> {
          if ((v & 4) == 0) { len = 3; value = 2; }
          else if ((v & 8) == 0) { len = 4; value = 1; }
          else { len = 4; value = 5; }
        }
      }
      CLCL_LENGTH[v] = len;
      CLCL_VALUE[v] = value;
    }
  }

  private Huffman() {
  }

  /**
   * Reads a prefix code description for an alphabet of {@code alphabetSize} symbols and returns
   * its table. {@code simpleBits} is the width of symbols in a simple prefix code (the bit length
   * of the largest symbol of the alphabet, which for large-window distance codes is wider than
   * the alphabet really used).
   *
   * <p>May read past the input received (see {@link BitReader}); the caller checks
   * {@link BitReader#overrun()} before trusting the result or an exception.
   */
  static int[] read(BitReader in, int alphabetSize, int simpleBits) throws DataFormatException {
    int hskip = in.read(2);
    int[] lengths = new int[alphabetSize];
    if (hskip == 1) {
      readSimple(in, alphabetSize, simpleBits, lengths);
    } else {
      readComplex(in, hskip, lengths);
    }
    return build(lengths);
  }

  /** Bit width of symbols in a simple code for an alphabet of {@code size} symbols. */
  static int bitsFor(int size) {
    return size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1);
  }

  private static void readSimple(BitReader in, int alphabetSize, int simpleBits, int[] lengths) throws DataFormatException {
    int nsym = in.read(2) + 1;
    int[] symbols = new int[nsym];
    for (int i = 0; i < nsym; i++) {
      int s = in.read(simpleBits);
      if (s >= alphabetSize) throw new DataFormatException("brotli: symbol out of range in a simple prefix code");
      for (int j = 0; j < i; j++) {
        if (symbols[j] == s) throw new DataFormatException("brotli: repeated symbol in a simple prefix code");
      }
      symbols[i] = s;
    }
    // Lengths in the order the symbols are listed; codes are then assigned canonically.
    int[] shape = switch (nsym) {
      case 1 -> new int[] {0};
      case 2 -> new int[] {1, 1};
      case 3 -> new int[] {1, 2, 2};
      default -> in.bit() == 0 ? new int[] {2, 2, 2, 2} : new int[] {1, 2, 3, 3};
    };
    if (nsym == 1) {
      // A single symbol takes no bits; build() sees one "used" symbol through a marker length.
      lengths[symbols[0]] = -1;
      return;
    }
    for (int i = 0; i < nsym; i++) lengths[symbols[i]] = shape[i];
  }

  private static void readComplex(BitReader in, int hskip, int[] lengths) throws DataFormatException {
    // The code length code: up to 18 lengths of at most 5 bits, in a fixed order.
    int[] clLengths = new int[18];
    int space = 32;
    int count = 0;
    for (int i = hskip; i < 18 && space > 0; i++) {
      if (in.bits < 4) in.fill();
      int v = (int) in.acc & 15;
      int len = CLCL_LENGTH[v];
      in.read(len);
      int value = CLCL_VALUE[v];
      clLengths[CODE_LENGTH_ORDER[i]] = value;
      if (value != 0) {
        space -= 32 >> value;
        count++;
      }
    }
    if (count != 1 && space != 0) throw new DataFormatException("brotli: invalid code length code");
    if (count == 1) {
      for (int i = 0; i < 18; i++) if (clLengths[i] != 0) clLengths[i] = -1;
    }
    int[] clTable = build(clLengths);

    // The symbol code lengths, with run-length codes 16 (repeat the last non-zero length) and
    // 17 (repeat zero); consecutive runs of the same kind multiply (section 3.5).
    int alphabetSize = lengths.length;
    int symbol = 0;
    int prevLen = 8;
    int repeat = 0;
    int repeatLen = 0;
    space = 1 << MAX_LENGTH;
    while (symbol < alphabetSize && space > 0) {
      int code = in.decode(clTable);
      if (code < 16) {
        repeat = 0;
        lengths[symbol++] = code;
        if (code != 0) {
          prevLen = code;
          space -= (1 << MAX_LENGTH) >> code;
        }
        continue;
      }
      int extraBits = code == 16 ? 2 : 3;
      int newLen = code == 16 ? prevLen : 0;
      if (repeatLen != newLen) {
        repeat = 0;
        repeatLen = newLen;
      }
      int old = repeat;
      if (repeat > 0) repeat = (repeat - 2) << extraBits;
      repeat += in.read(extraBits) + 3;
      int delta = repeat - old;
      if (symbol + delta > alphabetSize) throw new DataFormatException("brotli: code length run past the alphabet");
      for (int i = 0; i < delta; i++) lengths[symbol++] = newLen;
      if (newLen != 0) space -= delta << (MAX_LENGTH - newLen);
    }
    if (space != 0) throw new DataFormatException("brotli: prefix code lengths do not form a complete code");
  }

  /**
   * Builds the table of a complete canonical code. {@code lengths[s]} is the code length of
   * symbol {@code s} (0: unused); a single symbol may be marked {@code -1}, meaning it is the
   * only one and takes no bits.
   */
  static int[] build(int[] lengths) {
    int[] count = new int[MAX_LENGTH + 1];
    for (int l : lengths) {
      if (l < 0) {
        int[] t = new int[1 << ROOT_BITS];
        int s = indexOf(lengths, -1);
        java.util.Arrays.fill(t, s);
        return t;
      }
      count[l]++;
    }
    count[0] = 0;
    int[] next = new int[MAX_LENGTH + 2];
    for (int len = 1, code = 0; len <= MAX_LENGTH; len++) {
      code = (code + count[len - 1]) << 1;
      next[len] = code;
    }
    // Canonical codes, bit-reversed.
    int n = lengths.length;
    int[] rev = new int[n];
    for (int s = 0; s < n; s++) {
      int l = lengths[s];
      if (l > 0) rev[s] = Integer.reverse(next[l]++) >>> (32 - l);
    }
    // Second-level table sizes: for each root index, the longest code below it.
    int[] subBits = new int[1 << ROOT_BITS];
    for (int s = 0; s < n; s++) {
      int l = lengths[s];
      if (l > ROOT_BITS) {
        int r = rev[s] & ROOT_MASK;
        subBits[r] = Math.max(subBits[r], l - ROOT_BITS);
      }
    }
    int size = 1 << ROOT_BITS;
    int[] offset = new int[1 << ROOT_BITS];
    for (int r = 0; r < subBits.length; r++) {
      if (subBits[r] > 0) {
        offset[r] = size;
        size += 1 << subBits[r];
      }
    }
    int[] t = new int[size];
    for (int r = 0; r < subBits.length; r++) {
      if (subBits[r] > 0) t[r] = (SUBTABLE + subBits[r]) << 16 | offset[r];
    }
    for (int s = 0; s < n; s++) {
      int l = lengths[s];
      if (l == 0) continue;
      int entry = l << 16 | s;
      if (l <= ROOT_BITS) {
        for (int i = rev[s]; i < (1 << ROOT_BITS); i += 1 << l) t[i] = entry;
      } else {
        int r = rev[s] & ROOT_MASK;
        int k = subBits[r];
        int base = offset[r];
        for (int i = rev[s] >>> ROOT_BITS; i < (1 << k); i += 1 << (l - ROOT_BITS)) t[base + i] = entry;
      }
    }
    return t;
  }

  private static int indexOf(int[] a, int v) {
    for (int i = 0; i < a.length; i++) if (a[i] == v) return i;
    return -1;
  }
}
