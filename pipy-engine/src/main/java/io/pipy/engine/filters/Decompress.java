package io.pipy.engine.filters;

import io.netty.buffer.ByteBuf;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * {@code decompress(algorithm)}: decompresses the bytes of the stream: {@code "inflate"} (zlib
 * format), {@code "gzip"} (one member) or {@code "brotli"} (RFC 7932; Pipy also takes
 * large-window streams, which we refuse when they declare a window over 16 MiB: see
 * {@link Unbrotli}); anything after the compressed stream is ignored, as in Pipy.
 * {@code algorithm} may be a function evaluated per stream when the first event arrives; when
 * it returns null or undefined the stream passes through undecompressed (as documented). The
 * output is the decompressed bytes as {@code Data} and the {@code StreamEnd}; message
 * boundaries are dropped, as in Pipy.
 *
 * <p>Corrupt input ends the stream with an error (Pipy silently stops producing output). A
 * stream cut short just ends, with the output decoded so far, as in Pipy. Brotli output goes out
 * in pieces of at most 64 KiB as it is decoded (see {@link Unbrotli}), so a small input that
 * expands hugely is streamed, never held whole.
 */
final class Decompress extends Filter {

  private final Object algorithm;

  private boolean started;
  private boolean failed;
  private boolean done;
  private boolean passThrough;
  private Inflater inflater;
  private Unbrotli brotli;
  private GzipHeader header;
  private byte[] buf;

  private Decompress(Object algorithm) {
    this.algorithm = algorithm;
  }

  private Decompress(Decompress proto) {
    super(proto);
    this.algorithm = proto.algorithm;
  }

  static Decompress create(FilterConfig config) {
    Object a = config.arg(0);
    if (!(a instanceof ScriptFunction)) checkAlgorithm(a);
    return new Decompress(a);
  }

  private static final int INFLATE = 0;
  private static final int GZIP = 1;
  private static final int BROTLI = 2;

  /** {@link #INFLATE}, {@link #GZIP} or {@link #BROTLI}. */
  private static int checkAlgorithm(Object a) {
    if (!(a instanceof CharSequence s)) {
      throw ScriptError.typeError("decompress: algorithm is not or did not return a string, got " + Values.typeName(a));
    }
    switch (s.toString()) {
      case "inflate": return INFLATE;
      case "gzip": return GZIP;
      case "brotli": return BROTLI;
      default: throw new ScriptError("decompress: unknown compression algorithm: " + s);
    }
  }

  @Override
  protected Filter duplicate() {
    return new Decompress(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
      return;
    }
    if (!started) {
      started = true;
      try {
        Object a = algorithm instanceof ScriptFunction f ? f.call(context()) : algorithm;
        if (algorithm instanceof ScriptFunction && Args.absent(a)) {
          // Documented: a function returning null or undefined means no decompression.
          // (Pipy 1.5 ends the stream with "algorithm is not or did not return a string".)
          passThrough = true;
        } else {
          int format = checkAlgorithm(a);
          if (format == BROTLI) {
            brotli = new Unbrotli();
          } else {
            inflater = new Inflater(format == GZIP);
            if (format == GZIP) header = new GzipHeader();
            buf = new byte[16384];
          }
        }
      } catch (RuntimeException e) {
        fail(e, event);
        return;
      }
    }
    if (passThrough) {
      output(event);
      return;
    }
    if (brotli != null) {
      unbrotli(event);
      return;
    }
    if (inflater == null) {
      // The stream has ended already: what follows its StreamEnd is not decompressed.
      if (event instanceof StreamEnd) output(event);
      else Events.drop(event);
      return;
    }
    if (event instanceof Data d) {
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0, n = d.chunkCount(); i < n && !done; i++) inflate(d.chunk(i), out);
        d.release();
        if (out.size() > 0) output(Data.wrap(out.toByteArray()));
      } catch (DataFormatException e) {
        fail(new ScriptError("decompress: corrupt compressed data: " + e.getMessage()), d);
      }
    } else if (event instanceof StreamEnd) {
      close();
      output(event);
    }
  }

  private void inflate(ByteBuf chunk, ByteArrayOutputStream out) throws DataFormatException {
    ByteBuf c = chunk.duplicate();
    if (header != null && !header.complete()) {
      header.feed(c);
      if (!header.complete()) return;
    }
    if (!c.isReadable()) return;
    inflater.setInput(c.nioBuffer());
    while (!inflater.finished() && !inflater.needsInput()) {
      int len = inflater.inflate(buf);
      if (len == 0 && inflater.needsDictionary()) throw new DataFormatException("preset dictionary needed");
      out.write(buf, 0, len);
    }
    if (inflater.finished()) done = true;
  }

  private void unbrotli(Event event) {
    if (event instanceof Data d) {
      try {
        brotli.input(d, this::output);
      } catch (DataFormatException e) {
        fail(new ScriptError("decompress: corrupt compressed data: " + e.getMessage()), null);
      }
    } else if (event instanceof StreamEnd) {
      close();
      output(event);
    }
  }

  private void fail(RuntimeException e, Event event) {
    failed = true;
    close();
    if (event != null) Events.drop(event);
    failStream(e);
  }

  private void close() {
    if (inflater != null) {
      inflater.end();
      inflater = null;
    }
    if (brotli != null) {
      brotli.close();
      brotli = null;
    }
    header = null;
    done = false;
  }

  @Override
  protected void reset() {
    close();
    started = false;
    passThrough = false;
    failed = false;
  }

  /** Collects and skips a gzip member header (RFC 1952), however it is split across chunks. */
  static final class GzipHeader {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private boolean complete;

    boolean complete() {
      return complete;
    }

    /** Consumes header bytes from {@code c} (advancing its reader index). */
    void feed(ByteBuf c) throws DataFormatException {
      while (!complete && c.isReadable()) {
        bytes.write(c.readByte());
        int need = needed(bytes.toByteArray());
        if (need == 0) complete = true;
      }
    }

    /** 0 when {@code h} is a whole header, else more bytes are needed. */
    private static int needed(byte[] h) throws DataFormatException {
      if (h.length >= 1 && (h[0] & 0xff) != 0x1f) throw new DataFormatException("not gzip data");
      if (h.length >= 2 && (h[1] & 0xff) != 0x8b) throw new DataFormatException("not gzip data");
      if (h.length >= 3 && h[2] != 8) throw new DataFormatException("unknown gzip compression method");
      if (h.length < 10) return 1;
      int flags = h[3] & 0xff;
      int p = 10;
      if ((flags & 4) != 0) {
        if (h.length < p + 2) return 1;
        int xlen = (h[p] & 0xff) | (h[p + 1] & 0xff) << 8;
        p += 2 + xlen;
        if (h.length < p) return 1;
      }
      for (int bit : new int[] {8, 16}) {
        if ((flags & bit) != 0) {
          while (true) {
            if (h.length <= p) return 1;
            if (h[p++] == 0) break;
          }
        }
      }
      if ((flags & 2) != 0) {
        p += 2;
        if (h.length < p) return 1;
      }
      return h.length >= p ? 0 : 1;
    }
  }
}
