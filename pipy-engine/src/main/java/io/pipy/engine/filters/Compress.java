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
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * {@code compress(algorithm)}: compresses the bytes of the stream with {@code "deflate"} (zlib
 * format) or {@code "gzip"}, at the default level. {@code algorithm} may be a function
 * evaluated per stream when the first event arrives. The output is the compressed bytes as
 * {@code Data} and the {@code StreamEnd}; message boundaries are dropped, as in Pipy. The
 * compressed stream is finished when the {@code StreamEnd} arrives.
 */
final class Compress extends Filter {

  /** No name, no time, default level; OS 3 (Unix), the header Pipy writes. */
  private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

  private final Object algorithm;

  private boolean started;
  private boolean failed;
  private Deflater deflater;
  private CRC32 crc;
  private long inputSize;
  private byte[] buf;

  private Compress(Object algorithm) {
    this.algorithm = algorithm;
  }

  private Compress(Compress proto) {
    super(proto);
    this.algorithm = proto.algorithm;
  }

  static Compress create(FilterConfig config) {
    Object a = config.arg(0);
    if (!(a instanceof ScriptFunction)) checkAlgorithm(a);
    return new Compress(a);
  }

  private static boolean checkAlgorithm(Object a) {
    if (!(a instanceof CharSequence s)) {
      throw ScriptError.typeError("compress: algorithm is not or did not return a string, got " + Values.typeName(a));
    }
    switch (s.toString()) {
      case "deflate": return false;
      case "gzip": return true;
      default: throw new ScriptError("compress: unknown compression algorithm: " + s);
    }
  }

  @Override
  protected Filter duplicate() {
    return new Compress(this);
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
        boolean gzip = checkAlgorithm(a);
        deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, gzip);
        buf = new byte[8192];
        if (gzip) {
          crc = new CRC32();
          output(Data.wrap(GZIP_HEADER.clone()));
        }
      } catch (RuntimeException e) {
        failed = true;
        Events.drop(event);
        failStream(e);
        return;
      }
    }
    if (deflater == null) {
      // The stream has ended already: what follows its StreamEnd is not compressed.
      if (event instanceof StreamEnd) output(event);
      else Events.drop(event);
      return;
    }
    if (event instanceof Data d) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (int i = 0, n = d.chunkCount(); i < n; i++) {
        ByteBuf c = d.chunk(i);
        if (crc != null) crc.update(c.nioBuffer());
        deflater.setInput(c.nioBuffer());
        while (!deflater.needsInput()) {
          int len = deflater.deflate(buf);
          out.write(buf, 0, len);
        }
      }
      inputSize += d.size();
      d.release();
      if (out.size() > 0) output(Data.wrap(out.toByteArray()));
    } else if (event instanceof StreamEnd) {
      finish();
      output(event);
    }
  }

  private void finish() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    deflater.finish();
    while (!deflater.finished()) {
      int len = deflater.deflate(buf);
      out.write(buf, 0, len);
    }
    if (crc != null) {
      writeIntLE(out, (int) crc.getValue());
      writeIntLE(out, (int) inputSize);
    }
    close();
    if (out.size() > 0) output(Data.wrap(out.toByteArray()));
  }

  private static void writeIntLE(ByteArrayOutputStream out, int v) {
    out.write(v);
    out.write(v >>> 8);
    out.write(v >>> 16);
    out.write(v >>> 24);
  }

  private void close() {
    if (deflater != null) {
      deflater.end();
      deflater = null;
    }
    crc = null;
    inputSize = 0;
  }

  @Override
  protected void reset() {
    close();
    started = false;
    failed = false;
  }
}
