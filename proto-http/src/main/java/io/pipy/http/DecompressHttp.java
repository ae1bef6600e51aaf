package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.zip.DataFormatException;

/**
 * {@code decompressHTTP(enable?)}: decompresses the body of each HTTP message whose
 * {@code content-encoding} is {@code gzip} (or {@code x-gzip}), {@code deflate} or {@code br}
 * (brotli; large-window streams with windows over 16 MiB, which Pipy decodes, are refused: see
 * {@link BrotliBody}), and removes
 * the {@code content-encoding} header, as Pipy does. Pipy also removes nothing else; we also
 * remove {@code content-length}, which no longer describes the body (the encoders write the real
 * one).
 *
 * <p>{@code enable}, a function called with each {@code MessageStart}, turns decompression off
 * for the message when it returns falsy (Pipy 0.50's form; Pipy 1.x takes no argument).
 *
 * <p>{@code deflate} is read as zlib (RFC 9110) or, when the body does not start with a zlib
 * header, as raw deflate, which some servers send. A brotli body is output in pieces of at most
 * 64 KiB as it is decoded (see {@link BrotliBody}); Pipy outputs one piece per input piece, which
 * for a small body that expands hugely means holding all of it. A body that turns out to be
 * corrupt, or is cut short, ends the stream with an error (Pipy stops its output silently).
 * Events outside messages pass through.
 */
final class DecompressHttp extends Filter {

  /** The brotli format, beside {@link Zlib.Decompressor}'s. */
  private static final int BROTLI = -1;

  private final ScriptFunction enable;

  private boolean inMessage;
  private boolean failed;
  private Zlib.Decompressor decompressor;
  private BrotliBody brotli;

  private DecompressHttp(ScriptFunction enable) {
    this.enable = enable;
  }

  private DecompressHttp(DecompressHttp proto) {
    super(proto);
    this.enable = proto.enable;
  }

  /** Makes a prototype from the script arguments {@code (enable?)}. */
  static DecompressHttp create(FilterConfig config) {
    return new DecompressHttp(HttpOptions.function("decompressHTTP", "enable", config.arg(0)));
  }

  @Override
  protected Filter duplicate() {
    return new DecompressHttp(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (event instanceof MessageStart ms) {
      if (inMessage) return;
      inMessage = true;
      try {
        start(ms);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      output(ms);
    } else if (event instanceof Data d) {
      if (brotli != null) {
        try {
          brotli.input(d, this::output);
        } catch (DataFormatException e) {
          fail(new IllegalStateException("corrupt compressed body: " + e.getMessage()));
        }
        return;
      }
      if (decompressor == null) {
        output(d);
        return;
      }
      Data out;
      try {
        out = decompressor.input(d);
      } catch (DataFormatException e) {
        fail(new IllegalStateException("corrupt compressed body: " + e.getMessage()));
        return;
      }
      if (out.isEmpty()) out.release(); else output(out);
    } else if (event instanceof MessageEnd) {
      if (inMessage) {
        inMessage = false;
        if (decompressor != null && !decompressor.end() || brotli != null && !brotli.end()) {
          fail(new IllegalStateException("compressed body is cut short"));
          return;
        }
        close();
      }
      output(event);
    } else if (event instanceof StreamEnd) {
      inMessage = false;
      close();
      output(event);
    }
  }

  private void start(MessageStart ms) {
    ScriptObject headers = Headers.of(ms.head());
    if (headers == null) return;
    String key = Headers.key(headers, "content-encoding");
    if (key == null || !(headers.get(key) instanceof CharSequence cs)) return;
    String coding = cs.toString().strip();
    int format;
    if (coding.equalsIgnoreCase("gzip") || coding.equalsIgnoreCase("x-gzip")) {
      format = Zlib.Decompressor.GZIP;
    } else if (coding.equalsIgnoreCase("deflate")) {
      format = Zlib.Decompressor.DEFLATE;
    } else if (coding.equalsIgnoreCase("br")) {
      format = BROTLI;
    } else {
      return;
    }
    if (enable != null && !Values.truthy(enable.call1(context(), ms))) return;
    headers.delete(key);
    Headers.delete(headers, "content-length");
    if (format == BROTLI) brotli = new BrotliBody();
    else decompressor = new Zlib.Decompressor(format);
  }

  private void fail(RuntimeException e) {
    failed = true;
    close();
    failStream(e);
  }

  private void close() {
    if (decompressor != null) {
      decompressor.close();
      decompressor = null;
    }
    if (brotli != null) {
      brotli.close();
      brotli = null;
    }
  }

  @Override
  protected void reset() {
    close();
    inMessage = false;
    failed = false;
  }
}
