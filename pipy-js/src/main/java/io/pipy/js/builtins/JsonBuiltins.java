package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.Numbers;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PrimitiveWrapper;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code JSON}: parse and stringify as the language defines them, plus Pipy's decode/encode on Data. */
public final class JsonBuiltins {

  private JsonBuiltins() {
  }

  static void install(Realm realm) {
    JsObject json = realm.newObject();
    realm.global.defineOwn("JSON", json, Shape.HIDDEN);
    json.defineOwn(JsSymbol.TO_STRING_TAG, "JSON", Shape.CONFIGURABLE);
    realm.method(json, "parse", 2, (ctx, self, args) -> parse(realm, ctx, Ops.toString(Arg.get(args, 0), ctx), Arg.get(args, 1)));
    realm.method(json, "stringify", 3, (ctx, self, args) -> {
      String s = stringify(realm, ctx, Arg.get(args, 0), Arg.get(args, 1), Arg.get(args, 2));
      return s == null ? Ops.UNDEFINED : s;
    });
    realm.method(json, "decode", 2, (ctx, self, args) -> {
      Object d = Arg.get(args, 0);
      if (!(d instanceof Data data)) throw Errors.typeError("JSON.decode: the argument must be a Data");
      return parse(realm, ctx, data.toString(StandardCharsets.UTF_8), Arg.get(args, 1));
    });
    realm.method(json, "encode", 3, (ctx, self, args) -> {
      String s = stringify(realm, ctx, Arg.get(args, 0), Arg.get(args, 1), Arg.get(args, 2));
      return Data.fromString(s == null ? "" : s);
    });
  }

  /** JSON.parse with an optional reviver. */
  static Object parse(Realm realm, Context ctx, String text, Object reviver) {
    Object v = new JsonParser(realm, text).parseTop();
    if (reviver instanceof JsFunction rf) {
      JsObject root = realm.newObject();
      root.defineOwn("", v, Shape.DEFAULT);
      return revive(realm, ctx, root, "", rf);
    }
    return v;
  }

  private static Object revive(Realm realm, Context ctx, JsObject holder, String key, JsFunction reviver) {
    Object val = holder.get(key, holder, ctx);
    if (val instanceof JsArray a) {
      long n = a.length;
      for (long i = 0; i < n; i++) reviveProperty(realm, ctx, a, ArrayBuiltins.key(i).toString(), reviver);
    } else if (val instanceof JsObject o) {
      for (Object k : o.ownKeys()) {
        if (k instanceof String ks && (o.getOwnFlags(ks) & Shape.ENUMERABLE) != 0) reviveProperty(realm, ctx, o, ks, reviver);
      }
    }
    return reviver.invoke(ctx, holder, new Object[] {key, val});
  }

  private static void reviveProperty(Realm realm, Context ctx, JsObject o, String k, JsFunction reviver) {
    Object nv = revive(realm, ctx, o, k, reviver);
    if (nv == Ops.UNDEFINED) o.deleteOwn(k);
    else o.defineOwnProperty(k, PropertyDescriptor.data(nv, Shape.DEFAULT));
  }

  /** JSON.stringify; null when the result is undefined. */
  public static String stringify(Realm realm, Context ctx, Object value, Object replacer, Object space) {
    JsFunction replacerFn = null;
    List<String> allow = null;
    if (replacer instanceof JsFunction f) {
      replacerFn = f;
    } else if (replacer instanceof JsArray ra) {
      Set<String> keys = new LinkedHashSet<>();
      for (int i = 0; i < ra.length; i++) {
        Object v = ra.getElement(i, ctx);
        if (v instanceof String s) keys.add(s);
        else if (v instanceof Integer || v instanceof Double) keys.add(Ops.toString(v));
        else if (v instanceof PrimitiveWrapper w && (w.value instanceof String || w.value instanceof Number)) keys.add(Ops.toString(v, ctx));
      }
      allow = new ArrayList<>(keys);
    }
    if (space instanceof PrimitiveWrapper w) space = w.value instanceof Number ? Ops.num(Ops.toNumber(space)) : Ops.toString(space, ctx);
    String gap = "";
    if (space instanceof Integer || space instanceof Double) {
      int n = (int) Math.min(10, Math.max(0, Ops.toInteger(space)));
      gap = " ".repeat(n);
    } else if (space instanceof String s) {
      gap = s.length() > 10 ? s.substring(0, 10) : s;
    }
    JsObject wrapper = realm.newObject();
    wrapper.defineOwn("", value, Shape.DEFAULT);
    StringBuilder sb = new StringBuilder();
    Writer w = new Writer(realm, ctx, replacerFn, allow, gap, sb);
    return w.property(wrapper, "", value, "") ? sb.toString() : null;
  }

