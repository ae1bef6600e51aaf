package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;

/**
 * {@code compressHTTP(algorithm)} or {@code compressHTTP({method, level})}: compresses the body of
 * each HTTP message with gzip or deflate (zlib format, as the {@code deflate} content-coding is
 * defined), setting {@code content-encoding}.
 *
 * <p>Arguments, both forms Pipy has had:
 * <ul>
 *   <li>{@code algorithm} (Pipy 1.x): {@code "gzip"} or {@code "deflate"}, or a function called with
 *       each {@code MessageStart} returning one of them, or null/undefined for no compression;</li>
 *   <li>{@code {method, level}} (Pipy 0.50): {@code method} as above ({@code ""} for none) or a
 *       function of no arguments returning it; {@code level} one of {@code "default"},
 *       {@code "speed"}, {@code "best"}, or a function returning one.</li>
 * </ul>
 * The choice of coding is the script's: it usually looks at the request's
 * {@code accept-encoding} and remembers it for the response. A name we cannot produce ({@code br},
 * {@code brotli}: the JVM has no brotli encoder) leaves the message uncompressed, as Pipy does
 * with names it does not know; given as a constant, it is an error at load time.
 *
 * <p>A message that already has a {@code content-encoding}, or a response that cannot have a body
 * (1xx, 204, 304), is passed on untouched. When a message is compressed its
 * {@code content-length} header is removed (the encoders write the real one), which Pipy does
 * not do. The body is compressed as it streams; memory use does not grow with its size.
 * Events outside messages pass through.
 */
final class CompressHttp extends Filter {

  private final Object method;
  private final boolean methodTakesStart;
  private final Object level;

  private boolean inMessage;
  private boolean failed;
  private Zlib.Compressor compressor;

  private CompressHttp(Object method, boolean methodTakesStart, Object level) {
    this.method = method;
    this.methodTakesStart = methodTakesStart;
    this.level = level;
  }

  private CompressHttp(CompressHttp proto) {
    super(proto);
    this.method = proto.method;
    this.methodTakesStart = proto.methodTakesStart;
    this.level = proto.level;
  }

  /** Makes a prototype from the script arguments. */
  static CompressHttp create(FilterConfig config) {
    Object a = config.arg(0);
    if (a instanceof ScriptFunction) return new CompressHttp(a, true, null);
    if (a instanceof CharSequence s) {
      checkConstant(s.toString());
      return new CompressHttp(s.toString(), true, null);
    }
    if (a instanceof ScriptObject options) {
      Object m = options.get("method");
      Object l = options.get("level");
      if (m instanceof CharSequence s) {
        checkConstant(s.toString());
        m = s.toString();
      } else if (!(m instanceof ScriptFunction) && !Values.isNullish(m)) {
        throw ScriptError.typeError("compressHTTP: options.method expects a string or a function");
      }
      if (l instanceof CharSequence s) {
        if (Zlib.level(s.toString()) == Integer.MIN_VALUE) {
          throw new ScriptError("compressHTTP: invalid level: " + s);
        }
        l = s.toString();
      } else if (!(l instanceof ScriptFunction) && !Values.isNullish(l)) {
        throw ScriptError.typeError("compressHTTP: options.level expects a string or a function");
      }
      return new CompressHttp(Values.isNullish(m) ? null : m, false, Values.isNullish(l) ? null : l);
    }
    throw ScriptError.typeError("compressHTTP: algorithm expects a string, a function or an options object, got "
        + Values.typeName(a));
  }

  private static void checkConstant(String name) {
    switch (name) {
      case "gzip", "deflate", "" -> { }
      case "br", "brotli" -> throw new ScriptError("compressHTTP: brotli compression is not available (the JVM has no brotli encoder)");
      default -> throw new ScriptError("compressHTTP: unknown compression algorithm: " + name);
    }
  }

  @Override
  protected Filter duplicate() {
    return new CompressHttp(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (event instanceof MessageStart ms) {
      if (inMessage) return; // a second start inside a message is dropped, as Pipy does
      inMessage = true;
      MessageStart out;
      try {
        out = start(ms);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      output(out);
    } else if (event instanceof Data d) {
      if (compressor == null) {
        output(d);
        return;
      }
      Data z;
      try {
        z = compressor.input(d);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      if (z.isEmpty()) z.release(); else output(z);
    } else if (event instanceof MessageEnd) {
      if (!inMessage) {
        output(event);
        return;
      }
      inMessage = false;
      finish();
      output(event);
    } else if (event instanceof StreamEnd) {
      inMessage = false;
      finish();
      output(event);
    }
  }

  /** Decides on a coding for the message and rewrites its head when it gets one. */
  private MessageStart start(MessageStart ms) {
    Object head = ms.head();
    String name = chooseMethod(ms);
    if (name == null || name.isEmpty()) return ms;
    boolean gzip;
    switch (name) {
      case "gzip" -> gzip = true;
      case "deflate" -> gzip = false;
      default -> {
        if (Log.isEnabled(Log.Level.DEBUG)) Log.debug("compressHTTP: cannot compress with '" + name + "', message left as is");
        return ms;
      }
    }
    if (head instanceof ScriptObject h && !Values.isNullish(h.get("status"))) {
      int status = HeadEncoder.status(h.get("status"));
      if (status < 200 || status == 204 || status == 304) return ms;
    }
    ScriptObject headers = Headers.of(head);
    if (headers != null && Headers.key(headers, "content-encoding") != null) return ms;
    int lv = chooseLevel();
    if (!(head instanceof ScriptObject)) head = worker().scripts().newObject();
    if (headers == null) {
      headers = worker().scripts().newObject();
      ((ScriptObject) head).set("headers", headers);
    }
    Headers.delete(headers, "content-length");
    headers.set("content-encoding", gzip ? "gzip" : "deflate");
    compressor = new Zlib.Compressor(gzip, lv);
    return head == ms.head() ? ms : MessageStart.of(head);
  }

  private String chooseMethod(MessageStart ms) {
    Object v = method;
    if (v instanceof ScriptFunction f) v = methodTakesStart ? f.call1(context(), ms) : f.call(context());
    if (Values.isNullish(v)) return null;
    if (!(v instanceof CharSequence s)) {
      throw ScriptError.typeError("compressHTTP: callback did not return a string");
    }
    return s.toString();
  }

  private int chooseLevel() {
    Object v = level;
    if (v instanceof ScriptFunction f) v = f.call(context());
    if (Values.isNullish(v)) return Zlib.level("default");
    if (!(v instanceof CharSequence s)) throw ScriptError.typeError("compressHTTP: invalid non-string level name");
    int lv = Zlib.level(s.toString());
    if (lv == Integer.MIN_VALUE) throw new ScriptError("compressHTTP: invalid level: " + s);
    return lv;
  }

  private void finish() {
    Zlib.Compressor c = compressor;
    if (c == null) return;
    compressor = null;
    Data z = c.finish();
    if (z.isEmpty()) z.release(); else output(z);
  }

  private void fail(RuntimeException e) {
    failed = true;
    close();
    failStream(e);
  }

  private void close() {
    if (compressor != null) {
      compressor.close();
      compressor = null;
    }
  }

  @Override
  protected void reset() {
    close();
    inMessage = false;
    failed = false;
  }
}
