package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Values;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * {@code URLSearchParams}: an ordered list of name-value pairs read from and written as
 * {@code application/x-www-form-urlencoded}, as the WHATWG URL Standard defines it ({@code +} is a
 * space, {@code get}, {@code getAll}, {@code set}, {@code append}, {@code delete}, {@code has},
 * {@code sort}, {@code entries}, {@code keys}, {@code values}, {@code forEach}, {@code size},
 * {@code toString}).
 *
 * <p>Pipy's own additions are kept: {@code new URLSearchParams({a: 1, b: ['x', 'y']})} makes a
 * pair per array element and skips null and undefined; {@code set(name, array)} sets several
 * values and {@code set(name, null)} deletes; {@code toObject()} gives an object with a string per
 * name, or an array of strings for a repeated name. Where Pipy differs from the standard by
 * accident we follow the standard: Pipy leaves {@code +} undecoded, writes spaces as {@code %20}
 * and groups repeated names together in {@code toString()}.
 *
 * <p>The params of a {@link Url} write themselves back to its query when changed.
 */
final class UrlSearchParams {

  private final List<String[]> pairs = new ArrayList<>();
  private Url owner;

  UrlSearchParams() {
  }

  /** Params parsed from a query string (a leading {@code ?} is skipped). */
  static UrlSearchParams parse(String query) {
    UrlSearchParams p = new UrlSearchParams();
    p.read(query);
    return p;
  }

  void read(String query) {
    pairs.clear();
    if (query == null) return;
    int i = query.startsWith("?") ? 1 : 0;
    int n = query.length();
    while (i < n) {
      int amp = query.indexOf('&', i);
      if (amp < 0) amp = n;
      if (amp > i) {
        int eq = query.indexOf('=', i);
        String name;
        String value;
        if (eq >= 0 && eq < amp) {
          name = decode(query.substring(i, eq));
          value = decode(query.substring(eq + 1, amp));
        } else {
          name = decode(query.substring(i, amp));
          value = "";
        }
        pairs.add(new String[] {name, value});
      }
      i = amp + 1;
    }
  }

  void owner(Url url) {
    this.owner = url;
  }

  int size() {
    return pairs.size();
  }

  String get(String name) {
    for (String[] p : pairs) if (p[0].equals(name)) return p[1];
    return null;
  }

  List<String> getAll(String name) {
    List<String> out = new ArrayList<>();
    for (String[] p : pairs) if (p[0].equals(name)) out.add(p[1]);
    return out;
  }

  void append(String name, String value) {
    pairs.add(new String[] {name, value});
    update();
  }

  /** Sets {@code name} to {@code values}: the first pair keeps its place, the others go. */
  void set(String name, List<String> values) {
    int at = -1;
    for (Iterator<String[]> it = pairs.iterator(); it.hasNext(); ) {
      String[] p = it.next();
      if (p[0].equals(name)) {
        if (at < 0) at = pairs.indexOf(p);
        it.remove();
      }
    }
    if (at < 0) at = pairs.size();
    for (String v : values) pairs.add(at++, new String[] {name, v});
    update();
  }

  void delete(String name, String value) {
    pairs.removeIf(p -> p[0].equals(name) && (value == null || p[1].equals(value)));
    update();
  }

  boolean has(String name, String value) {
    for (String[] p : pairs) if (p[0].equals(name) && (value == null || p[1].equals(value))) return true;
    return false;
  }

  void sort() {
    pairs.sort(Comparator.comparing((String[] p) -> p[0], UrlSearchParams::compareUtf16));
    update();
  }

