package io.pipy.engine.filters;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.SourceLocation;
import io.pipy.api.script.Undefined;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code dump(tag?)}: logs every event, one line each, in Pipy 1.5's format, and passes it on
 * unchanged:
 *
 * <pre>
 * 2026-01-31 12:00:00.123 [INF] [dump] [worker=0] [context=2] [main.js 5:6] [tag] Data [19] [ 30 31 ... ]
 * </pre>
 *
 * {@code MessageStart} shows {@code , head = ...}, {@code MessageEnd} {@code , tail = ...} and
 * {@code , payload = ...}, an error {@code StreamEnd} {@code , code = ...} and
 * {@code , error = ...} for a thrown value, {@code Data} its size and up to 16 bytes in hex.
 * The tag is a string shown as is, any other value shown as {@code console.log} shows it, or a
 * function evaluated for every event.
 *
 * <p>Context numbers are given out per worker the first time a context is dumped (the API has
 * no context id), so they need not match Pipy's.
 */
final class Dump extends Filter {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  private static final ThreadLocal<ContextIds> IDS = ThreadLocal.withInitial(ContextIds::new);

  private final Object tag;

  private boolean failed;

  private Dump(Object tag) {
    this.tag = tag;
  }

  private Dump(Dump proto) {
    super(proto);
    this.tag = proto.tag;
  }

  static Dump create(FilterConfig config) {
    return new Dump(config.arg(0));
  }

  @Override
  protected Filter duplicate() {
    return new Dump(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
      return;
    }
    if (Log.isEnabled(Log.Level.INFO)) {
      Object t = tag;
      if (tag instanceof ScriptFunction f) {
        try {
          t = f.call(context());
        } catch (RuntimeException e) {
          failed = true;
          failStream(e);
          Events.drop(event);
          return;
        }
      }
      Log.info(format(event, t));
    }
    output(event);
  }

  @Override
  protected void reset() {
    failed = false;
  }

  String format(Event event, Object tagValue) {
    StringBuilder sb = new StringBuilder(128);
    sb.append("[dump] [worker=").append(worker().index()).append("] [context=")
        .append(IDS.get().of(context())).append("] ");
    SourceLocation loc = location();
    if (loc != null && loc.line() > 0) {
      sb.append('[');
      if (loc.file() != null) sb.append(loc.file()).append(' ');
      sb.append(loc.line()).append(':').append(loc.column()).append("] ");
    }
    if (tag != Undefined.INSTANCE) {
      sb.append('[');
      if (tagValue instanceof CharSequence s) sb.append(s);
      else sb.append(show(tagValue));
      sb.append("] ");
    }
    if (event instanceof Data d) {
      sb.append("Data [").append(d.size()).append(']');
      if (!d.isEmpty()) {
        sb.append(" [");
        int n = Math.min(16, d.size());
        for (int i = 0; i < n; i++) {
          int b = d.byteAt(i);
          sb.append(' ').append(HEX[b >> 4]).append(HEX[b & 15]);
        }
        sb.append(' ');
        if (d.size() > 16) sb.append("... ");
        sb.append(']');
      }
    } else if (event instanceof MessageStart ms) {
      sb.append("MessageStart");
      if (ms.head() != null) sb.append(", head = ").append(show(ms.head()));
    } else if (event instanceof MessageEnd me) {
      sb.append("MessageEnd");
      if (me.tail() != null) sb.append(", tail = ").append(show(me.tail()));
      if (me.payload() != null) sb.append(", payload = ").append(show(me.payload()));
    } else if (event instanceof StreamEnd se) {
      sb.append("StreamEnd");
      if (se.hasError()) sb.append(", code = ").append(se.error().scriptName());
      if (se.value() != null && se.value() != Undefined.INSTANCE) sb.append(", error = ").append(show(se.value()));
    }
    return sb.toString();
  }

  /** A value as Pipy's console shows it inside an object: strings quoted. */
  private String show(Object v) {
    if (v instanceof CharSequence s) return quote(s.toString());
    return worker().scripts().toDisplayString(v);
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
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

  /** Numbers for contexts, given out on first sight; weakly held so contexts are not pinned. */
  private static final class ContextIds {
    private final Map<Context, Integer> ids = new WeakHashMap<>();
    private int next = 1;

    int of(Context c) {
      if (c == null) return 0;
      Integer id = ids.get(c);
      if (id == null) {
        id = next++;
        ids.put(c, id);
      }
      return id;
    }
  }
}
