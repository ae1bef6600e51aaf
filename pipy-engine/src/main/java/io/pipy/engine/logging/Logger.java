package io.pipy.engine.logging;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import io.pipy.engine.algo.Args;
import io.pipy.engine.algo.JsNumbers;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loggers of {@code logging}: {@code TextLogger}, {@code JSONLogger} and
 * {@code BinaryLogger}. A logger formats each {@code log(...)} call into one record and hands
 * it to its targets ({@code toStdout()}, {@code toStderr()}, {@code toFile(name, options?)},
 * {@code toSyslog(priority?)}, {@code toHTTP(url, options?)}) and to the {@link LogHistory}.
 * Formatting runs on the calling worker; writing happens on the targets' own threads, so
 * {@code log()} never blocks: records that do not fit a target's bounded queue are dropped and
 * counted ({@code logger.dropped}, an extension to Pipy).
 */
public abstract class Logger {

  private final String name;
  private final List<LogSink> targets = new ArrayList<>();

  protected Logger(String name) {
    this.name = name;
  }

  /** The logger's name. */
  public final String name() {
    return name;
  }

  /** The targets, in the order they were added. */
  public final List<LogSink> targets() {
    return List.copyOf(targets);
  }

  /** Adds a target. */
  public final Logger addTarget(LogSink sink) {
    targets.add(sink);
    return this;
  }

  /** Formats the arguments of {@code log(...)} into one record. */
  protected abstract byte[] format(Context ctx, Object[] args);

  /** Logs one record made from {@code args}. */
  public final void log(Context ctx, Object[] args) {
    byte[] bytes = format(ctx, args);
    LogSink.Record r = new LogSink.Record(name, bytes);
    LogHistory.SINK.offer(r);
    for (LogSink s : targets) s.offer(r);
  }

  /** Records dropped by this logger's targets (targets shared with other loggers count for all). */
  public final long dropped() {
    long n = 0;
    for (LogSink s : targets) n += s.dropped();
    return n;
  }

  @Override
  public String toString() {
    return "[object " + getClass().getSimpleName() + "]";
  }

  static String text(Context ctx, Object v) {
    if (v instanceof CharSequence s) return s.toString();
    if (v instanceof Number n) return JsNumbers.toString(n.doubleValue());
    if (v == null) return "null";
    if (v == Undefined.INSTANCE) return "undefined";
    if (v instanceof Boolean b) return b.toString();
    if (v instanceof Data d) return d.toString();
    if (ctx == null) return String.valueOf(v);
    return ctx.worker().scripts().toStringValue(ctx, v);
  }

  static String json(Context ctx, Object v) {
    if (v == null || v == Undefined.INSTANCE) return "null";
    if (v instanceof Boolean b) return b.toString();
    if (v instanceof Number n) {
      double d = n.doubleValue();
      return Double.isNaN(d) || Double.isInfinite(d) ? "null" : JsNumbers.toString(d);
    }
    if (ctx == null) return v instanceof CharSequence s ? quote(s.toString()) : String.valueOf(v);
    String s = ctx.worker().scripts().toJson(v);
    return s == null ? "null" : s;
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
          else sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** {@code TextLogger}: arguments as text separated by spaces; an object also as {@code :} and its JSON. */
  public static final class Text extends Logger {
    public Text(String name) {
      super(name);
    }

    @Override
    protected byte[] format(Context ctx, Object[] args) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < args.length; i++) {
        if (i > 0) sb.append(' ');
        Object v = args[i];
        sb.append(text(ctx, v));
        if (v instanceof ScriptObject && !(v instanceof ScriptFunction)) sb.append(':').append(json(ctx, v));
      }
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** {@code JSONLogger}: each argument as JSON, one after another. */
  public static final class Json extends Logger {
    public Json(String name) {
      super(name);
    }

    @Override
    protected byte[] format(Context ctx, Object[] args) {
      StringBuilder sb = new StringBuilder();
      for (Object v : args) sb.append(json(ctx, v));
      return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
  }

  /** {@code BinaryLogger}: Data as its bytes, strings as UTF-8, arrays of numbers as bytes, the rest as text. */
  public static final class Binary extends Logger {
    public Binary(String name) {
      super(name);
    }

    @Override
    protected byte[] format(Context ctx, Object[] args) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      for (Object v : args) {
        if (v instanceof Data d) {
          out.writeBytes(d.toBytes());
        } else if (v instanceof ScriptArray a) {
          for (int i = 0; i < a.length(); i++) out.write((int) (long) Values.toNumber(a.get(i)));
        } else {
          out.writeBytes(text(ctx, v).getBytes(StandardCharsets.UTF_8));
        }
      }
      return out.toByteArray();
    }
  }

  // ---- target options ----

  static FileSink.Options fileOptions(String where, ScriptObject o) {
    if (o == null) return FileSink.Options.DEFAULT;
    Object size = Args.option(o, "maxFileSize");
    long maxSize = Args.absent(size) ? 0 : (long) Args.byteSize(where + ": options.maxFileSize", size);
    int maxCount = (int) Args.numberOption(where, o, "maxFileCount", 0);
    double interval = Args.secondsOption(where, o, "rotateInterval", 0);
    boolean append = Args.boolOption(o, "append", true);
    return new FileSink.Options(maxSize, maxCount, interval, append);
  }

  static HttpSink.Options httpOptions(String where, ScriptObject o) {
    String method = Args.stringOption(where, o, "method", "POST");
    Map<String, String> headers = new LinkedHashMap<>();
    ScriptObject h = Args.objectOption(where, o, "headers");
    if (h != null) {
      for (String k : h.keys()) headers.put(k, text(null, h.get(k)));
    }
    ScriptObject batch = Args.objectOption(where, o, "batch");
    String bw = where + ": options.batch";
    int size = (int) Args.numberOption(bw, batch, "size", 1000);
    if (size < 1) throw ScriptError.rangeError(bw + ".size must be at least 1");
    double interval = Args.secondsOption(bw, batch, "interval", 5);
    double timeout = Args.secondsOption(bw, batch, "timeout", 5);
    String prefix = Args.stringOption(bw, batch, "prefix", "");
    String postfix = Args.stringOption(bw, batch, "postfix", "");
    String separator = Args.stringOption(bw, batch, "separator", "");
    Object limit = Args.option(o, "bufferLimit");
    long bufferLimit = Args.absent(limit) ? 8L << 20 : (long) Args.byteSize(where + ": options.bufferLimit", limit);
    double retry = Args.secondsOption(where, o, "retryDelay", 5);
    double requestTimeout = Args.secondsOption(where, o, "timeout", 10);
    return new HttpSink.Options(method, headers, size, Math.min(interval, timeout > 0 ? timeout : interval),
        prefix, postfix, separator, bufferLimit, retry, requestTimeout);
  }

  static URI httpUri(String where, String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme();
      if (scheme == null || !(scheme.equals("http") || scheme.equals("https")) || u.getHost() == null) {
        throw new ScriptError(where + ": invalid URL '" + url + "'");
      }
      if (u.getRawPath() == null || u.getRawPath().isEmpty()) u = u.resolve("/");
      return u;
    } catch (java.net.URISyntaxException e) {
      throw new ScriptError(where + ": invalid URL '" + url + "'");
    }
  }

