package io.pipy.brotli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Brotli streams written bit by bit, for the parts of the format that the reference encoder
 * seldom or never emits: metadata meta-blocks, uncompressed meta-blocks between compressed ones,
 * every kind of simple prefix code, NPOSTFIX/NDIRECT distance parameters with every distance
 * code, implicit distances, and every one of the 121 dictionary transforms with words of every
 * length.
 *
 * <p>Each stream is made deterministically (fixed seeds). Where the expected output can be told
 * without the dictionary, this class computes it too (an LZ77 replay independent of the
 * decoder). The streams were checked against the reference decoder ({@code brotli -d}) when
 * this was written: run {@link #main} to write them to a folder and decode them with it; the
 * decoded transforms stream is the committed {@code handmade-transforms.out}.
 */
final class Handmade {

  /** A stream and, when known without the dictionary, its decoded bytes. */
  record Stream(String name, byte[] compressed, byte[] expected) {
  }

  private Handmade() {
  }

  static List<Stream> all() {
    return List.of(transforms(), distances(), metaBlockKinds());
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Stream s : all()) {
      Files.write(dir.resolve(s.name + ".br"), s.compressed);
      if (s.expected != null) Files.write(dir.resolve(s.name + ".expected"), s.expected);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The streams

  /**
   * One compressed meta-block of dictionary references only: for each transform, words of every
   * length 4..24. Literal code: one symbol (simple, NSYM 1). Command code: complex, 16 symbols.
   * Distance code: complex, all 64 symbols with 6 bits, the code length code having one symbol.
   */
  static Stream transforms() {
    Bits w = new Bits();
    w.bits(1, 0); // WBITS 16
    List<int[]> refs = new ArrayList<>(); // transform, length, word id
    int total = 0;
    byte[] scratch = new byte[Transforms.MAX_OUTPUT];
    for (int t = 0; t < Transforms.COUNT; t++) {
      for (int len = 4; len <= 24; len++) {
        int id = (t * 131 + len * 977) & ((1 << Dictionary.NDBITS[len]) - 1);
        refs.add(new int[] {t, len, id});
        total += Transforms.apply(t, Dictionary.data(), Dictionary.OFFSET[len] + id * len, len, scratch);
      }
    }
    metaHeader(w, false, total);
    w.bits(1, 0); // ISUNCOMPRESSED
    w.bits(1, 0).bits(1, 0).bits(1, 0); // one block type each
    w.bits(2, 0).bits(4, 0); // NPOSTFIX 0, NDIRECT 0
    w.bits(2, Context.LSB6);
    w.bits(1, 0).bits(1, 0); // NTREESL 1, NTREESD 1
    simpleCode(w, 8, 'x'); // literals: never used
    int[] commandSyms = new int[16];
    for (int i = 0; i < 8; i++) {
      commandSyms[i] = 128 + i; // insert code 0, copy codes 0..7
      commandSyms[8 + i] = 192 + i; // insert code 0, copy codes 8..15
    }
    int[] commandLengths = completeLengths(704, commandSyms);
    complexCode(w, commandLengths);
    int[] distanceLengths = new int[64];
    Arrays.fill(distanceLengths, 6);
    complexCode(w, distanceLengths);
    int[][] commandCodes = canonical(commandLengths);
    int[][] distanceCodes = canonical(distanceLengths);
    long pos = 0;
    for (int[] r : refs) {
      int len = r[1];
      int copyCode = lengthCode(COPY_BASE, COPY_EXTRA, len);
      int cmd = copyCode < 8 ? 128 + copyCode : 192 + copyCode - 8;
      w.code(commandCodes[cmd]);
      w.bits(COPY_EXTRA[copyCode], len - COPY_BASE[copyCode]);
      long max = Math.min(pos, (1 << 16) - 16);
      long distance = max + 1 + ((long) r[0] << Dictionary.NDBITS[len]) + r[2];
      writeDistance(w, distanceCodes, distance, 0, 0);
      pos += Transforms.apply(r[0], Dictionary.data(), Dictionary.OFFSET[len] + r[2] * len, len, scratch);
    }
    w.bits(1, 1).bits(1, 1); // ISLAST, ISLASTEMPTY
    return new Stream("handmade-transforms", w.toByteArray(), null);
  }

  /**
   * Several meta-blocks of literals and copies with different distance parameters and code
   * kinds, covering the short (last-distance) codes, direct codes, NPOSTFIX/NDIRECT codes and
   * the implicit distance of commands 0..127.
   */
  static Stream distances() {
    Random rnd = new Random(7932);
    Bits w = new Bits();
    w.bits(1, 1).bits(3, 0).bits(3, 0); // WBITS 17
    Lz lz = new Lz((1 << 17) - 16);
    byte[] letters = "etaoinshrdlucmfw".getBytes(StandardCharsets.US_ASCII);
    // Meta-block 1: complex codes; NPOSTFIX 2, NDIRECT 12.
    {
      int[] literalSyms = new int[letters.length];
      for (int i = 0; i < letters.length; i++) literalSyms[i] = letters[i];
      Arrays.sort(literalSyms);
      int[] commandSyms = new int[128];
      for (int i = 0; i < 64; i++) {
        commandSyms[i] = i; // implicit distance
        commandSyms[64 + i] = 128 + i;
      }
      int npostfix = 2;
      int ndirect = 12;
      int[] distanceSyms = new int[16 + ndirect + (48 << npostfix)];
      for (int i = 0; i < distanceSyms.length; i++) distanceSyms[i] = i;
      compressedMetaBlock(w, lz, rnd, 6000, npostfix, ndirect, literalSyms, commandSyms, distanceSyms, false, false);
    }
    // Meta-block 2: simple codes (literals NSYM 4 with tree-select 1, commands NSYM 3,
    // distances NSYM 2); NPOSTFIX 1, NDIRECT 2.
    compressedMetaBlock(w, lz, rnd, 3000, 1, 2, new int[] {'a', 'b', 'c', 'd'}, new int[] {12, 130, 139},
        new int[] {0, 17}, true, true);
    // Meta-block 3: simple codes (literals NSYM 2, commands NSYM 4 with tree-select 0,
    // distances NSYM 3); NPOSTFIX 3, NDIRECT 120.
    compressedMetaBlock(w, lz, rnd, 3000, 3, 120, new int[] {'y', 'z'}, new int[] {9, 136, 150, 160},
        new int[] {1, 4, 200}, true, false);
    // Meta-block 4: short codes only, complex distance code; NPOSTFIX 0, NDIRECT 0.
    {
      int[] literalSyms = {' ', '.'};
      int[] commandSyms = new int[64];
      for (int i = 0; i < 64; i++) commandSyms[i] = 128 + i;
      int[] distanceSyms = new int[16];
      for (int i = 0; i < 16; i++) distanceSyms[i] = i;
      compressedMetaBlock(w, lz, rnd, 4000, 0, 0, literalSyms, commandSyms, distanceSyms, false, false);
    }
    w.bits(1, 1).bits(1, 1);
    return new Stream("handmade-distances", w.toByteArray(), lz.output());
  }

  /**
   * Metadata meta-blocks (with 0, 1, 2 and 3 length bytes), uncompressed meta-blocks, a
   * compressed meta-block copying from them, and an empty last meta-block.
   */
  static Stream metaBlockKinds() {
    Bits w = new Bits();
    w.bits(1, 1).bits(3, 1); // WBITS 18
    Lz lz = new Lz((1 << 18) - 16);
    metadata(w, new byte[0]);
    metadata(w, "metadata is skipped".getBytes(StandardCharsets.US_ASCII));
    byte[] hello = "Hello, uncompressed world! ".getBytes(StandardCharsets.US_ASCII);
    uncompressed(w, lz, hello);
    byte[] big = new byte[300];
    for (int i = 0; i < big.length; i++) big[i] = (byte) (i * 7);
    metadata(w, big);
    byte[] bigger = new byte[70000];
    new Random(1).nextBytes(bigger);
    metadata(w, bigger);
    uncompressed(w, lz, "0123456789".getBytes(StandardCharsets.US_ASCII));
    // A compressed meta-block: one command, insert 0, copy 10 from distance 10 (the digits)
    // then implicit... kept simple: command 128+ (insert 0, copy code 7 = 9 bytes) then
    // another copy of the greeting.
    compressedMetaBlock(w, lz, new Random(2), 500, 0, 0, new int[] {'!', '?'}, new int[] {128 + 7, 128 + 1 * 8 + 6},
        new int[] {16 + 20, 16 + 30, 0}, true, false);
    uncompressed(w, lz, new byte[] {'.'});
    w.bits(1, 1).bits(1, 1);
    return new Stream("handmade-metablocks", w.toByteArray(), lz.output());
  }

  // ---------------------------------------------------------------------------------------------
  // Meta-blocks

  private static void metaHeader(Bits w, boolean last, int length) {
    w.bits(1, last ? 1 : 0);
    if (last) w.bits(1, 0);
    int nibbles = length - 1 < (1 << 16) ? 4 : length - 1 < (1 << 20) ? 5 : 6;
    w.bits(2, nibbles - 4);
    w.bits(nibbles * 4, length - 1);
  }

  private static void metadata(Bits w, byte[] data) {
    w.bits(1, 0).bits(2, 3).bits(1, 0);
    int n = data.length;
    int bytes = n == 0 ? 0 : n - 1 < 256 ? 1 : n - 1 < 65536 ? 2 : 3;
    w.bits(2, bytes);
    for (int i = 0; i < bytes; i++) w.bits(8, ((n - 1) >> (8 * i)) & 0xff);
    w.align();
    for (byte b : data) w.bits(8, b & 0xff);
  }

  private static void uncompressed(Bits w, Lz lz, byte[] data) {
    metaHeader(w, false, data.length);
    w.bits(1, 1);
    w.align();
    for (byte b : data) {
      w.bits(8, b & 0xff);
      lz.literal(b & 0xff);
    }
  }

  /**
   * A compressed meta-block of random commands over the given symbols, producing about
   * {@code target} bytes. Codes are simple when {@code simple}, else complex.
   */
  private static void compressedMetaBlock(Bits w, Lz lz, Random rnd, int target, int npostfix, int ndirect,
      int[] literalSyms, int[] commandSyms, int[] distanceSyms, boolean simple, boolean treeSelect) {
    // Plan the commands first: the header needs the length.
    List<int[]> commands = new ArrayList<>(); // cmd, insert, copy, distance symbol, distance extra, distance
    List<int[]> literals = new ArrayList<>();
    Lz plan = lz.fork();
    int produced = 0;
    int guard = 0;
    while (produced < target && guard++ < 1_000_000) {
      int cmd = commandSyms[rnd.nextInt(commandSyms.length)];
      int cell = cmd >>> 6;
      int insertCode = CELL_INSERT[cell] + ((cmd >>> 3) & 7);
      int copyCode = CELL_COPY[cell] + (cmd & 7);
      int insert = INSERT_BASE[insertCode] + (INSERT_EXTRA[insertCode] == 0 ? 0 : rnd.nextInt(1 << Math.min(INSERT_EXTRA[insertCode], 6)));
      int copy = COPY_BASE[copyCode] + (COPY_EXTRA[copyCode] == 0 ? 0 : rnd.nextInt(1 << Math.min(COPY_EXTRA[copyCode], 6)));
      if (insert > 200 || copy > 300) continue;
      long posAfterInsert = plan.pos + insert;
      long max = Math.min(posAfterInsert, plan.window);
      int dsym = -1;
      long extra = 0;
      long distance;
      if (cell < 2) {
        distance = plan.dist[0];
        if (distance > max) continue;
      } else {
        dsym = distanceSyms[rnd.nextInt(distanceSyms.length)];
        if (dsym < 16) {
          distance = plan.shortDistance(dsym);
        } else if (dsym < 16 + ndirect) {
          distance = dsym - 15;
        } else {
          int d = dsym - ndirect - 16;
          int nbits = 1 + (d >> (npostfix + 1));
          int hcode = d >> npostfix;
          int lcode = d & ((1 << npostfix) - 1);
          long offset = ((2L + (hcode & 1)) << nbits) - 4;
          long span = 1L << nbits;
          // Choose extra bits that land within the window (if any do).
          long base = (offset << npostfix) + lcode + ndirect + 1;
          if (base > max) continue;
          long maxExtra = Math.min(span - 1, (max - base) >> npostfix);
          extra = (long) (rnd.nextDouble() * (maxExtra + 1));
          distance = ((offset + extra) << npostfix) + lcode + ndirect + 1;
        }
        if (distance <= 0 || distance > max) continue;
      }
      int[] lits = new int[insert];
      for (int i = 0; i < insert; i++) {
        lits[i] = literalSyms[rnd.nextInt(literalSyms.length)];
        plan.literal(lits[i]);
      }
      plan.copy(distance, copy, cell >= 2 && dsym != 0);
      commands.add(new int[] {cmd, insert, copy, dsym, (int) extra});
      literals.add(lits);
      produced += insert + copy;
    }
    metaHeader(w, false, produced);
    w.bits(1, 0); // ISUNCOMPRESSED
    w.bits(1, 0).bits(1, 0).bits(1, 0); // one block type each
    w.bits(2, npostfix).bits(4, ndirect >> npostfix);
    w.bits(2, Context.UTF8);
    w.bits(1, 0).bits(1, 0); // NTREESL 1, NTREESD 1
    int distanceAlphabet = 16 + ndirect + (48 << npostfix);
    int[][] literalCodes = writeCode(w, 256, literalSyms, simple, treeSelect);
    int[][] commandCodes = writeCode(w, 704, commandSyms, simple, treeSelect);
    int[][] distanceCodes = writeCode(w, distanceAlphabet, distanceSyms, simple, treeSelect);
    for (int c = 0; c < commands.size(); c++) {
      int[] k = commands.get(c);
      int cmd = k[0];
      int cell = cmd >>> 6;
      int insertCode = CELL_INSERT[cell] + ((cmd >>> 3) & 7);
      int copyCode = CELL_COPY[cell] + (cmd & 7);
      w.code(commandCodes[cmd]);
      w.bits(INSERT_EXTRA[insertCode], k[1] - INSERT_BASE[insertCode]);
      w.bits(COPY_EXTRA[copyCode], k[2] - COPY_BASE[copyCode]);
      for (int lit : literals.get(c)) {
        w.code(literalCodes[lit]);
        lz.literal(lit);
      }
      if (cell >= 2) {
        w.code(distanceCodes[k[3]]);
        if (k[3] >= 16 + ndirect) {
          int nbits = 1 + ((k[3] - ndirect - 16) >> (npostfix + 1));
          w.bits(nbits, k[4]);
        }
      }
      lz.replay(plan, c);
    }
    lz.sync(plan);
  }

  /** Writes a prefix code for {@code symbols} and returns the codes (index: symbol). */
  private static int[][] writeCode(Bits w, int alphabet, int[] symbols, boolean simple, boolean treeSelect) {
    if (simple && symbols.length <= 4) {
      int bits = Huffman.bitsFor(alphabet);
      w.bits(2, 1).bits(2, symbols.length - 1);
      for (int s : symbols) w.bits(bits, s);
      int[] shape = switch (symbols.length) {
        case 1 -> new int[] {0};
        case 2 -> new int[] {1, 1};
        case 3 -> new int[] {1, 2, 2};
        default -> treeSelect ? new int[] {1, 2, 3, 3} : new int[] {2, 2, 2, 2};
      };
      if (symbols.length == 4) w.bits(1, treeSelect ? 1 : 0);
      int[] lengths = new int[alphabet];
      for (int i = 0; i < symbols.length; i++) lengths[symbols[i]] = shape[i];
      int[][] codes = canonical(lengths);
      if (symbols.length == 1) codes[symbols[0]] = new int[] {0, 0};
      return codes;
    }
    int[] lengths = completeLengths(alphabet, symbols);
    complexCode(w, lengths);
    return canonical(lengths);
  }

  /** A simple prefix code of one symbol. */
  private static void simpleCode(Bits w, int bits, int symbol) {
    w.bits(2, 1).bits(2, 0).bits(bits, symbol);
  }

  /** Lengths of a complete code over {@code symbols} (sorted), as even as can be. */
  private static int[] completeLengths(int alphabet, int[] symbols) {
    int[] sorted = symbols.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    int k = 32 - Integer.numberOfLeadingZeros(n - 1);
    int shorter = (1 << k) - n;
    int[] lengths = new int[alphabet];
    for (int i = 0; i < n; i++) lengths[sorted[i]] = i < shorter ? k - 1 : k;
    return lengths;
  }

  /** A complex prefix code (HSKIP 0) for {@code lengths}, without run-length codes. */
  private static void complexCode(Bits w, int[] lengths) {
    int last = lengths.length - 1;
    while (lengths[last] == 0) last--;
    boolean[] used = new boolean[18];
    for (int s = 0; s <= last; s++) used[lengths[s]] = true;
    int[] values = new int[18];
    int n = 0;
    for (int v = 0; v < 18; v++) if (used[v]) values[n++] = v;
    int[] clLengths = new int[18];
    if (n == 1) {
      clLengths[values[0]] = 1;
    } else {
      int[] l = completeLengths(18, Arrays.copyOf(values, n));
      System.arraycopy(l, 0, clLengths, 0, 18);
    }
    w.bits(2, 0);
    int space = 32;
    for (int i = 0; i < 18; i++) {
      int v = clLengths[ORDER[i]];
      w.bits(CLCL_BITS[v], CLCL_CODE[v]);
      if (v != 0) {
        space -= 32 >> v;
        if (space <= 0) break;
      }
    }
    int[][] cl = canonical(clLengths);
    if (n == 1) cl[values[0]] = new int[] {0, 0};
    for (int s = 0; s <= last; s++) w.code(cl[lengths[s]]);
  }

  /** Canonical codes for code lengths: {@code [length, code]} per symbol. */
  private static int[][] canonical(int[] lengths) {
    int[] count = new int[16];
    for (int l : lengths) count[l]++;
    count[0] = 0;
    int[] next = new int[16];
    for (int len = 1, code = 0; len < 16; len++) {
      code = (code + count[len - 1]) << 1;
      next[len] = code;
    }
    int[][] codes = new int[lengths.length][];
    for (int s = 0; s < lengths.length; s++) {
      if (lengths[s] > 0) codes[s] = new int[] {lengths[s], next[lengths[s]]++};
    }
    return codes;
  }

  private static void writeDistance(Bits w, int[][] codes, long distance, int npostfix, int ndirect) {
    // Only NPOSTFIX 0 / NDIRECT 0 here: find the code whose range holds the distance.
    long d = distance - 1;
    for (int nbits = 1; nbits <= 24; nbits++) {
      for (int h = 0; h < 2; h++) {
        long lo = ((2L + h) << nbits) - 4;
        if (d >= lo && d < lo + (1L << nbits)) {
          w.code(codes[16 + 2 * (nbits - 1) + h]);
          w.bits(nbits, (int) (d - lo));
          return;
        }
      }
    }
    throw new IllegalArgumentException("distance " + distance);
  }

  private static int lengthCode(int[] base, int[] extra, int value) {
    for (int c = 0; c < base.length; c++) {
      if (value >= base[c] && value < base[c] + (1 << extra[c])) return c;
    }
    throw new IllegalArgumentException("length " + value);
  }

  // The format's tables, written out again here so that the tests do not lean on the decoder's.
  private static final int[] ORDER = {1, 2, 3, 4, 0, 5, 17, 6, 16, 7, 8, 9, 10, 11, 12, 13, 14, 15};
  /** The fixed code of code length code lengths 0..5, as written first bit lowest. */
  private static final int[] CLCL_BITS = {2, 4, 3, 2, 2, 4};
  private static final int[] CLCL_CODE = {0, 7, 3, 2, 1, 15};
  private static final int[] INSERT_BASE = {0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 18, 26, 34, 50, 66, 98, 130, 194, 322, 578, 1090, 2114, 6210, 22594};
  private static final int[] INSERT_EXTRA = {0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 24};
  private static final int[] COPY_BASE = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 18, 22, 30, 38, 54, 70, 102, 134, 198, 326, 582, 1094, 2118};
  private static final int[] COPY_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 24};
  private static final int[] CELL_INSERT = {0, 0, 0, 0, 8, 8, 0, 16, 8, 16, 16};
  private static final int[] CELL_COPY = {0, 8, 0, 8, 0, 8, 16, 0, 16, 8, 16};

  /** The decoded output, replayed: literals, copies, the last four distances. */
  static final class Lz {
    final long window;
    byte[] data = new byte[1024];
    int pos;
    long[] dist = {4, 11, 15, 16};
    /** For a plan: the output length after each command, to replay it by. */
    final List<Integer> marks = new ArrayList<>();

    Lz(long window) {
      this.window = window;
    }

    Lz fork() {
      Lz c = new Lz(window);
      c.data = data.clone();
      c.pos = pos;
      c.dist = dist.clone();
      return c;
    }

    byte[] output() {
      return Arrays.copyOf(data, pos);
    }

    void literal(int b) {
      if (pos == data.length) data = Arrays.copyOf(data, data.length * 2);
      data[pos++] = (byte) b;
    }

    long shortDistance(int code) {
      long[] d = dist;
      return switch (code) {
        case 0 -> d[0];
        case 1 -> d[1];
        case 2 -> d[2];
        case 3 -> d[3];
        case 4 -> d[0] - 1;
        case 5 -> d[0] + 1;
        case 6 -> d[0] - 2;
        case 7 -> d[0] + 2;
        case 8 -> d[0] - 3;
        case 9 -> d[0] + 3;
        case 10 -> d[1] - 1;
        case 11 -> d[1] + 1;
        case 12 -> d[1] - 2;
        case 13 -> d[1] + 2;
        case 14 -> d[1] - 3;
        default -> d[1] + 3;
      };
    }

    /** An LZ77 copy, byte by byte (so overlapping copies repeat). */
    void copy(long distance, int length, boolean push) {
      for (int i = 0; i < length; i++) literal(data[pos - (int) distance]);
      if (push) dist = new long[] {distance, dist[0], dist[1], dist[2]};
      marks.add(pos);
    }

    /** After writing command {@code c}'s literals: takes the plan's output up to its mark. */
    void replay(Lz plan, int c) {
      int end = plan.marks.get(c);
      while (pos < end) literal(plan.data[pos]);
    }

    void sync(Lz plan) {
      dist = plan.dist.clone();
    }
  }

  /** Writes bits first-lowest, as brotli reads them. */
  static final class Bits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private long acc;
    private int n;

    Bits bits(int count, long value) {
      for (int i = 0; i < count; i++) {
        acc |= ((value >>> i) & 1L) << n;
        if (++n == 8) {
          out.write((int) acc);
          acc = 0;
          n = 0;
        }
      }
      return this;
    }

    /** A prefix code {@code [length, code]}: its bits from the most significant. */
    Bits code(int[] c) {
      for (int i = c[0] - 1; i >= 0; i--) bits(1, (c[1] >>> i) & 1);
      return this;
    }

    Bits align() {
      if (n > 0) bits(8 - n, 0);
      return this;
    }

    byte[] toByteArray() {
      align();
      return out.toByteArray();
    }
  }
}
