package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Streaming gzip, zlib and raw deflate on {@link Data}, for the HTTP content-coding filters and
 * {@code http.File}. Input is consumed chunk by chunk and output comes back in pooled buffers of
 * {@link #CHUNK} bytes, so memory stays bounded by what one input event expands to.
 *
 * <p>Each object serves one stream, on one thread, and must be {@link Compressor#close() closed}
 * (which frees the native zlib state) when it is no longer needed.
 */
final class Zlib {

  /** The size of output buffers. */
  static final int CHUNK = 16 * 1024;

  private static final ByteBufAllocator ALLOC = PooledByteBufAllocator.DEFAULT;

  private Zlib() {
  }

  /** Compression level names, as Pipy's {@code compressHTTP({level})} takes them. */
  static int level(String name) {
    return switch (name) {
      case "default", "" -> Deflater.DEFAULT_COMPRESSION;
      case "speed" -> Deflater.BEST_SPEED;
      case "best" -> Deflater.BEST_COMPRESSION;
      default -> Integer.MIN_VALUE;
    };
  }

  /** Compresses one stream into gzip or zlib format. */
  static final class Compressor {
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3}; // OS 3 (Unix), as zlib writes it on Pipy

    private final Deflater deflater;
    private final CRC32 crc;
    private long size;
    private boolean headerSent;

    /** A compressor for {@code gzip} (else zlib, the "deflate" content-coding) at {@code level}. */
    Compressor(boolean gzip, int level) {
      this.deflater = new Deflater(level, gzip);
      this.crc = gzip ? new CRC32() : null;
    }

    /** Compresses {@code in} (released) and returns the output so far, perhaps empty. */
    Data input(Data in) {
      Data out = new Data();
      try {
        header(out);
        for (int i = 0, n = in.chunkCount(); i < n; i++) {
          ByteBuf c = in.chunk(i);
          ByteBuffer bb = c.nioBuffer();
          if (crc != null) crc.update(bb.duplicate());
          deflater.setInput(bb);
          while (!deflater.needsInput()) drain(out, Deflater.NO_FLUSH);
        }
        size += in.size();
      } catch (RuntimeException e) {
        out.release();
        throw e;
      } finally {
        in.release();
      }
      return out;
    }

    /** Finishes the stream: the rest of the compressed bytes and, for gzip, the trailer. */
    Data finish() {
      Data out = new Data();
      try {
        header(out);
        deflater.finish();
        while (!deflater.finished()) drain(out, Deflater.NO_FLUSH);
        if (crc != null) {
          ByteBuf t = ALLOC.directBuffer(8);
          t.writeIntLE((int) crc.getValue());
          t.writeIntLE((int) size);
          out.push(t);
        }
      } catch (RuntimeException e) {
        out.release();
        throw e;
      } finally {
        close();
      }
      return out;
    }

    private void header(Data out) {
      if (crc != null && !headerSent) {
        headerSent = true;
        out.push(ALLOC.directBuffer(GZIP_HEADER.length).writeBytes(GZIP_HEADER));
      }
    }

    private void drain(Data out, int flush) {
      ByteBuf b = ALLOC.directBuffer(CHUNK);
      int n;
      try {
        n = deflater.deflate(b.internalNioBuffer(0, CHUNK), flush);
      } catch (RuntimeException e) {
        b.release();
        throw e;
      }
      if (n > 0) {
        b.writerIndex(n);
        out.push(b);
      } else {
        b.release();
      }
    }

    /** Frees the zlib state; later calls fail. Safe to call twice. */
    void close() {
      deflater.end();
    }
  }

  /** Decompresses one stream of gzip, zlib, or raw deflate (or zlib, told apart by the first bytes). */
  static final class Decompressor {
    /** A gzip member (RFC 1952). */
    static final int GZIP = 0;
    /** zlib (RFC 1950) or, when the first two bytes are not a zlib header, raw deflate (RFC 1951). */
    static final int DEFLATE = 1;

    private final int format;
    private Inflater inflater;
    private final CRC32 crc;
    /** Header bytes gathered so far (gzip header, or the two bytes that tell zlib from raw). */
    private byte[] head = new byte[16];
    private int headLen;
    private boolean started;
    private boolean fed;
    private long size;
    private byte[] trailer;
    private int trailerLen;
    private boolean done;

    Decompressor(int format) {
      this.format = format;
      this.crc = format == GZIP ? new CRC32() : null;
      if (format == GZIP) inflater = new Inflater(true);
    }

    /** Whether the compressed stream has ended (later input is ignored). */
    boolean finished() {
      return done;
    }

    /**
     * Decompresses {@code in} (released) and returns the output so far, perhaps empty.
     *
     * @throws DataFormatException if the input is not what it should be; nothing is returned then
     */
    Data input(Data in) throws DataFormatException {
      Data out = new Data();
      if (!in.isEmpty()) fed = true;
      try {
        for (int i = 0, n = in.chunkCount(); i < n && !done; i++) {
          ByteBuf c = in.chunk(i);
          feed(c.nioBuffer(), out);
        }
      } catch (DataFormatException | RuntimeException e) {
        out.release();
        throw e;
      } finally {
        in.release();
      }
      return out;
    }

    /**
     * Ends the input: whether the compressed stream was complete, or there was no input at all
     * (a message without a body, such as the answer to {@code HEAD}).
     */
    boolean end() {
      return done || !fed;
    }

    private void feed(ByteBuffer bb, Data out) throws DataFormatException {
      if (!started) {
        if (!readHeader(bb)) return;
        started = true;
        if (format != GZIP) {
          // The bytes looked at to tell zlib from raw deflate are the start of the stream.
          ByteBuffer prefix = ByteBuffer.wrap(head, 0, 2);
          head = null;
          feed(prefix, out);
          if (done) return;
        }
      }
      if (!inflater.finished()) {
        inflater.setInput(bb);
        while (!inflater.finished()) {
          int n = inflate(out);
          if (n == 0) {
            if (inflater.needsDictionary()) throw new DataFormatException("a preset dictionary is needed");
            if (inflater.needsInput()) return;
          }
        }
      }
      if (inflater.finished()) readTrailer(bb);
    }

    private int inflate(Data out) throws DataFormatException {
      ByteBuf b = ALLOC.directBuffer(CHUNK);
      int n;
      try {
        ByteBuffer target = b.internalNioBuffer(0, CHUNK);
        n = inflater.inflate(target);
        if (n > 0 && crc != null) {
          ByteBuffer written = b.nioBuffer(0, n);
          crc.update(written);
        }
      } catch (DataFormatException | RuntimeException e) {
        b.release();
        throw e;
      }
      if (n > 0) {
        b.writerIndex(n);
        out.push(b);
        size += n;
      } else {
        b.release();
      }
      return n;
    }

    /** Gathers the header; true once it is complete, with {@code bb} positioned after it. */
    private boolean readHeader(ByteBuffer bb) throws DataFormatException {
      while (bb.hasRemaining()) {
        if (headLen == head.length) head = java.util.Arrays.copyOf(head, head.length * 2);
        head[headLen++] = bb.get();
        int r = format == GZIP ? gzipHeader() : zlibHeader();
        if (r > 0) return true;
      }
      return false;
    }

    /** 1 when {@code head} holds a whole zlib header (or we know it is raw deflate), else 0. */
    private int zlibHeader() {
      if (headLen == 1) return 0;
      int cmf = head[0] & 0xff;
      int flg = head[1] & 0xff;
      boolean zlib = (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
      inflater = new Inflater(!zlib);
      return 1;
    }

    /** 1 when {@code head} holds a whole gzip member header, else 0. */
    private int gzipHeader() throws DataFormatException {
      byte[] h = head;
      int len = headLen;
      if (len >= 1 && (h[0] & 0xff) != 0x1f || len >= 2 && (h[1] & 0xff) != 0x8b) {
        throw new DataFormatException("not in gzip format");
      }
      if (len >= 3 && h[2] != 8) throw new DataFormatException("unknown gzip compression method");
      if (len < 10) return 0;
      int flags = h[3] & 0xff;
      int p = 10;
      if ((flags & 4) != 0) {
        if (len < p + 2) return 0;
        p += 2 + ((h[p] & 0xff) | (h[p + 1] & 0xff) << 8);
        if (len < p) return 0;
      }
      for (int bit = 8; bit <= 16; bit <<= 1) {
        if ((flags & bit) != 0) {
          while (true) {
            if (len <= p) return 0;
            if (h[p++] == 0) break;
          }
        }
      }
      if ((flags & 2) != 0) p += 2;
      if (len < p) return 0;
      head = null;
      return 1;
    }

    private void readTrailer(ByteBuffer bb) throws DataFormatException {
      if (format != GZIP) {
        done = true;
        return;
      }
      if (trailer == null) trailer = new byte[8];
      while (trailerLen < 8 && bb.hasRemaining()) trailer[trailerLen++] = bb.get();
      if (trailerLen < 8) return;
      long crcValue = (trailer[0] & 0xffL) | (trailer[1] & 0xffL) << 8 | (trailer[2] & 0xffL) << 16 | (trailer[3] & 0xffL) << 24;
      long isize = (trailer[4] & 0xffL) | (trailer[5] & 0xffL) << 8 | (trailer[6] & 0xffL) << 16 | (trailer[7] & 0xffL) << 24;
      if (crcValue != crc.getValue()) throw new DataFormatException("gzip checksum mismatch");
      if (isize != (size & 0xffffffffL)) throw new DataFormatException("gzip size mismatch");
      done = true;
    }

    /** Frees the zlib state. Safe to call twice. */
    void close() {
      if (inflater != null) inflater.end();
    }
  }
}