  /**
   * Adds the members every logger shares to {@code b}; each logger class gets members of its own
   * rather than inheriting one base declaration (a script engine may tie a method to the first
   * class it met it in).
   */
  static <T extends Logger> HostClass.Builder<T> shared(HostClass.Builder<T> b) {
    return b
      .getter("name", Logger::name)
      .getter("dropped", l -> Values.number(l.dropped()))
      .method("log", 0, (ctx, l, args) -> {
        l.log(ctx, args);
        return Undefined.INSTANCE;
      })
      .method("toStdout", 0, (ctx, l, args) -> l.addTarget(LogSinks.stdout()))
      .method("toStderr", 0, (ctx, l, args) -> l.addTarget(LogSinks.stderr()))
      .method("toFile", 2, (ctx, l, args) -> {
        String where = "Logger.toFile";
        Args.require(where, args, 1);
        String file = Args.string(where, args, 0);
        FileSink.Options o = fileOptions(where, Args.object(where, args, 1));
        return l.addTarget(LogSinks.file(Path.of(file), o));
      })
      .method("toSyslog", 1, (ctx, l, args) -> {
        String p = Args.string("Logger.toSyslog", args, 0, "INFO");
        if (!SyslogSink.PRIORITIES.contains(p)) {
          throw new ScriptError("Logger.toSyslog: argument #1 has an invalid enum value '" + p + "'");
        }
        return l.addTarget(LogSinks.syslog(p));
      })
      .method("toHTTP", 2, (ctx, l, args) -> {
        String where = "Logger.toHTTP";
        Args.require(where, args, 1);
        URI uri = httpUri(where, Args.string(where, args, 0));
        HttpSink.Options o = httpOptions(where, Args.object(where, args, 1));
        return l.addTarget(LogSinks.http(uri, o));
      });
  }

  /** The members every logger shares, as a class of their own (for Java callers and tests). */
  public static final HostClass<Logger> CLASS = shared(HostClass.builder("Logger", Logger.class)).build();

  private static String nameArg(String where, Object[] args) {
    Args.require(where, args, 1);
    return Args.string(where, args, 0);
  }

  /** How scripts see {@code logging.TextLogger}. */
  public static final HostClass<Text> TEXT = shared(HostClass.builder("TextLogger", Text.class))
      .constructor((ctx, args) -> new Text(nameArg("new logging.TextLogger", args)))
      .build();

  /** How scripts see {@code logging.JSONLogger}. */
  public static final HostClass<Json> JSON = shared(HostClass.builder("JSONLogger", Json.class))
      .constructor((ctx, args) -> new Json(nameArg("new logging.JSONLogger", args)))
      .build();

  /** How scripts see {@code logging.BinaryLogger}. */
  public static final HostClass<Binary> BINARY = shared(HostClass.builder("BinaryLogger", Binary.class))
      .constructor((ctx, args) -> new Binary(nameArg("new logging.BinaryLogger", args)))
      .build();

  /** Every host class of {@code logging}, to register. */
  public static final List<HostClass<?>> CLASSES = List.of(CLASS, TEXT, JSON, BINARY);

  /** The {@code logging} global. */
  public static Map<String, Object> namespace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("BinaryLogger", BINARY);
    m.put("TextLogger", TEXT);
    m.put("JSONLogger", JSON);
    return m;
  }
}