  private static int compareUtf16(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      int d = a.charAt(i) - b.charAt(i);
      if (d != 0) return d;
    }
    return a.length() - b.length();
  }

  List<String[]> pairs() {
    return pairs;
  }

  private void update() {
    if (owner != null) owner.queryChanged(toString());
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (String[] p : pairs) {
      if (sb.length() > 0) sb.append('&');
      encode(sb, p[0]);
      sb.append('=');
      encode(sb, p[1]);
    }
    return sb.toString();
  }

  /** The form-urlencoded serializer: alphanumerics and {@code *-._} as they are, space as {@code +}. */
  static void encode(StringBuilder sb, String s) {
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '*' || c == '-' || c == '.' || c == '_') {
        sb.append((char) c);
      } else if (c == ' ') {
        sb.append('+');
      } else {
        UrlParser.appendHex(sb, b);
      }
    }
  }

  static String decode(String s) {
    return UrlParser.percentDecode(s.replace('+', ' '));
  }

  // ---- The script class ----

  static String str(Context ctx, Object v) {
    if (v instanceof String s) return s;
    if (v instanceof CharSequence cs) return cs.toString();
    return ctx.worker().scripts().toStringValue(ctx, v);
  }

  private static Object arg(Object[] args, int i) {
    return i < args.length ? args[i] : io.pipy.api.script.Undefined.INSTANCE;
  }

  private static String name(Context ctx, Object[] args, String method) {
    if (args.length < 1) throw ScriptError.typeError("URLSearchParams." + method + ": 1 argument required");
    return str(ctx, args[0]);
  }

  static UrlSearchParams construct(Context ctx, Object[] args) {
    Object init = arg(args, 0);
    UrlSearchParams p = new UrlSearchParams();
    if (Values.isNullish(init)) return p;
    if (init instanceof UrlSearchParams other) {
      for (String[] kv : other.pairs) p.pairs.add(kv.clone());
    } else if (init instanceof ScriptArray a) {
      for (int i = 0, n = a.length(); i < n; i++) {
        if (!(a.get(i) instanceof ScriptArray pair) || pair.length() != 2) {
          throw ScriptError.typeError("URLSearchParams: each pair must have exactly two elements");
        }
        p.pairs.add(new String[] {str(ctx, pair.get(0)), str(ctx, pair.get(1))});
      }
    } else if (init instanceof ScriptObject o && !(init instanceof ScriptFunction)) {
      for (String k : o.keys()) {
        Object v = o.get(k);
        if (Values.isNullish(v)) continue;
        if (v instanceof ScriptArray a) {
          for (int i = 0, n = a.length(); i < n; i++) p.pairs.add(new String[] {k, str(ctx, a.get(i))});
        } else {
          p.pairs.add(new String[] {k, str(ctx, v)});
        }
      }
    } else {
      p.read(str(ctx, init));
    }
    return p;
  }

  static final HostClass<UrlSearchParams> CLASS = HostClass.builder("URLSearchParams", UrlSearchParams.class)
      .constructor(UrlSearchParams::construct)
      .getter("size", UrlSearchParams::size)
      .method("get", 1, (ctx, self, args) -> self.get(name(ctx, args, "get")))
      .method("getAll", 1, (ctx, self, args) -> ctx.worker().scripts().newArray(self.getAll(name(ctx, args, "getAll"))))
      .method("set", 2, (ctx, self, args) -> {
        String name = name(ctx, args, "set");
        Object v = arg(args, 1);
        if (Values.isNullish(v) && args.length >= 1) {
          // Pipy: setting null or undefined deletes (the standard would store "null"/"undefined").
          self.delete(name, null);
        } else if (v instanceof ScriptArray a) {
          List<String> values = new ArrayList<>();
          for (int i = 0, n = a.length(); i < n; i++) values.add(str(ctx, a.get(i)));
          self.set(name, values);
        } else {
          self.set(name, List.of(str(ctx, v)));
        }
        return io.pipy.api.script.Undefined.INSTANCE;
      })
      .method("append", 2, (ctx, self, args) -> {
        if (args.length < 2) throw ScriptError.typeError("URLSearchParams.append: 2 arguments required");
        self.append(str(ctx, args[0]), str(ctx, args[1]));
        return io.pipy.api.script.Undefined.INSTANCE;
      })
      .method("delete", 1, (ctx, self, args) -> {
        Object v = arg(args, 1);
        self.delete(name(ctx, args, "delete"), Values.isUndefined(v) ? null : str(ctx, v));
        return io.pipy.api.script.Undefined.INSTANCE;
      })
      .method("has", 1, (ctx, self, args) -> {
        Object v = arg(args, 1);
        return self.has(name(ctx, args, "has"), Values.isUndefined(v) ? null : str(ctx, v));
      })
      .method("sort", 0, (ctx, self, args) -> {
        self.sort();
        return io.pipy.api.script.Undefined.INSTANCE;
      })
      .method("entries", 0, (ctx, self, args) -> entries(ctx.worker().scripts(), self))
      .method("keys", 0, (ctx, self, args) -> {
        List<Object> out = new ArrayList<>();
        for (String[] p : self.pairs) out.add(p[0]);
        return ctx.worker().scripts().newArray(out);
      })
      .method("values", 0, (ctx, self, args) -> {
        List<Object> out = new ArrayList<>();
        for (String[] p : self.pairs) out.add(p[1]);
        return ctx.worker().scripts().newArray(out);
      })
      .method("forEach", 1, (ctx, self, args) -> {
        if (!(arg(args, 0) instanceof ScriptFunction f)) {
          throw ScriptError.typeError("URLSearchParams.forEach: callback is not a function");
        }
        Object thisArg = arg(args, 1);
        for (String[] p : List.copyOf(self.pairs)) f.callWithThis(ctx, thisArg, p[1], p[0], self);
        return io.pipy.api.script.Undefined.INSTANCE;
      })
      .method("toObject", 0, (ctx, self, args) -> self.toObject(ctx.worker().scripts()))
      .method("toString", 0, (ctx, self, args) -> self.toString())
      .build();

  /** The pairs as an array of {@code [name, value]} arrays; arrays are iterable, so {@code for...of} works. */
  static ScriptArray entries(ScriptRuntime rt, UrlSearchParams self) {
    List<Object> out = new ArrayList<>();
    for (String[] p : self.pairs) out.add(rt.newArray(List.of(p[0], p[1])));
    return rt.newArray(out);
  }

  ScriptObject toObject(ScriptRuntime rt) {
    ScriptObject o = rt.newObject();
    for (String[] p : pairs) {
      Object old = o.get(p[0]);
      if (old instanceof ScriptArray a) {
        a.push(p[1]);
      } else if (old instanceof String s) {
        o.set(p[0], rt.newArray(List.of(s, p[1])));
      } else {
        o.set(p[0], p[1]);
      }
    }
    return o;
  }
}
