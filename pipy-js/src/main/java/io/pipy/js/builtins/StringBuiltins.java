package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/** {@code String} and {@code String.prototype}. */
public final class StringBuiltins {

  private StringBuiltins() {
  }

  /** RequireObjectCoercible(this) then ToString. */
  static String thisString(Object self, Context ctx, String method) {
    if (self instanceof String s) return s;
    if (self == null || self == Ops.UNDEFINED) throw Errors.typeError("String.prototype." + method + " called on null or undefined");
    return Ops.toString(self, ctx);
  }

  static void install(Realm realm) {
    JsObject proto = realm.stringPrototype;
    NativeFunction ctor = new NativeFunction(realm, "String", 1,
        (ctx, self, args) -> {
          if (args.length == 0) return "";
          if (args[0] instanceof JsSymbol s) return s.toString();
          return Ops.toString(args[0], ctx);
        },
        (ctx, args, nt) -> {
          String v = args.length == 0 ? "" : Ops.toString(args[0], ctx);
          Object p = nt == null ? proto : nt.get("prototype", nt, ctx);
          return new PrimitiveWrapper(p instanceof JsObject po ? po : proto, v);
        });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("String", ctor, Shape.HIDDEN);
    realm.intrinsic("String", ctor);

    realm.method(ctor, "fromCharCode", 1, (ctx, self, args) -> {
      StringBuilder sb = new StringBuilder(args.length);
      for (Object a : args) sb.append((char) (Ops.toInt32(a) & 0xffff));
      return sb.toString();
    });
    realm.method(ctor, "fromCodePoint", 1, (ctx, self, args) -> {
      StringBuilder sb = new StringBuilder(args.length);
      for (Object a : args) {
        double d = Ops.toNumber(a);
        if (d != Math.floor(d) || d < 0 || d > 0x10ffff) throw Errors.rangeError("Invalid code point " + Ops.toString(a));
        sb.appendCodePoint((int) d);
      }
      return sb.toString();
    });

    realm.method(proto, "toString", 0, (ctx, self, args) -> thisStringValue(self, "toString"));
    realm.method(proto, "valueOf", 0, (ctx, self, args) -> thisStringValue(self, "valueOf"));
    realm.method(proto, "charAt", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "charAt");
      double i = Ops.toInteger(Arg.get(args, 0));
      return i < 0 || i >= s.length() ? "" : String.valueOf(s.charAt((int) i));
    });
    realm.method(proto, "charCodeAt", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "charCodeAt");
      double i = Ops.toInteger(Arg.get(args, 0));
      return i < 0 || i >= s.length() ? (Object) Double.NaN : (Object) (int) s.charAt((int) i);
    });
    realm.method(proto, "codePointAt", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "codePointAt");
      double i = Ops.toInteger(Arg.get(args, 0));
      return i < 0 || i >= s.length() ? Ops.UNDEFINED : (Object) s.codePointAt((int) i);
    });
    realm.method(proto, "at", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "at");
      double i = Ops.toInteger(Arg.get(args, 0));
      if (i < 0) i += s.length();
      return i < 0 || i >= s.length() ? Ops.UNDEFINED : String.valueOf(s.charAt((int) i));
    });
    realm.method(proto, "indexOf", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "indexOf");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int from = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 1)), 0), s.length());
      return s.indexOf(t, from);
    });
    realm.method(proto, "lastIndexOf", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "lastIndexOf");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      double n = Ops.toNumber(Arg.get(args, 1));
      int from = n != n ? s.length() : (int) Math.min(Math.max(Ops.toInteger(n), 0), s.length());
      return s.lastIndexOf(t, from);
    });
    realm.method(proto, "includes", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "includes");
      rejectRegExp(Arg.get(args, 0), "includes");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int from = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 1)), 0), s.length());
      return s.indexOf(t, from) >= 0;
    });
    realm.method(proto, "startsWith", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "startsWith");
      rejectRegExp(Arg.get(args, 0), "startsWith");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int from = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 1)), 0), s.length());
      return s.startsWith(t, from);
    });
    realm.method(proto, "endsWith", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "endsWith");
      rejectRegExp(Arg.get(args, 0), "endsWith");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int end = Arg.present(args, 1) ? (int) Math.min(Math.max(Ops.toInteger(args[1]), 0), s.length()) : s.length();
      int start = end - t.length();
      return start >= 0 && s.startsWith(t, start);
    });
    realm.method(proto, "slice", 2, (ctx, self, args) -> {
      String s = thisString(self, ctx, "slice");
      int n = s.length();
      int from = (int) Ops.relativeIndex(Arg.get(args, 0), n, 0);
      int to = (int) Ops.relativeIndex(Arg.get(args, 1), n, n);
      return from >= to ? "" : s.substring(from, to);
    });
    realm.method(proto, "substring", 2, (ctx, self, args) -> {
      String s = thisString(self, ctx, "substring");
      int n = s.length();
      int a = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 0)), 0), n);
      int b = Arg.present(args, 1) ? (int) Math.min(Math.max(Ops.toInteger(args[1]), 0), n) : n;
      return s.substring(Math.min(a, b), Math.max(a, b));
    });
    realm.method(proto, "substr", 2, (ctx, self, args) -> {
      String s = thisString(self, ctx, "substr");
      int n = s.length();
      int start = (int) Ops.relativeIndex(Arg.get(args, 0), n, 0);
      double len = Arg.present(args, 1) ? Ops.toInteger(args[1]) : n - start;
      int end = (int) Math.min(start + Math.max(len, 0), n);
      return start >= end ? "" : s.substring(start, end);
    });
    realm.method(proto, "toUpperCase", 0, (ctx, self, args) -> thisString(self, ctx, "toUpperCase").toUpperCase(java.util.Locale.ROOT));
    realm.method(proto, "toLowerCase", 0, (ctx, self, args) -> thisString(self, ctx, "toLowerCase").toLowerCase(java.util.Locale.ROOT));
    realm.method(proto, "toLocaleUpperCase", 0, (ctx, self, args) -> thisString(self, ctx, "toLocaleUpperCase").toUpperCase(java.util.Locale.ROOT));
    realm.method(proto, "toLocaleLowerCase", 0, (ctx, self, args) -> thisString(self, ctx, "toLocaleLowerCase").toLowerCase(java.util.Locale.ROOT));
    realm.method(proto, "trim", 0, (ctx, self, args) -> trim(thisString(self, ctx, "trim"), true, true));
    realm.method(proto, "trimStart", 0, (ctx, self, args) -> trim(thisString(self, ctx, "trimStart"), true, false));
    realm.method(proto, "trimEnd", 0, (ctx, self, args) -> trim(thisString(self, ctx, "trimEnd"), false, true));
    realm.method(proto, "padStart", 2, (ctx, self, args) -> pad(thisString(self, ctx, "padStart"), args, ctx, true));
    realm.method(proto, "padEnd", 2, (ctx, self, args) -> pad(thisString(self, ctx, "padEnd"), args, ctx, false));
    realm.method(proto, "repeat", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "repeat");
      double n = Ops.toInteger(Arg.get(args, 0));
      if (n < 0 || Double.isInfinite(n)) throw Errors.rangeError("Invalid count value: " + Ops.toString(Arg.get(args, 0)));
      if (s.isEmpty() || n == 0) return "";
      if (s.length() * n > (1 << 30)) throw Errors.rangeError("Invalid string length");
      return s.repeat((int) n);
    });
    realm.method(proto, "concat", 1, (ctx, self, args) -> {
      StringBuilder sb = new StringBuilder(thisString(self, ctx, "concat"));
      for (Object a : args) sb.append(Ops.toString(a, ctx));
      return sb.toString();
    });
    realm.method(proto, "split", 2, (ctx, self, args) -> {
      String s = thisString(self, ctx, "split");
      Object sepArg = Arg.get(args, 0);
      long limit = Arg.present(args, 1) ? Ops.toUint32(args[1]) : 4294967295L;
      List<Object> out = new ArrayList<>();
      if (limit == 0) return realm.newArray(new Object[0]);
      if (sepArg == Ops.UNDEFINED) return realm.newArray(new Object[] {s});
      String sep = Ops.toString(sepArg, ctx);
      if (sep.isEmpty()) {
        for (int i = 0; i < s.length() && out.size() < limit; i++) out.add(String.valueOf(s.charAt(i)));
        return realm.newArray(out.toArray());
      }
      int start = 0;
      while (out.size() < limit) {
        int i = s.indexOf(sep, start);
        if (i < 0) {
          out.add(s.substring(start));
          break;
        }
        out.add(s.substring(start, i));
        start = i + sep.length();
      }
      return realm.newArray(out.toArray());
    });
    realm.method(proto, "replace", 2, (ctx, self, args) -> replace(realm, ctx, self, args, false));
    realm.method(proto, "replaceAll", 2, (ctx, self, args) -> replace(realm, ctx, self, args, true));
    realm.method(proto, "localeCompare", 1, (ctx, self, args) -> {
      int c = thisString(self, ctx, "localeCompare").compareTo(Ops.toString(Arg.get(args, 0), ctx));
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    });
    realm.method(proto, "normalize", 0, (ctx, self, args) -> {
      String s = thisString(self, ctx, "normalize");
      String f = Arg.present(args, 0) ? Ops.toString(args[0], ctx) : "NFC";
      java.text.Normalizer.Form form = switch (f) {
        case "NFC" -> java.text.Normalizer.Form.NFC;
        case "NFD" -> java.text.Normalizer.Form.NFD;
        case "NFKC" -> java.text.Normalizer.Form.NFKC;
        case "NFKD" -> java.text.Normalizer.Form.NFKD;
        default -> throw Errors.rangeError("The normalization form should be one of NFC, NFD, NFKC, NFKD.");
      };
      return java.text.Normalizer.normalize(s, form);
    });
    NativeFunction iter = realm.function("[Symbol.iterator]", 0, (ctx, self, args) -> new StringIterator(realm, thisString(self, ctx, "[Symbol.iterator]")));
    proto.defineOwn(JsSymbol.ITERATOR, iter, Shape.HIDDEN);
    JsObject stringIterProto = new JsObject(realm.iteratorPrototype);
    realm.method(stringIterProto, "next", 0, (ctx, self, args) -> {
      if (!(self instanceof StringIterator it)) throw Errors.typeError("next method called on incompatible receiver");
      if (it.pos >= it.s.length()) return IteratorBuiltins.result(realm, Ops.UNDEFINED, true);
      int cp = it.s.codePointAt(it.pos);
      int n = Character.charCount(cp);
      String v = it.s.substring(it.pos, it.pos + n);
      it.pos += n;
      return IteratorBuiltins.result(realm, v, false);
    });
    stringIterProto.defineOwn(JsSymbol.TO_STRING_TAG, "String Iterator", Shape.CONFIGURABLE);
    realm.intrinsic("StringIteratorPrototype", stringIterProto);
  }

  static final class StringIterator extends JsObject {
    final String s;
    int pos;

    StringIterator(Realm realm, String s) {
      super(realm.intrinsic("StringIteratorPrototype"));
      this.s = s;
    }
  }

  private static String thisStringValue(Object self, String method) {
    if (self instanceof String s) return s;
    if (self instanceof PrimitiveWrapper w && w.value instanceof String s) return s;
    throw Errors.typeError("String.prototype." + method + " requires that 'this' be a String");
  }

  private static void rejectRegExp(Object v, String method) {
    if (v instanceof JsObject o && "RegExp".equals(o.className())) {
      throw Errors.typeError("First argument to String.prototype." + method + " must not be a regular expression");
    }
  }

  static boolean isWhite(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000b' || c == '\f' || c == '\u00a0'
        || c == '\ufeff' || c == '\u2028' || c == '\u2029' || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  static String trim(String s, boolean start, boolean end) {
    int a = 0;
    int b = s.length();
    if (start) while (a < b && isWhite(s.charAt(a))) a++;
    if (end) while (b > a && isWhite(s.charAt(b - 1))) b--;
    return s.substring(a, b);
  }

  private static String pad(String s, Object[] args, Context ctx, boolean start) {
    double max = Ops.toLength(Arg.get(args, 0));
    if (max <= s.length()) return s;
    String filler = Arg.present(args, 1) ? Ops.toString(args[1], ctx) : " ";
    if (filler.isEmpty()) return s;
    if (max > (1 << 30)) throw Errors.rangeError("Invalid string length");
    int fill = (int) max - s.length();
    StringBuilder sb = new StringBuilder(fill);
    while (sb.length() < fill) sb.append(filler);
    sb.setLength(fill);
    return start ? sb + s : s + sb;
  }

  /** String.prototype.replace/replaceAll with a string pattern; regexp patterns go through Symbol.replace. */
  private static Object replace(Realm realm, Context ctx, Object self, Object[] args, boolean all) {
    if (self == null || self == Ops.UNDEFINED) throw Errors.typeError("String.prototype.replace called on null or undefined");
    Object pattern = Arg.get(args, 0);
    Object replacement = Arg.get(args, 1);
    if (pattern != null && pattern != Ops.UNDEFINED && Ops.isObject(pattern)) {
      if (all && pattern instanceof JsObject po && "RegExp".equals(po.className())) {
        Object flags = po.get("flags", po, ctx);
        if (!Ops.toString(flags, ctx).contains("g")) throw Errors.typeError("replaceAll must be called with a global RegExp");
      }
      Object replacer = io.pipy.js.runtime.Props.get(realm, pattern, JsSymbol.REPLACE, ctx);
      if (replacer instanceof io.pipy.js.runtime.JsFunction rf) return rf.invoke(ctx, pattern, new Object[] {self, replacement});
    }
    String s = Ops.toString(self, ctx);
    String p = Ops.toString(pattern, ctx);
    boolean functional = replacement instanceof io.pipy.js.runtime.JsFunction;
    String rs = functional ? null : Ops.toString(replacement, ctx);
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    int from = 0;
    while (true) {
      int i = s.indexOf(p, from);
      if (i < 0) break;
      sb.append(s, pos, i);
      if (functional) {
        sb.append(Ops.toString(((io.pipy.js.runtime.JsFunction) replacement).invoke(ctx, Ops.UNDEFINED, new Object[] {p, i, s}), ctx));
      } else {
        appendSubstitution(sb, rs, s, i, p, new Object[0], null);
      }
      pos = i + p.length();
      if (!all) break;
      from = p.isEmpty() ? i + 1 : pos;
      if (from > s.length()) break;
    }
    sb.append(s.substring(Math.min(pos, s.length())));
    return sb.toString();
  }

  /** GetSubstitution: $$, $&, $`, $', $n, $nn, $<name>. */
  public static void appendSubstitution(StringBuilder sb, String rep, String str, int position, String matched,
      Object[] captures, JsObject namedCaptures) {
    int n = rep.length();
    for (int i = 0; i < n; i++) {
      char c = rep.charAt(i);
      if (c != '$' || i + 1 >= n) {
        sb.append(c);
        continue;
      }
      char d = rep.charAt(i + 1);
      if (d == '$') {
        sb.append('$');
        i++;
      } else if (d == '&') {
        sb.append(matched);
        i++;
      } else if (d == '`') {
        sb.append(str, 0, position);
        i++;
      } else if (d == '\'') {
        int tail = Math.min(position + matched.length(), str.length());
        sb.append(str.substring(tail));
        i++;
      } else if (d >= '0' && d <= '9') {
        int m = captures.length;
        int idx = d - '0';
        int consumed = 1;
        if (i + 2 < n && Character.isDigit(rep.charAt(i + 2))) {
          int two = idx * 10 + (rep.charAt(i + 2) - '0');
          if (two >= 1 && two <= m) {
            idx = two;
            consumed = 2;
          }
        }
        if (idx >= 1 && idx <= m) {
          Object cap = captures[idx - 1];
          if (cap != Ops.UNDEFINED && cap != null) sb.append(Ops.toString(cap));
          i += consumed;
        } else {
          sb.append('$');
        }
      } else if (d == '<' && namedCaptures != null) {
        int close = rep.indexOf('>', i + 2);
        if (close < 0) {
          sb.append('$');
          continue;
        }
        String name = rep.substring(i + 2, close);
        Object v = namedCaptures.get(name);
        if (v != Ops.UNDEFINED && v != null) sb.append(Ops.toString(v));
        i = close;
      } else {
        sb.append('$');
      }
    }
  }
}