  private static final class Writer {
    final Realm realm;
    final Context ctx;
    final JsFunction replacer;
    final List<String> allow;
    final String gap;
    final StringBuilder sb;
    final Map<Object, Boolean> stack = new IdentityHashMap<>();

    Writer(Realm realm, Context ctx, JsFunction replacer, List<String> allow, String gap, StringBuilder sb) {
      this.realm = realm;
      this.ctx = ctx;
      this.replacer = replacer;
      this.allow = allow;
      this.gap = gap;
      this.sb = sb;
    }

    /** Writes the value of {@code holder[key]}; returns false if it is not serializable (undefined). */
    boolean property(Object holder, String key, Object value, String indent) {
      if (value instanceof JsObject || Ops.isHostObject(value)) {
        Object toJson = Props.get(realm, value, "toJSON", ctx);
        if (toJson instanceof JsFunction tf) value = tf.invoke(ctx, value, new Object[] {key});
      }
      if (replacer != null) value = replacer.invoke(ctx, holder, new Object[] {key, value});
      if (value instanceof PrimitiveWrapper w) {
        if (w.value instanceof Number) value = Ops.num(Ops.toNumber(value));
        else if (w.value instanceof String) value = Ops.toString(value, ctx);
        else if (w.value instanceof Boolean b) value = b;
      }
      if (value == null) {
        sb.append("null");
        return true;
      }
      if (value instanceof Boolean b) {
        sb.append(b ? "true" : "false");
        return true;
      }
      if (value instanceof String s) {
        quote(sb, s);
        return true;
      }
      if (value instanceof Integer i) {
        sb.append(i);
        return true;
      }
      if (value instanceof Double d) {
        sb.append(Double.isFinite(d) ? NumberFormat.toString(d) : "null");
        return true;
      }
      if (value == Ops.UNDEFINED || value instanceof JsSymbol || value instanceof JsFunction) return false;
      if (value instanceof Data d) {
        quote(sb, d.toString());
        return true;
      }
      if (stack.containsKey(value)) throw Errors.typeError("Converting circular structure to JSON");
      stack.put(value, true);
      try {
        if (value instanceof JsArray a) array(a, indent);
        else object(value, indent);
      } finally {
        stack.remove(value);
      }
      return true;
    }

    private void array(JsArray a, String indent) {
      if (a.length == 0) {
        sb.append("[]");
        return;
      }
      String inner = indent + gap;
      sb.append('[');
      for (int i = 0; i < a.length; i++) {
        if (i > 0) sb.append(',');
        if (!gap.isEmpty()) sb.append('\n').append(inner);
        if (!property(a, Numbers.toString(i), a.getElement(i, ctx), inner)) sb.append("null");
      }
      if (!gap.isEmpty()) sb.append('\n').append(indent);
      sb.append(']');
    }

    private void object(Object o, String indent) {
      List<String> keys = allow;
      if (keys == null) {
        keys = new ArrayList<>();
        if (o instanceof JsObject jo) {
          for (Object k : jo.ownKeys()) {
            if (k instanceof String s) {
              PropertyDescriptor d = jo.getOwnProperty(s);
              if (d != null && d.enumerable) keys.add(s);
            }
          }
        } else {
          keys.addAll(Props.hostKeys(o));
        }
      }
      String inner = indent + gap;
      sb.append('{');
      boolean any = false;
      for (String k : keys) {
        int mark = sb.length();
        if (any) sb.append(',');
        if (!gap.isEmpty()) sb.append('\n').append(inner);
        quote(sb, k);
        sb.append(gap.isEmpty() ? ":" : ": ");
        if (property(o, k, Props.get(realm, o, k, ctx), inner)) {
          any = true;
        } else {
          sb.setLength(mark);
        }
      }
      if (any && !gap.isEmpty()) sb.append('\n').append(indent);
      sb.append('}');
    }
  }

  static void quote(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '\b': sb.append("\\b"); break;
        case '\f': sb.append("\\f"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20 || (Character.isSurrogate(c) && !pairedSurrogate(s, i))) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    sb.append('"');
  }

