package io.pipy.brotli;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.DataFormatException;

/**
 * A streaming brotli decoder (RFC 7932), used like {@link java.util.zip.Inflater}: give it
 * compressed bytes with {@link #feed}, take decompressed bytes with {@link #read}, in pieces of
 * any size, until {@link #finished()}.
 *
 * <pre>{@code
 * BrotliDecoder d = new BrotliDecoder();
 * for (ByteBuffer in : chunks) {
 *   while (in.hasRemaining() && !d.finished()) {
 *     d.feed(in);
 *     int n;
 *     while ((n = d.read(out, 0, out.length)) > 0) consume(out, n);
 *   }
 * }
 * boolean complete = d.finished();
 * }</pre>
 *
 * <p>Memory is bounded whatever the input: the compressed bytes wait in a buffer of 32 KiB, and
 * the decompressed ones in the sliding window, which grows with the output up to the window size
 * the stream declares (1 KiB to 16 MiB, or up to 1 GiB for large-window streams, which Pipy
 * also accepts; {@link #BrotliDecoder(int)} sets a lower cap for untrusted input); nothing else
 * grows with the data. {@link #read} never produces more than asked,
 * so a stream that expands a thousandfold is produced as fast as the caller takes it.
 *
 * <p>Everything in the format is supported: all meta-block kinds (compressed, uncompressed,
 * metadata, the empty last one), simple and complex prefix codes, block switching for literals,
 * commands and distances, context modelling with context maps (run-length coded, inverse
 * move-to-front), the four literal context modes, NPOSTFIX/NDIRECT distance parameters, the
 * static dictionary with its 121 transforms, and the "large window" extension (window sizes up
 * to 2^30). Bad input throws {@link DataFormatException} with a message starting "brotli:"; after
 * that the decoder is spent.
 *
 * <p>How it works: decoding is a state machine whose every step (a header field, a prefix code,
 * a command, a literal...) reads a bounded number of bits. A step that runs past the input
 * received so far is rolled back and resumed when more input comes (see {@link BitReader}), so
 * the input may be split anywhere. Output is written into the sliding window, from which
 * {@link #read} copies it out; a step that would overwrite bytes not read yet waits.
 *
 * <p>Not thread-safe: one decoder serves one stream on one thread.
 */
public final class BrotliDecoder {

  // States of the decoder.
  private static final int STREAM_HEADER = 0;
  private static final int META_HEADER = 1;
  private static final int METADATA = 2;
  private static final int UNCOMPRESSED = 3;
  private static final int BLOCK_TYPES = 4;
  private static final int DISTANCE_PARAMS = 5;
  private static final int CONTEXT_MAP = 6;
  private static final int TREES = 7;
  private static final int COMMAND = 8;
  private static final int LITERALS = 9;
  private static final int DISTANCE = 10;
  private static final int COPY = 11;
  private static final int WORD = 12;
  private static final int META_END = 13;
  private static final int DONE = 14;
  private static final int FAILED = 15;

  // Categories of block switching: literals, insert-and-copy commands, distances.
  private static final int L = 0;
  private static final int I = 1;
  private static final int D = 2;

  /** The block length for a category with one block type: it never runs out. */
  private static final int ENDLESS = 1 << 28;

  /** The window of the first meta-block until the ring buffer grows; small bodies stay small. */
  private static final int INITIAL_RING = 1 << 15;

  private static final int LARGE_WINDOW_MAX_BITS = 30;
  /** The largest distance a large-window stream may use (the reference decoder's limit). */
  private static final long MAX_ALLOWED_DISTANCE = 0x7ffffffcL;

