package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.Props;
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
        if (d != Math.floor(d) || d < 0 || d > 0x10ffff) throw Errors.rangeError("Invalid code point " + Ops.toString(Ops.num(d)));
        sb.appendCodePoint((int) d);
      }
      return sb.toString();
    });
    realm.method(ctor, "raw", 1, (ctx, self, args) -> {
      Object cooked = Ops.toObject(realm, Arg.get(args, 0));
      Object raw = Ops.toObject(realm, Props.get(realm, cooked, "raw", ctx));
      long segments = Ops.toLength(Props.get(realm, raw, "length", ctx));
      StringBuilder sb = new StringBuilder();
      for (long i = 0; i < segments; i++) {
        sb.append(Ops.toString(Props.get(realm, raw, ArrayBuiltins.key(i), ctx), ctx));
        if (i + 1 == segments) break;
        if (i + 1 < args.length) sb.append(Ops.toString(args[(int) i + 1], ctx));
        if (sb.length() > (1 << 30)) throw Errors.rangeError("Invalid string length");
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
      rejectRegExp(ctx, Arg.get(args, 0), "includes");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int from = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 1)), 0), s.length());
      return s.indexOf(t, from) >= 0;
    });
    realm.method(proto, "startsWith", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "startsWith");
      rejectRegExp(ctx, Arg.get(args, 0), "startsWith");
      String t = Ops.toString(Arg.get(args, 0), ctx);
      int from = (int) Math.min(Math.max(Ops.toInteger(Arg.get(args, 1)), 0), s.length());
      return s.startsWith(t, from);
    });
    realm.method(proto, "endsWith", 1, (ctx, self, args) -> {
      String s = thisString(self, ctx, "endsWith");
      rejectRegExp(ctx, Arg.get(args, 0), "endsWith");
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
    NativeFunction trimStart = realm.method(proto, "trimStart", 0, (ctx, self, args) -> trim(thisString(self, ctx, "trimStart"), true, false));
    NativeFunction trimEnd = realm.method(proto, "trimEnd", 0, (ctx, self, args) -> trim(thisString(self, ctx, "trimEnd"), false, true));
    proto.defineOwn("trimLeft", trimStart, Shape.HIDDEN);
    proto.defineOwn("trimRight", trimEnd, Shape.HIDDEN);
    realm.method(proto, "padStart", 1, (ctx, self, args) -> pad(thisString(self, ctx, "padStart"), args, ctx, true));
    realm.method(proto, "padEnd", 1, (ctx, self, args) -> pad(thisString(self, ctx, "padEnd"), args, ctx, false));
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
      requireCoercible(self, "split");
      Object sepArg = Arg.get(args, 0);
      Object limitArg = Arg.get(args, 1);
      if (sepArg != null && sepArg != Ops.UNDEFINED) {
        JsFunction splitter = getMethod(realm, ctx, sepArg, JsSymbol.SPLIT);
        if (splitter != null) return splitter.invoke(ctx, sepArg, new Object[] {self, limitArg});
      }
      String s = Ops.toString(self, ctx);
      long limit = limitArg == Ops.UNDEFINED ? 4294967295L : Ops.toUint32(limitArg);
      String sep = Ops.toString(sepArg, ctx);
      List<Object> out = new ArrayList<>();
      if (limit == 0) return realm.newArray(new Object[0]);
      if (sepArg == Ops.UNDEFINED) return realm.newArray(new Object[] {s});
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
    realm.method(proto, "match", 1, (ctx, self, args) -> {
      requireCoercible(self, "match");
      Object regexp = Arg.get(args, 0);
      if (regexp != null && regexp != Ops.UNDEFINED) {
        JsFunction matcher = getMethod(realm, ctx, regexp, JsSymbol.MATCH);
        if (matcher != null) return matcher.invoke(ctx, regexp, new Object[] {self});
      }
      String s = Ops.toString(self, ctx);
      JsObject rx = RegExpBuiltins.create(realm, ctx, regexp, Ops.UNDEFINED);
      return invoke(realm, ctx, rx, JsSymbol.MATCH, s);
    });
    realm.method(proto, "matchAll", 1, (ctx, self, args) -> {
      requireCoercible(self, "matchAll");
      Object regexp = Arg.get(args, 0);
      if (regexp != null && regexp != Ops.UNDEFINED) {
        if (RegExpBuiltins.isRegExp(ctx, regexp)) {
          Object flags = ((JsObject) regexp).get("flags", regexp, ctx);
          if (flags == null || flags == Ops.UNDEFINED) throw Errors.typeError("String.prototype.matchAll called with a RegExp whose flags are " + flags);
          if (Ops.toString(flags, ctx).indexOf('g') < 0) {
            throw Errors.typeError("String.prototype.matchAll called with a non-global RegExp argument");
          }
        }
        JsFunction matcher = getMethod(realm, ctx, regexp, JsSymbol.MATCH_ALL);
        if (matcher != null) return matcher.invoke(ctx, regexp, new Object[] {self});
      }
      String s = Ops.toString(self, ctx);
      JsObject rx = RegExpBuiltins.create(realm, ctx, regexp, "g");
      return invoke(realm, ctx, rx, JsSymbol.MATCH_ALL, s);
    });
    realm.method(proto, "search", 1, (ctx, self, args) -> {
      requireCoercible(self, "search");
      Object regexp = Arg.get(args, 0);
      if (regexp != null && regexp != Ops.UNDEFINED) {
        JsFunction searcher = getMethod(realm, ctx, regexp, JsSymbol.SEARCH);
        if (searcher != null) return searcher.invoke(ctx, regexp, new Object[] {self});
      }
      String s = Ops.toString(self, ctx);
      JsObject rx = RegExpBuiltins.create(realm, ctx, regexp, Ops.UNDEFINED);
      return invoke(realm, ctx, rx, JsSymbol.SEARCH, s);
    });
    realm.method(proto, "localeCompare", 1, (ctx, self, args) -> {
      String a = thisString(self, ctx, "localeCompare");
      String b = Ops.toString(Arg.get(args, 0), ctx);
      int c = COLLATOR.get().compare(a, b);
      if (c == 0 && !a.equals(b)) c = a.compareTo(b);
      return c < 0 ? -1 : c > 0 ? 1 : 0;
    });
    realm.method(proto, "isWellFormed", 0, (ctx, self, args) -> {
      String s = thisString(self, ctx, "isWellFormed");
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
        else if (Character.isSurrogate(c)) return false;
      }
      return true;
    });
    realm.method(proto, "toWellFormed", 0, (ctx, self, args) -> {
      String s = thisString(self, ctx, "toWellFormed");
      StringBuilder sb = null;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
          if (sb != null) sb.append(c).append(s.charAt(i + 1));
          i++;
        } else if (Character.isSurrogate(c)) {
          if (sb == null) sb = new StringBuilder(s.length()).append(s, 0, i);
          sb.append('\ufffd');
        } else if (sb != null) {
          sb.append(c);
        }
      }
      return sb == null ? s : sb.toString();
    });
    String[][] html = {
        {"anchor", "a", "name"}, {"big", "big", ""}, {"blink", "blink", ""}, {"bold", "b", ""}, {"fixed", "tt", ""},
        {"fontcolor", "font", "color"}, {"fontsize", "font", "size"}, {"italics", "i", ""}, {"link", "a", "href"},
        {"small", "small", ""}, {"strike", "strike", ""}, {"sub", "sub", ""}, {"sup", "sup", ""}};
    for (String[] h : html) {
      String tag = h[1];
      String attr = h[2];
      realm.method(proto, h[0], attr.isEmpty() ? 0 : 1, (ctx, self, args) -> {
        String s = thisString(self, ctx, h[0]);
        StringBuilder sb = new StringBuilder().append('<').append(tag);
        if (!attr.isEmpty()) {
          sb.append(' ').append(attr).append("=\"").append(Ops.toString(Arg.get(args, 0), ctx).replace("\"", "&quot;")).append('"');
        }
        return sb.append('>').append(s).append("</").append(tag).append('>').toString();
      });
    }
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

  private static void rejectRegExp(Context ctx, Object v, String method) {
    if (RegExpBuiltins.isRegExp(ctx, v)) {
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

  private static final ThreadLocal<java.text.Collator> COLLATOR = ThreadLocal.withInitial(() -> {
    java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.ROOT);
    c.setStrength(java.text.Collator.TERTIARY);
    return c;
  });

  private static void requireCoercible(Object self, String method) {
    if (self == null || self == Ops.UNDEFINED) throw Errors.typeError("String.prototype." + method + " called on null or undefined");
  }

  /** GetMethod(v, key): the function, or null when undefined or null; TypeError otherwise. */
  static JsFunction getMethod(Realm realm, Context ctx, Object v, Object key) {
    Object f = Props.get(realm, v, key, ctx);
    if (f == null || f == Ops.UNDEFINED) return null;
    if (f instanceof JsFunction fn) return fn;
    throw Errors.typeError(Ops.typeof(f) + " is not a function (" + Props.get(realm, key, "description", ctx) + ")");
  }

  private static Object invoke(Realm realm, Context ctx, JsObject o, Object key, Object arg) {
    Object f = o.get(key, o, ctx);
    if (f instanceof JsFunction fn) return fn.invoke(ctx, o, new Object[] {arg});
    throw Errors.typeError(key + " is not a function");
  }

  /** String.prototype.replace and replaceAll. */
  private static Object replace(Realm realm, Context ctx, Object self, Object[] args, boolean all) {
    String method = all ? "replaceAll" : "replace";
    requireCoercible(self, method);
    Object pattern = Arg.get(args, 0);
    Object replacement = Arg.get(args, 1);
    if (pattern != null && pattern != Ops.UNDEFINED) {
      if (all && RegExpBuiltins.isRegExp(ctx, pattern)) {
        Object flags = ((JsObject) pattern).get("flags", pattern, ctx);
        if (flags == null || flags == Ops.UNDEFINED) throw Errors.typeError("String.prototype.replaceAll called with a RegExp whose flags are " + flags);
        if (Ops.toString(flags, ctx).indexOf('g') < 0) {
          throw Errors.typeError("String.prototype.replaceAll called with a non-global RegExp argument");
        }
      }
      JsFunction replacer = getMethod(realm, ctx, pattern, JsSymbol.REPLACE);
      if (replacer != null) return replacer.invoke(ctx, pattern, new Object[] {self, replacement});
    }
    String s = Ops.toString(self, ctx);
    String p = Ops.toString(pattern, ctx);
    JsFunction fn = replacement instanceof JsFunction f ? f : null;
    String rs = fn == null ? Ops.toString(replacement, ctx) : null;
    int advanceBy = Math.max(1, p.length());
    StringBuilder sb = null;
    int end = 0;
    int i = s.indexOf(p);
    while (i >= 0) {
      if (sb == null) sb = new StringBuilder(s.length());
      sb.append(s, end, i);
      if (fn != null) {
        sb.append(Ops.toString(fn.invoke(ctx, Ops.UNDEFINED, new Object[] {p, i, s}), ctx));
      } else {
        appendSubstitution(sb, rs, s, i, p, Ops.NO_ARGS, null, ctx);
      }
      end = i + p.length();
      if (!all) break;
      int next = i + advanceBy;
      i = next > s.length() ? -1 : s.indexOf(p, next);
    }
    if (sb == null) return s;
    if (end < s.length()) sb.append(s, end, s.length());
    return sb.toString();
  }

  /** GetSubstitution: $$, $&, $`, $', $n, $nn, $<name>. */
  public static void appendSubstitution(StringBuilder sb, String rep, String str, int position, String matched,
      Object[] captures, JsObject namedCaptures, Context ctx) {
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
          if (cap != Ops.UNDEFINED) sb.append(Ops.toString(cap, ctx));
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
        Object v = namedCaptures.get(name, namedCaptures, ctx);
        if (v != Ops.UNDEFINED) sb.append(Ops.toString(v, ctx));
        i = close;
      } else {
        sb.append('$');
      }
    }
  }
}