  private static boolean pairedSurrogate(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** A strict JSON parser producing script values. */
  static final class JsonParser {
    private final Realm realm;
    private final String s;
    private int pos;

    JsonParser(Realm realm, String s) {
      this.realm = realm;
      this.s = s;
    }

    Object parseTop() {
      skip();
      Object v = value();
      skip();
      if (pos < s.length()) throw error("Unexpected token " + s.charAt(pos));
      return v;
    }

    private RuntimeException error(String message) {
      return Errors.syntaxError(message + " in JSON at position " + pos);
    }

    private void skip() {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
        else break;
      }
    }

    private Object value() {
      if (pos >= s.length()) throw error("Unexpected end");
      char c = s.charAt(pos);
      switch (c) {
        case '{': return object();
        case '[': return array();
        case '"': return string();
        case 't': return literal("true", Boolean.TRUE);
        case 'f': return literal("false", Boolean.FALSE);
        case 'n': return literal("null", null);
        default:
          if (c == '-' || (c >= '0' && c <= '9')) return number();
          throw error("Unexpected token " + c);
      }
    }

    private Object literal(String word, Object v) {
      if (!s.startsWith(word, pos)) throw error("Unexpected token " + s.charAt(pos));
      pos += word.length();
      return v;
    }

    private Object number() {
      int start = pos;
      if (s.charAt(pos) == '-') pos++;
      if (pos >= s.length()) throw error("No number after minus sign");
      if (s.charAt(pos) == '0') {
        pos++;
      } else if (Character.isDigit(s.charAt(pos))) {
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
      } else {
        throw error("Unexpected token " + s.charAt(pos));
      }
      if (pos < s.length() && s.charAt(pos) == '.') {
        pos++;
        int d = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (d == pos) throw error("Unterminated fractional number");
      }
      if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
        pos++;
        if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) pos++;
        int d = pos;
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (d == pos) throw error("Exponent part is missing a number");
      }
      return Ops.num(Double.parseDouble(s.substring(start, pos)));
    }

    private String string() {
      pos++;
      StringBuilder sb = null;
      int chunk = pos;
      while (true) {
        if (pos >= s.length()) throw error("Unterminated string");
        char c = s.charAt(pos);
        if (c == '"') {
          String r = sb == null ? s.substring(chunk, pos) : sb.append(s, chunk, pos).toString();
          pos++;
          return r;
        }
        if (c < 0x20) throw error("Bad control character in string literal");
        if (c == '\\') {
          if (sb == null) sb = new StringBuilder();
          sb.append(s, chunk, pos);
          pos++;
          if (pos >= s.length()) throw error("Bad escaped character");
          char e = s.charAt(pos++);
          switch (e) {
            case '"': sb.append('"'); break;
            case '\\': sb.append('\\'); break;
            case '/': sb.append('/'); break;
            case 'b': sb.append('\b'); break;
            case 'f': sb.append('\f'); break;
            case 'n': sb.append('\n'); break;
            case 'r': sb.append('\r'); break;
            case 't': sb.append('\t'); break;
            case 'u': {
              if (pos + 4 > s.length()) throw error("Bad Unicode escape");
              int v = 0;
              for (int i = 0; i < 4; i++) {
                int d = Character.digit(s.charAt(pos++), 16);
                if (d < 0) throw error("Bad Unicode escape");
                v = v * 16 + d;
              }
              sb.append((char) v);
              break;
            }
            default: throw error("Bad escaped character");
          }
          chunk = pos;
          continue;
        }
        pos++;
      }
    }

    private Object array() {
      pos++;
      List<Object> out = new ArrayList<>();
      skip();
      if (pos < s.length() && s.charAt(pos) == ']') {
        pos++;
        return realm.newArray(new Object[0]);
      }
      while (true) {
        skip();
        out.add(value());
        skip();
        if (pos >= s.length()) throw error("Unexpected end");
        char c = s.charAt(pos++);
        if (c == ']') break;
        if (c != ',') throw error("Unexpected token " + c);
      }
      return realm.newArray(out.toArray());
    }

    private Object object() {
      pos++;
      JsObject o = realm.newObject();
      skip();
      if (pos < s.length() && s.charAt(pos) == '}') {
        pos++;
        return o;
      }
      while (true) {
        skip();
        if (pos >= s.length() || s.charAt(pos) != '"') throw error("Expected property name");
        String k = string();
        skip();
        if (pos >= s.length() || s.charAt(pos) != ':') throw error("Expected ':' after property name");
        pos++;
        skip();
        Object v = value();
        o.defineOwnProperty(k, PropertyDescriptor.data(v, Shape.DEFAULT));
        skip();
        if (pos >= s.length()) throw error("Unexpected end");
        char c = s.charAt(pos++);
        if (c == '}') break;
        if (c != ',') throw error("Unexpected token " + c);
      }
      return o;
    }
  }
}