  // Insert and copy length codes (section 5): base value and extra bits.
  private static final int[] INSERT_BASE = {0, 1, 2, 3, 4, 5, 6, 8, 10, 14, 18, 26, 34, 50, 66, 98, 130, 194, 322, 578, 1090, 2114, 6210, 22594};
  private static final int[] INSERT_EXTRA = {0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 12, 14, 24};
  private static final int[] COPY_BASE = {2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 18, 22, 30, 38, 54, 70, 102, 134, 198, 326, 582, 1094, 2118};
  private static final int[] COPY_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 24};
  /** Per 64-symbol cell of the insert-and-copy alphabet: first insert code, first copy code. */
  private static final int[] CELL_INSERT = {0, 0, 0, 0, 8, 8, 0, 16, 8, 16, 16};
  private static final int[] CELL_COPY = {0, 8, 0, 8, 0, 8, 16, 0, 16, 8, 16};

  // Block count codes (section 6): base value and extra bits.
  private static final int[] BLOCK_BASE = {1, 5, 9, 13, 17, 25, 33, 41, 49, 65, 81, 97, 113, 145, 177, 209, 241, 305, 369, 497, 753, 1265, 2289, 4337, 8433, 16625};
  private static final int[] BLOCK_EXTRA = {2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 6, 6, 7, 8, 9, 10, 11, 12, 13, 24};

  private final boolean largeWindowAllowed;
  /** The largest window a stream may declare, in bits: the cap on the memory it can take. */
  private final int maxWindowBits;
  private final BitReader in = new BitReader();
  private int state = STREAM_HEADER;
  private DataFormatException failure;

  // The stream.
  private int windowBits;
  /** Whether the stream has the large-window header (whatever its window size). */
  private boolean largeWindow;
  private long maxBackward;
  /** The ring buffer: the last {@code ring.length} bytes output; grows up to the window size. */
  private byte[] ring = new byte[0];
  private int mask = -1;
  /** Bytes output so far, and bytes of them handed to the caller. */
  private long pos;
  private long delivered;
  /** Where the current {@link #decode} call must stop writing. */
  private long writeLimit;
  /** The last two bytes output (the literal context). */
  private int p1;
  private int p2;
  /** The last four distances, {@code dist0} the most recent. */
  private long dist0 = 4;
  private long dist1 = 11;
  private long dist2 = 15;
  private long dist3 = 16;

  // The meta-block.
  private boolean isLast;
  /** Bytes the meta-block still has to produce (or metadata bytes to skip). */
  private int metaRemaining;
  private int substate;
  private int index;

  private final int[] nTypes = new int[3];
  private final int[][] typeTree = new int[3][];
  private final int[][] countTree = new int[3][];
  private final int[] blockType = new int[3];
  private final int[] prevType = new int[3];
  private final int[] blockLength = new int[3];

  private int npostfix;
  private int ndirect;
  private int distanceAlphabet;
  private int distanceSimpleBits;
  private int[] contextModes;
  private int nTreesL;
  private int nTreesD;
  private byte[] literalMap;
  private byte[] distanceMap;
  private int[] mapTree;
  private int rleMax;
  private int mapPos;
  private int[][] literalTrees;
  private int[][] commandTrees;
  private int[][] distanceTrees;

  // The current literal block: its context tables and its row of the context map.
  private byte[] lutP1;
  private byte[] lutP2;
  private int literalMapOffset;

  // The current command.
  private int insertRemaining;
  private int copyLength;
  private boolean implicitDistance;
  private int copyRemaining;
  private int copyDistance;
  private final byte[] word = new byte[Transforms.MAX_OUTPUT];
  private int wordPos;
  private int wordLen;

  /** A decoder for RFC 7932 streams and for large-window ones (as Pipy decodes them). */
  public BrotliDecoder() {
    this(true);
  }

  /**
   * A decoder; with {@code largeWindow} false, a large-window stream (not RFC 7932) is an error
   * and the window is at most 16 MiB.
   */
  public BrotliDecoder(boolean largeWindow) {
    this.largeWindowAllowed = largeWindow;
    this.maxWindowBits = largeWindow ? LARGE_WINDOW_MAX_BITS : 24;
  }

  /**
   * A decoder for RFC 7932 streams and large-window ones whose window is at most
   * 2<sup>{@code maxWindowBits}</sup> bytes (10 to 30); a stream declaring a larger window is an
   * error. The window is what a stream can make the decoder hold (it grows with the output up
   * to that size), so this caps the memory an untrusted stream can take.
   */
  public BrotliDecoder(int maxWindowBits) {
    if (maxWindowBits < 10 || maxWindowBits > LARGE_WINDOW_MAX_BITS) {
      throw new IllegalArgumentException("maxWindowBits must be 10 to 30, not " + maxWindowBits);
    }
    this.largeWindowAllowed = true;
    this.maxWindowBits = maxWindowBits;
  }

  /**
   * Gives compressed bytes: takes as many of {@code src}'s remaining bytes as the input buffer
   * has room for (at least one unless {@link #read} must be called first) and returns how many.
   * Once the stream has ended, all bytes are taken and ignored.
   */
  public int feed(ByteBuffer src) {
    if (state == DONE) {
      int n = src.remaining();
      src.position(src.limit());
      return n;
    }
    return in.feed(src);
  }

  /** Like {@link #feed(ByteBuffer)}, from {@code len} bytes at {@code b[off]}. */
  public int feed(byte[] b, int off, int len) {
    if (state == DONE) return len;
    return in.feed(b, off, len);
  }

  /**
   * Decompresses into {@code out[off..off+len)}; returns how many bytes were written. Zero means
   * the stream has {@link #finished()} or the input given so far is all used up (give more).
   *
   * @throws DataFormatException if the input is not valid brotli (then and on later calls)
   */
  public int read(byte[] out, int off, int len) throws DataFormatException {
    if (failure != null) throw failure;
    int total = 0;
    while (total < len) {
      long available = pos - delivered;
      if (available > 0) {
        int from = (int) delivered & mask;
        int n = (int) Math.min(Math.min(available, len - total), ring.length - from);
        System.arraycopy(ring, from, out, off + total, n);
        delivered += n;
        total += n;
        continue;
      }
      if (state == DONE) break;
      try {
        if (!decode(len - total)) break;
      } catch (DataFormatException e) {
        state = FAILED;
        failure = e;
        throw e;
      } catch (RuntimeException e) {
        // An index out of range or the like would be a bug here, but must still read as a
        // corrupt stream to the caller, not escape as something else.
        state = FAILED;
        failure = new DataFormatException("brotli: corrupt stream (" + e + ")");
        throw failure;
      }
    }
    return total;
  }

  /** Whether the stream has ended and all its output has been read. */
  public boolean finished() {
    return state == DONE && pos == delivered;
  }

  /** Whether the stream has ended (its output may still be waiting to be read). */
  public boolean streamEnded() {
    return state == DONE;
  }

  /** The window size the stream declared (0 before its header is read). */
  public int windowBits() {
    return windowBits;
  }

  /** The current size of the sliding window buffer, for tests of memory use. */
  int ringCapacity() {
    return ring.length;
  }

  // ---------------------------------------------------------------------------------------------
  // The state machine

  /**
   * Decodes until up to {@code wanted} bytes are output (all handed out before the call), the
   * stream ends, or the input runs out. Returns false if nothing could be done for lack of input.
   */
  private boolean decode(int wanted) throws DataFormatException {
    if (windowBits != 0) {
      long target = pos + wanted;
      int windowSize = 1 << windowBits;
      if (ring.length < windowSize && target > ring.length) grow(target, windowSize);
      writeLimit = Math.min(target, delivered + ring.length);
    }
    boolean progressed = run();
    if (!progressed && in.full()) throw error("a step needs more input than fits the buffer");
    return progressed;
  }

  /**
   * Runs steps until the output due is written, more input is needed, or the stream ends;
   * returns whether any step was taken.
   */
  private boolean run() throws DataFormatException {
    boolean any = false;
    while (true) {
      boolean progressed;
      try {
        progressed = switch (state) {
          case STREAM_HEADER -> streamHeader();
          case META_HEADER -> metaHeader();
          case METADATA -> skipMetadata();
          case UNCOMPRESSED -> copyUncompressed();
          case BLOCK_TYPES -> blockTypes();
          case DISTANCE_PARAMS -> distanceParams();
          case CONTEXT_MAP -> contextMap();
          case TREES -> trees();
          case COMMAND -> command();
          case LITERALS -> literals();
          case DISTANCE -> distance();
          case COPY -> copy();
          case WORD -> word();
          case META_END -> metaEnd();
          default -> false;
        };
      } catch (DataFormatException e) {
        // Garbage decoded from the zero padding past the input is not an error: wait for input.
        if (in.overrun()) {
          in.reset();
          return false;
        }
        throw e;
      }
      if (!progressed) return any;
      any = true;
      if (state == DONE || pos >= writeLimit) return true;
    }
  }

  /** Ends a step: true if it stayed within the input (commit), else rolls back (false). */
  private boolean commit() {
    if (in.overrun()) {
      in.reset();
      return false;
    }
    return true;
  }

  private static DataFormatException error(String message) {
    return new DataFormatException("brotli: " + message);
  }

  // ---------------------------------------------------------------------------------------------
  // Stream and meta-block headers (section 9)

  private boolean streamHeader() throws DataFormatException {
    in.mark();
    int bits;
    boolean large = false;
    if (in.bit() == 0) {
      bits = 16;
    } else {
      int n = in.read(3);
      if (n != 0) {
        bits = 17 + n;
      } else {
        int m = in.read(3);
        if (m == 1) {
          // The large-window extension: 1, 000, 001, then a reserved 0 bit and 6 bits of WBITS.
          if (!largeWindowAllowed) throw error("large-window streams are not accepted here");
          if (in.bit() != 0) throw error("invalid window size");
          bits = in.read(6);
          if (bits < 10 || bits > LARGE_WINDOW_MAX_BITS) throw error("invalid large window size " + bits);
          large = true;
        } else {
          bits = m == 0 ? 17 : 8 + m;
        }
      }
    }
    if (!commit()) return false;
    if (bits > maxWindowBits) {
      throw error("the stream's window of 2^" + bits + " bytes is larger than the 2^" + maxWindowBits + " allowed here");
    }
    windowBits = bits;
    largeWindow = large;
    maxBackward = (1L << bits) - 16;
    ring = new byte[Math.min(INITIAL_RING, 1 << bits)];
    mask = ring.length - 1;
    state = META_HEADER;
    return true;
  }

  private boolean metaHeader() throws DataFormatException {
    in.mark();
    boolean last = in.bit() == 1;
    if (last && in.bit() == 1) {
      // ISLASTEMPTY: the stream ends here; the rest of the byte must be zero.
      if (in.alignToByte() != 0) throw error("non-zero padding at the end of the stream");
      if (!commit()) return false;
      state = DONE;
      return true;
    }
    int nibbles = in.read(2);
    int length;
    boolean metadata = nibbles == 3;
    boolean uncompressed = false;
    if (metadata) {
      if (in.bit() != 0) throw error("reserved bit set in a metadata block");
      int bytes = in.read(2);
      length = 0;
      for (int i = 0; i < bytes; i++) {
        int b = in.read(8);
        if (i + 1 == bytes && bytes > 1 && b == 0) throw error("metadata length has a needless zero byte");
        length |= b << (8 * i);
      }
      if (bytes > 0) length += 1;
      if (in.alignToByte() != 0) throw error("non-zero padding before metadata");
    } else {
      nibbles += 4;
      length = 0;
      for (int i = 0; i < nibbles; i++) {
        int nibble = in.read(4);
        if (i + 1 == nibbles && nibbles > 4 && nibble == 0) throw error("meta-block length has a needless zero nibble");
        length |= nibble << (4 * i);
      }
      length += 1;
      if (!last) {
        uncompressed = in.bit() == 1;
        if (uncompressed && in.alignToByte() != 0) throw error("non-zero padding before an uncompressed meta-block");
      }
    }
    if (!commit()) return false;
    isLast = last;
    metaRemaining = length;
    if (metadata) {
      state = METADATA;
    } else if (uncompressed) {
      state = UNCOMPRESSED;
    } else {
      for (int c = 0; c < 3; c++) {
        blockType[c] = 0;
        prevType[c] = 1;
      }
      state = BLOCK_TYPES;
      substate = 0;
      index = L;
    }
    return true;
  }

  /** Skips metadata: it is neither output nor part of the window. */
  private boolean skipMetadata() {
    while (metaRemaining > 0 && in.bytesInAccumulator() > 0) {
      in.read(8);
      metaRemaining--;
    }
    if (metaRemaining > 0) {
      in.clearAccumulator();
      int n = Math.min(metaRemaining, in.buffered());
      if (n == 0) return false;
      in.pos += n;
      metaRemaining -= n;
      if (metaRemaining > 0) return true;
    }
    state = META_END;
    return true;
  }

  /** Copies the bytes of an uncompressed meta-block into the window. */
  private boolean copyUncompressed() {
    boolean progressed = false;
    while (metaRemaining > 0 && pos < writeLimit && in.bytesInAccumulator() > 0) {
      put(in.read(8));
      metaRemaining--;
      progressed = true;
    }
    if (metaRemaining > 0 && in.bytesInAccumulator() == 0) {
      in.clearAccumulator();
      while (metaRemaining > 0 && pos < writeLimit && in.buffered() > 0) {
        int at = (int) pos & mask;
        int n = (int) Math.min(Math.min(metaRemaining, in.buffered()), Math.min(writeLimit - pos, ring.length - at));
        System.arraycopy(in.buf, in.pos, ring, at, n);
        in.pos += n;
        pos += n;
        metaRemaining -= n;
        progressed = true;
      }
      updateContextBytes();
    }
    if (metaRemaining == 0) {
      state = META_END;
      return true;
    }
    return progressed;
  }

  private boolean metaEnd() throws DataFormatException {
    if (!isLast) {
      state = META_HEADER;
      return true;
    }
    in.mark();
    if (in.alignToByte() != 0) throw error("non-zero padding at the end of the stream");
    if (!commit()) return false;
    state = DONE;
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Compressed meta-block header (section 9.2)

  /** Reads NBLTYPES (1..256), the variable-length code of section 9.2. */
  private int readCount() {
    if (in.bit() == 0) return 1;
    int n = in.read(3);
    if (n == 0) return 2;
    return (1 << n) + 1 + in.read(n);
  }

  private int readBlockLength(int[] tree) {
    int sym = in.decode(tree);
    return BLOCK_BASE[sym] + in.read(BLOCK_EXTRA[sym]);
  }

  /** Per category (index): NBLTYPES, then its two prefix codes and the first block length. */
  private boolean blockTypes() throws DataFormatException {
    int c = index;
    in.mark();
    switch (substate) {
      case 0 -> {
        int n = readCount();
        if (!commit()) return false;
        nTypes[c] = n;
        if (n == 1) {
          typeTree[c] = null;
          countTree[c] = null;
          blockLength[c] = ENDLESS;
          nextBlockTypes();
        } else {
          substate = 1;
        }
      }
      case 1 -> {
        int[] t = Huffman.read(in, nTypes[c] + 2, Huffman.bitsFor(nTypes[c] + 2));
        if (!commit()) return false;
        typeTree[c] = t;
        substate = 2;
      }
      case 2 -> {
        int[] t = Huffman.read(in, 26, 5);
        if (!commit()) return false;
        countTree[c] = t;
        substate = 3;
      }
      default -> {
        int len = readBlockLength(countTree[c]);
        if (!commit()) return false;
        blockLength[c] = len;
        nextBlockTypes();
      }
    }
    return true;
  }

  private void nextBlockTypes() {
    substate = 0;
    if (++index == 3) state = DISTANCE_PARAMS;
  }

  private boolean distanceParams() {
    in.mark();
    int postfix = in.read(2);
    int direct = in.read(4) << postfix;
    int[] modes = new int[nTypes[L]];
    for (int i = 0; i < modes.length; i++) modes[i] = in.read(2);
    if (!commit()) return false;
    npostfix = postfix;
    ndirect = direct;
    contextModes = modes;
    if (largeWindow) {
      // Large-window streams have distance codes up to 62 extra bits; the simple-code symbol
      // width follows that alphabet, though symbols past the usable distances are refused later.
      distanceAlphabet = 16 + direct + (124 << postfix);
    } else {
      distanceAlphabet = 16 + direct + (48 << postfix);
    }
    distanceSimpleBits = Huffman.bitsFor(distanceAlphabet);
    state = CONTEXT_MAP;
    substate = 0;
    index = 0;
    return true;
  }

  /** The literal (index 0) then the distance (index 1) context map (section 7.3). */
  private boolean contextMap() throws DataFormatException {
    boolean literal = index == 0;
    int size = literal ? nTypes[L] << 6 : nTypes[D] << 2;
    switch (substate) {
      case 0 -> {
        in.mark();
        int trees = readCount();
        int rle = 0;
        int[] tree = null;
        if (trees >= 2) {
          rle = in.bit() == 1 ? in.read(4) + 1 : 0;
          tree = Huffman.read(in, trees + rle, Huffman.bitsFor(trees + rle));
        }
        if (!commit()) return false;
        byte[] map = new byte[size];
        if (literal) {
          nTreesL = trees;
          literalMap = map;
        } else {
          nTreesD = trees;
          distanceMap = map;
        }
        if (trees < 2) {
          nextContextMap();
        } else {
          rleMax = rle;
          mapTree = tree;
          substate = 1;
          mapPos = 0;
        }
      }
      case 1 -> {
        byte[] map = literal ? literalMap : distanceMap;
        while (mapPos < size) {
          in.mark();
          int sym = in.decode(mapTree);
          int run = 0;
          if (sym != 0 && sym <= rleMax) run = (1 << sym) + in.read(sym);
          if (!commit()) return false;
          if (sym == 0) {
            map[mapPos++] = 0;
          } else if (sym <= rleMax) {
            if (mapPos + run > size) throw error("context map run past its end");
            mapPos += run; // the map is zero already
          } else {
            map[mapPos++] = (byte) (sym - rleMax);
          }
        }
        substate = 2;
      }
      default -> {
        in.mark();
        boolean imtf = in.bit() == 1;
        if (!commit()) return false;
        if (imtf) inverseMoveToFront(literal ? literalMap : distanceMap);
        nextContextMap();
      }
    }
    return true;
  }

  private void nextContextMap() {
    substate = 0;
    if (++index == 2) {
      state = TREES;
      index = 0;
      substate = 0;
      literalTrees = new int[nTreesL][];
      commandTrees = new int[nTypes[I]][];
      distanceTrees = new int[nTreesD][];
    }
  }

  private static void inverseMoveToFront(byte[] map) {
    byte[] mtf = new byte[256];
    for (int i = 0; i < 256; i++) mtf[i] = (byte) i;
    for (int i = 0; i < map.length; i++) {
      int idx = map[i] & 0xff;
      byte value = mtf[idx];
      map[i] = value;
      System.arraycopy(mtf, 0, mtf, 1, idx);
      mtf[0] = value;
    }
  }

  /** The prefix codes: literals, then insert-and-copy, then distances (substate), one a step. */
  private boolean trees() throws DataFormatException {
    int[][] group;
    int alphabet;
    int simpleBits;
    switch (substate) {
      case 0 -> { group = literalTrees; alphabet = 256; simpleBits = 8; }
      case 1 -> { group = commandTrees; alphabet = 704; simpleBits = 10; }
      default -> { group = distanceTrees; alphabet = distanceAlphabet; simpleBits = distanceSimpleBits; }
    }
    if (index < group.length) {
      in.mark();
      int[] t = Huffman.read(in, alphabet, simpleBits);
      if (!commit()) return false;
      group[index++] = t;
    }
    if (index == group.length) {
      index = 0;
      if (++substate == 3) startCommands();
    }
    return true;
  }

  private void startCommands() {
    substate = 0;
    setLiteralBlock(blockType[L]);
    state = COMMAND;
  }

  private void setLiteralBlock(int type) {
    int mode = contextModes[type];
    lutP1 = Context.P1[mode];
    lutP2 = Context.P2[mode];
    literalMapOffset = type << 6;
  }

  // ---------------------------------------------------------------------------------------------
  // Commands (sections 5, 4, 8)

  /** Reads a block switch command for category {@code c} (section 6); false if input ran out. */
  private boolean blockSwitch(int c) {
    in.mark();
    int sym = in.decode(typeTree[c]);
    int len = readBlockLength(countTree[c]);
    if (!commit()) return false;
    int type = switch (sym) {
      case 0 -> prevType[c];
      case 1 -> (blockType[c] + 1) % nTypes[c];
      default -> sym - 2;
    };
    prevType[c] = blockType[c];
    blockType[c] = type;
    blockLength[c] = len;
    if (c == L) setLiteralBlock(type);
    return true;
  }

  private boolean command() throws DataFormatException {
    if (metaRemaining == 0) {
      state = META_END;
      return true;
    }
    if (blockLength[I] == 0 && !blockSwitch(I)) return false;
    in.mark();
    int cmd = in.decode(commandTrees[blockType[I]]);
    int cell = cmd >>> 6;
    int insertCode = CELL_INSERT[cell] + ((cmd >>> 3) & 7);
    int copyCode = CELL_COPY[cell] + (cmd & 7);
    int insert = INSERT_BASE[insertCode] + in.read(INSERT_EXTRA[insertCode]);
    int copy = COPY_BASE[copyCode] + in.read(COPY_EXTRA[copyCode]);
    if (!commit()) return false;
    blockLength[I]--;
    if (insert > metaRemaining) throw error("literals run past the end of the meta-block");
    insertRemaining = insert;
    copyLength = copy;
    implicitDistance = cell < 2;
    state = LITERALS;
    return true;
  }

  /** The literals of the current command: the hot loop. */
  private boolean literals() throws DataFormatException {
    BitReader in = this.in;
    byte[] ring = this.ring;
    int mask = this.mask;
    long pos = this.pos;
    long limit = writeLimit;
    int p1 = this.p1;
    int p2 = this.p2;
    boolean ok = true;
    while (insertRemaining > 0) {
      if (pos >= limit) break;
      if (blockLength[L] == 0) {
        if (!blockSwitch(L)) {
          ok = false;
          break;
        }
      }
      int[] tree = literalTrees[literalMap[literalMapOffset + (lutP1[p1] | lutP2[p2])] & 0xff];
      int b;
      if (in.limit - in.pos >= 8) {
        // At least 8 bytes ahead: a literal (at most 15 bits) cannot run past the input.
        b = in.decode(tree);
      } else {
        in.mark();
        b = in.decode(tree);
        if (!commit()) {
          ok = false;
          break;
        }
      }
      ring[(int) pos & mask] = (byte) b;
      pos++;
      p2 = p1;
      p1 = b;
      insertRemaining--;
      blockLength[L]--;
      metaRemaining--;
    }
    int produced = (int) (pos - this.pos);
    this.pos = pos;
    this.p1 = p1;
    this.p2 = p2;
    if (insertRemaining == 0) {
      state = metaRemaining == 0 ? META_END : DISTANCE;
      return true;
    }
    return ok || produced > 0;
  }

  private boolean distance() throws DataFormatException {
    long distance;
    boolean push;
    if (implicitDistance) {
      distance = dist0;
      push = false;
    } else {
      if (blockLength[D] == 0 && !blockSwitch(D)) return false;
      int context = copyLength > 4 ? 3 : copyLength - 2;
      in.mark();
      int code = in.decode(distanceTrees[distanceMap[(blockType[D] << 2) + context] & 0xff]);
      long extra = 0;
      int nbits = 0;
      if (code >= 16 + ndirect) {
        int d = code - ndirect - 16;
        nbits = 1 + (d >> (npostfix + 1));
        if (nbits > 30) throw error("distance code out of range");
        extra = in.read(nbits);
      }
      if (!commit()) return false;
      blockLength[D]--;
      distance = distanceValue(code, extra, nbits);
      push = code != 0;
    }
    long max = Math.min(maxBackward, pos);
    if (distance > max) {
      dictionaryWord(distance - max - 1);
      return true;
    }
    if (copyLength > metaRemaining) throw error("copy runs past the end of the meta-block");
    if (push) {
      dist3 = dist2;
      dist2 = dist1;
      dist1 = dist0;
      dist0 = distance;
    }
    copyDistance = (int) distance;
    copyRemaining = copyLength;
    metaRemaining -= copyLength;
    state = COPY;
    return true;
  }

  /** The distance a distance code stands for (section 4). */
  private long distanceValue(int code, long extra, int nbits) throws DataFormatException {
    long d;
    if (code < 16) {
      d = switch (code) {
        case 0 -> dist0;
        case 1 -> dist1;
        case 2 -> dist2;
        case 3 -> dist3;
        case 4 -> dist0 - 1;
        case 5 -> dist0 + 1;
        case 6 -> dist0 - 2;
        case 7 -> dist0 + 2;
        case 8 -> dist0 - 3;
        case 9 -> dist0 + 3;
        case 10 -> dist1 - 1;
        case 11 -> dist1 + 1;
        case 12 -> dist1 - 2;
        case 13 -> dist1 + 2;
        case 14 -> dist1 - 3;
        default -> dist1 + 3;
      };
      if (d <= 0) throw error("invalid distance");
      return d;
    }
    if (code < 16 + ndirect) return code - 15;
    int dcode = code - ndirect - 16;
    int hcode = dcode >> npostfix;
    int lcode = dcode & ((1 << npostfix) - 1);
    long offset = ((2L + (hcode & 1)) << nbits) - 4;
    d = ((offset + extra) << npostfix) + lcode + ndirect + 1;
    if (d > MAX_ALLOWED_DISTANCE) throw error("distance out of range");
    return d;
  }

  /** A reference past the window: a word of the static dictionary, transformed (section 8). */
  private void dictionaryWord(long address) throws DataFormatException {
    int len = copyLength;
    if (len < Dictionary.MIN_WORD_LENGTH || len > Dictionary.MAX_WORD_LENGTH) throw error("invalid dictionary reference (length " + len + ")");
    int bits = Dictionary.NDBITS[len];
    long wordId = address & ((1L << bits) - 1);
    long transform = address >>> bits;
    if (transform >= Transforms.COUNT) throw error("invalid dictionary reference (transform " + transform + ")");
    int offset = Dictionary.OFFSET[len] + (int) wordId * len;
    wordLen = Transforms.apply((int) transform, Dictionary.data(), offset, len, word);
    wordPos = 0;
    if (wordLen > metaRemaining) throw error("dictionary word runs past the end of the meta-block");
    metaRemaining -= wordLen;
    state = WORD;
  }

  private boolean word() {
    while (wordPos < wordLen) {
      if (pos >= writeLimit) return wordPos > 0;
      put(word[wordPos++]);
    }
    updateContextBytes();
    state = COMMAND;
    return true;
  }

  /** Copies {@link #copyRemaining} bytes from {@link #copyDistance} back. */
  private boolean copy() {
    boolean progressed = false;
    while (copyRemaining > 0) {
      long room = writeLimit - pos;
      if (room <= 0) break;
      int n = (int) Math.min(copyRemaining, room);
      copyWithin(copyDistance, n);
      copyRemaining -= n;
      progressed = true;
    }
    if (progressed) updateContextBytes();
    if (copyRemaining == 0) {
      state = COMMAND;
      return true;
    }
    return progressed;
  }

  /** LZ77 copy of {@code n} bytes from {@code distance} back, within room to write. */
  private void copyWithin(int distance, int n) {
    byte[] ring = this.ring;
    int size = ring.length;
    while (n > 0) {
      int dst = (int) pos & mask;
      int src = (int) (pos - distance) & mask;
      int seg = Math.min(n, Math.min(size - dst, size - src));
      if (src > dst || distance >= seg) {
        // No overlap that matters: when the source is ahead (wrapped around), it is read
        // before being overwritten, which is what arraycopy's memmove does too.
        System.arraycopy(ring, src, ring, dst, seg);
      } else {
        // The source overlaps the destination: the bytes repeat with period "distance".
        // Copy the pattern in growing pieces, each a whole number of periods long.
        // Copy the pattern in doubling pieces from its start: before the last piece, "done" is
        // always a whole number of periods, and a piece never reads bytes not yet written.
        int done = 0;
        while (done < seg) {
          int k = Math.min(seg - done, distance + done);
          System.arraycopy(ring, src, ring, dst + done, k);
          done += k;
        }
      }
      pos += seg;
      n -= seg;
    }
  }

  private void put(int b) {
    ring[(int) pos & mask] = (byte) b;
    pos++;
    p2 = p1;
    p1 = b & 0xff;
  }

  /** Sets the literal context bytes from the window after a copy. */
  private void updateContextBytes() {
    p1 = pos >= 1 ? ring[(int) (pos - 1) & mask] & 0xff : 0;
    p2 = pos >= 2 ? ring[(int) (pos - 2) & mask] & 0xff : 0;
  }

  /**
   * Grows the ring buffer towards the window size so that it holds {@code target} bytes, before
   * it has wrapped around (so the bytes keep their places). Growing in powers of two keeps the
   * copying linear in the output.
   */
  private void grow(long target, int windowSize) {
    int size = Math.max(ring.length, 1);
    while (size < windowSize && size < target) size <<= 1;
    size = Math.min(size, windowSize);
    if (size <= ring.length) return;
    ring = Arrays.copyOf(ring, size);
    mask = size - 1;
  }
}
