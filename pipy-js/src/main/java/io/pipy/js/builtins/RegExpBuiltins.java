package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code RegExp}, {@code RegExp.prototype} and the regular-expression protocol
 * ({@code Symbol.match}, {@code matchAll}, {@code replace}, {@code search}, {@code split}) as
 * ECMAScript specifies it: the algorithms go through {@code exec}, {@code flags} and
 * {@code lastIndex} so that subclasses and patched methods are honoured, and take a fast path
 * through the compiled Java pattern when {@code exec} is the built-in one.
 */
public final class RegExpBuiltins {

  private RegExpBuiltins() {
  }

  /** The result of the built-in exec before it becomes an array. */
  private record Raw(RegExpCompiler.Compiled code, String input, int[] off) {
    int groups() {
      return code.groupCount;
    }

    Object capture(int i) {
      int s = off[2 * i];
      return s < 0 ? Ops.UNDEFINED : input.substring(s, off[2 * i + 1]);
    }
  }

  private static final String[] FLAG_PROPS = {"hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky"};
  private static final String FLAG_CHARS = "dgimsuy";

  static void install(Realm realm) {
    JsObject proto = new JsObject(realm.objectPrototype());
    NativeFunction[] ctorRef = new NativeFunction[1];
    NativeFunction ctor = new NativeFunction(realm, "RegExp", 2,
        (ctx, self, args) -> construct(realm, ctx, args, null, ctorRef[0]),
        (ctx, args, nt) -> construct(realm, ctx, args, nt, ctorRef[0]));
    ctorRef[0] = ctor;
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("RegExp", ctor, Shape.HIDDEN);
    realm.intrinsic("RegExp", ctor);
    realm.intrinsic("RegExpPrototype", proto);
    ctor.defineAccessor(JsSymbol.SPECIES, realm.function("get [Symbol.species]", 0, (ctx, self, args) -> self),
        Ops.UNDEFINED, Shape.CONFIGURABLE);

    // Flag accessors.
    for (int i = 0; i < FLAG_PROPS.length; i++) {
      String name = FLAG_PROPS[i];
      char flag = FLAG_CHARS.charAt(i);
      proto.defineAccessor(name, realm.function("get " + name, 0, (ctx, self, args) -> {
        if (self instanceof RegExpObject r) return r.code.flags.indexOf(flag) >= 0;
        if (self == proto) return Ops.UNDEFINED;
        throw Errors.typeError("RegExp.prototype." + name + " getter called on non-RegExp object");
      }), Ops.UNDEFINED, Shape.CONFIGURABLE);
    }
    proto.defineAccessor("flags", realm.function("get flags", 0, (ctx, self, args) -> {
      if (!(self instanceof JsObject o)) throw Errors.typeError("RegExp.prototype.flags getter called on non-object " + describe(self));
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < FLAG_PROPS.length; i++) {
        if (Ops.toBoolean(o.get(FLAG_PROPS[i], o, ctx))) sb.append(FLAG_CHARS.charAt(i));
      }
      return sb.toString();
    }), Ops.UNDEFINED, Shape.CONFIGURABLE);
    proto.defineAccessor("source", realm.function("get source", 0, (ctx, self, args) -> {
      if (self instanceof RegExpObject r) return escapeSource(r.code.source);
      if (self == proto) return "(?:)";
      throw Errors.typeError("RegExp.prototype.source getter called on non-RegExp object");
    }), Ops.UNDEFINED, Shape.CONFIGURABLE);

    NativeFunction exec = realm.method(proto, "exec", 1, (ctx, self, args) -> {
      if (!(self instanceof RegExpObject r)) {
        throw Errors.typeError("Method RegExp.prototype.exec called on incompatible receiver " + describe(self));
      }
      String s = Ops.toString(Arg.get(args, 0), ctx);
      int[] off = builtinExec(realm, ctx, r, s);
      return off == null ? null : toArray(realm, r.code, s, off);
    });
    realm.intrinsic("RegExpExec", exec);

    realm.method(proto, "test", 1, (ctx, self, args) -> {
      JsObject r = thisObject(self, "RegExp.prototype.test");
      String s = Ops.toString(Arg.get(args, 0), ctx);
      return exec(realm, ctx, r, s) != null;
    });
    realm.method(proto, "toString", 0, (ctx, self, args) -> {
      JsObject r = thisObject(self, "RegExp.prototype.toString");
      String src = Ops.toString(r.get("source", r, ctx), ctx);
      String fl = Ops.toString(r.get("flags", r, ctx), ctx);
      return "/" + src + "/" + fl;
    });
    realm.method(proto, "compile", 2, (ctx, self, args) -> {
      if (!(self instanceof RegExpObject r)) {
        throw Errors.typeError("Method RegExp.prototype.compile called on incompatible receiver " + describe(self));
      }
      Object p = Arg.get(args, 0);
      Object f = Arg.get(args, 1);
      RegExpCompiler.Compiled c;
      if (p instanceof RegExpObject pr) {
        if (f != Ops.UNDEFINED) throw Errors.typeError("Cannot supply flags when constructing one RegExp from another");
        c = pr.code;
      } else {
        c = compile(p == Ops.UNDEFINED ? "" : Ops.toString(p, ctx), f == Ops.UNDEFINED ? "" : Ops.toString(f, ctx));
      }
      r.recompile(c);
      setLastIndex(ctx, r, 0);
      return r;
    });

    proto.defineOwn(JsSymbol.MATCH, realm.function("[Symbol.match]", 1, (ctx, self, args) ->
        symbolMatch(realm, ctx, thisObject(self, "RegExp.prototype[Symbol.match]"), Ops.toString(Arg.get(args, 0), ctx))), Shape.HIDDEN);
    proto.defineOwn(JsSymbol.MATCH_ALL, realm.function("[Symbol.matchAll]", 1, (ctx, self, args) ->
        symbolMatchAll(realm, ctx, thisObject(self, "RegExp.prototype[Symbol.matchAll]"), Ops.toString(Arg.get(args, 0), ctx))), Shape.HIDDEN);
    proto.defineOwn(JsSymbol.REPLACE, realm.function("[Symbol.replace]", 2, (ctx, self, args) ->
        symbolReplace(realm, ctx, thisObject(self, "RegExp.prototype[Symbol.replace]"), Ops.toString(Arg.get(args, 0), ctx),
            Arg.get(args, 1))), Shape.HIDDEN);
    proto.defineOwn(JsSymbol.SEARCH, realm.function("[Symbol.search]", 1, (ctx, self, args) ->
        symbolSearch(realm, ctx, thisObject(self, "RegExp.prototype[Symbol.search]"), Ops.toString(Arg.get(args, 0), ctx))), Shape.HIDDEN);
    proto.defineOwn(JsSymbol.SPLIT, realm.function("[Symbol.split]", 2, (ctx, self, args) ->
        symbolSplit(realm, ctx, thisObject(self, "RegExp.prototype[Symbol.split]"), Ops.toString(Arg.get(args, 0), ctx),
            Arg.get(args, 1))), Shape.HIDDEN);

    JsObject iterProto = new JsObject(realm.iteratorPrototype);
    realm.method(iterProto, "next", 0, (ctx, self, args) -> {
      if (!(self instanceof RegExpStringIterator it)) {
        throw Errors.typeError("Method %RegExpStringIterator%.prototype.next called on incompatible receiver " + describe(self));
      }
      return it.next(realm, ctx);
    });
    iterProto.defineOwn(JsSymbol.TO_STRING_TAG, "RegExp String Iterator", Shape.CONFIGURABLE);
    realm.intrinsic("RegExpStringIteratorPrototype", iterProto);
  }

  // ------------------------------------------------------------------ construction

  private static RegExpCompiler.Compiled compile(String pattern, String flags) {
    RegExpCompiler.checkFlags(flags);
    return RegExpCompiler.compile(pattern, flags);
  }

  /** RegExp(pattern, flags) called ({@code nt == null}) or constructed. */
  private static Object construct(Realm realm, Context ctx, Object[] args, JsObject nt, JsFunction ctor) {
    Object pattern = Arg.get(args, 0);
    Object flags = Arg.get(args, 1);
    JsObject proto = (JsObject) ctor.get("prototype", ctor, ctx);
    if (nt == ctor && pattern instanceof String p && flags instanceof String f) {
      // The common case, and what regular expression literals do.
      return new RegExpObject(proto, compile(p, f));
    }
    boolean patternIsRegExp = isRegExp(ctx, pattern);
    if (nt == null) {
      if (patternIsRegExp && flags == Ops.UNDEFINED) {
        Object pc = ((JsObject) pattern).get("constructor", pattern, ctx);
        if (pc == ctor) return pattern;
      }
      nt = ctor;
    }
    Object p;
    Object f;
    if (pattern instanceof RegExpObject r) {
      p = r.code.source;
      f = flags == Ops.UNDEFINED ? r.code.flags : flags;
    } else if (patternIsRegExp) {
      JsObject po = (JsObject) pattern;
      p = po.get("source", po, ctx);
      f = flags == Ops.UNDEFINED ? po.get("flags", po, ctx) : flags;
    } else {
      p = pattern;
      f = flags;
    }
    if (nt != ctor) {
      Object np = nt.get("prototype", nt, ctx);
      if (np instanceof JsObject npo) proto = npo;
    }
    String ps = p == Ops.UNDEFINED ? "" : Ops.toString(p, ctx);
    String fs = f == Ops.UNDEFINED ? "" : Ops.toString(f, ctx);
    return new RegExpObject(proto, compile(ps, fs));
  }

  /**
   * For the parser, to report an invalid regular expression literal as an early error: the
   * message ("Invalid regular expression: /(/: Unterminated group"), or null if the literal is
   * valid. The translation is cached, so evaluating the literal later costs no recompilation.
   */
  public static String literalError(String pattern, String flags) {
    try {
      compile(pattern, flags);
      return null;
    } catch (io.pipy.js.runtime.JsThrow e) {
      String m = e.getMessage();
      return m.startsWith("SyntaxError: ") ? m.substring("SyntaxError: ".length()) : m;
    }
  }

  /** A new RegExp from the intrinsic constructor (RegExpCreate). */
  static JsObject create(Realm realm, Context ctx, Object pattern, Object flags) {
    JsFunction ctor = (JsFunction) realm.intrinsic("RegExp");
    return (JsObject) ctor.construct(ctx, new Object[] {pattern, flags}, ctor);
  }

  /** IsRegExp: an object whose Symbol.match is truthy, or a RegExp if that is undefined. */
  static boolean isRegExp(Context ctx, Object v) {
    if (!(v instanceof JsObject o)) return false;
    Object m = o.get(JsSymbol.MATCH, o, ctx);
    if (m != Ops.UNDEFINED) return Ops.toBoolean(m);
    return o instanceof RegExpObject;
  }

  /** EscapeRegExpPattern: the source as it can appear between slashes. */
  static String escapeSource(String src) {
    if (src.isEmpty()) return "(?:)";
    StringBuilder sb = null;
    boolean inClass = false;
    for (int i = 0; i < src.length(); i++) {
      char c = src.charAt(i);
      String rep = null;
      if (c == '\\') {
        if (i + 1 < src.length() && !RegExpCompiler.isLineTerminator(src.charAt(i + 1))) {
          if (sb != null) sb.append(c).append(src.charAt(i + 1));
          i++;
          continue;
        }
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (c == '/' && !inClass) {
        rep = "\\/";
      } else if (c == '\n') {
        rep = "\\n";
      } else if (c == '\r') {
        rep = "\\r";
      } else if (c == '\u2028') {
        rep = "\\u2028";
      } else if (c == '\u2029') {
        rep = "\\u2029";
      }
      if (rep != null) {
        if (sb == null) sb = new StringBuilder(src.length() + 8).append(src, 0, i);
        sb.append(rep);
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? src : sb.toString();
  }

  // ------------------------------------------------------------------ exec

  private static JsObject thisObject(Object self, String method) {
    if (self instanceof JsObject o) return o;
    throw Errors.typeError(method + " called on non-object " + describe(self));
  }

  private static String describe(Object v) {
    if (v instanceof String s) return "\"" + s + "\"";
    if (v instanceof JsFunction) return "function";
    if (v instanceof JsObject o) return "#<" + o.className() + ">";
    try {
      return Ops.toString(v);
    } catch (RuntimeException e) {
      return Ops.typeof(v);
    }
  }

  static void setLastIndex(Context ctx, JsObject r, long v) {
    Object value = v <= Integer.MAX_VALUE ? (Object) (int) v : Ops.num((double) v);
    if (!r.set("lastIndex", value, r, ctx)) throw Errors.typeError("Cannot assign to read only property 'lastIndex' of object '" + describe(r) + "'");
  }

  /** RegExpBuiltinExec up to the match: the group offsets, or null; updates lastIndex. */
  private static int[] builtinExec(Realm realm, Context ctx, RegExpObject r, String s) {
    long lastIndex = Ops.toLength(r.get("lastIndex", r, ctx));
    RegExpCompiler.Compiled c = r.code;
    boolean gy = c.global || c.sticky;
    if (!gy) lastIndex = 0;
    if (lastIndex > s.length()) {
      if (gy) setLastIndex(ctx, r, 0);
      return null;
    }
    if (c.unicode && lastIndex > 0 && lastIndex < s.length() && Character.isLowSurrogate(s.charAt((int) lastIndex))
        && Character.isHighSurrogate(s.charAt((int) lastIndex - 1))) {
      // Inside a surrogate pair: unicode mode matches whole code points, so start at the pair.
      lastIndex--;
    }
    int[] off = r.match(c, s, (int) lastIndex, c.sticky);
    if (off == null) {
      if (gy) setLastIndex(ctx, r, 0);
      return null;
    }
    if (gy) setLastIndex(ctx, r, off[1]);
    return off;
  }

  /** The exec result array: captures, index, input, groups (and indices with the d flag). */
  private static JsArray toArray(Realm realm, RegExpCompiler.Compiled c, String s, int[] off) {
    int n = c.groupCount + 1;
    Object[] elems = new Object[n];
    for (int i = 0; i < n; i++) elems[i] = off[2 * i] < 0 ? Ops.UNDEFINED : s.substring(off[2 * i], off[2 * i + 1]);
    JsArray a = realm.newArray(elems);
    a.defineOwn("index", off[0], Shape.DEFAULT);
    a.defineOwn("input", s, Shape.DEFAULT);
    Object groups = Ops.UNDEFINED;
    if (c.names != null) {
      JsObject g = new JsObject((JsObject) null);
      for (int i = 1; i < n; i++) if (c.names[i] != null) g.defineOwn(c.names[i], elems[i], Shape.DEFAULT);
      groups = g;
    }
    a.defineOwn("groups", groups, Shape.DEFAULT);
    if (c.hasIndices) {
      Object[] idx = new Object[n];
      for (int i = 0; i < n; i++) {
        idx[i] = off[2 * i] < 0 ? Ops.UNDEFINED : realm.newArray(new Object[] {off[2 * i], off[2 * i + 1]});
      }
      JsArray indices = realm.newArray(idx);
      Object ig = Ops.UNDEFINED;
      if (c.names != null) {
        JsObject g = new JsObject((JsObject) null);
        for (int i = 1; i < n; i++) if (c.names[i] != null) g.defineOwn(c.names[i], idx[i], Shape.DEFAULT);
        ig = g;
      }
      indices.defineOwn("groups", ig, Shape.DEFAULT);
      a.defineOwn("indices", indices, Shape.DEFAULT);
    }
    return a;
  }

  /**
   * RegExpExec for the algorithms: a {@link Raw} when the built-in exec ran, the object a
   * user-defined exec returned, or null for no match.
   */
  private static Object execRaw(Realm realm, Context ctx, JsObject r, String s) {
    Object exec = r.get("exec", r, ctx);
    if (r instanceof RegExpObject re && exec == realm.intrinsicOrNull("RegExpExec")) {
      int[] off = builtinExec(realm, ctx, re, s);
      return off == null ? null : new Raw(re.code, s, off);
    }
    if (exec instanceof JsFunction f) {
      Object result = f.invoke(ctx, r, new Object[] {s});
      if (result != null && !(result instanceof JsObject)) {
        throw Errors.typeError("object or null expected from exec, got " + Ops.typeof(result));
      }
      return result;
    }
    if (!(r instanceof RegExpObject re)) throw Errors.typeError("RegExp exec method called on incompatible receiver " + describe(r));
    int[] off = builtinExec(realm, ctx, re, s);
    return off == null ? null : new Raw(re.code, s, off);
  }

  /** RegExpExec with the result as the script sees it. */
  static Object exec(Realm realm, Context ctx, JsObject r, String s) {
    Object x = execRaw(realm, ctx, r, s);
    if (x instanceof Raw raw) return toArray(realm, raw.code, raw.input, raw.off);
    return x;
  }

  private static Object toScript(Realm realm, Object result) {
    return result instanceof Raw raw ? toArray(realm, raw.code, raw.input, raw.off) : result;
  }

  /** ToString(Get(result, "0")). */
  private static String matchedString(Context ctx, Object result) {
    if (result instanceof Raw raw) return raw.input.substring(raw.off[0], raw.off[1]);
    JsObject o = (JsObject) result;
    return Ops.toString(o.get("0", o, ctx), ctx);
  }

  static long advance(String s, long index, boolean unicode) {
    if (!unicode || index + 1 >= s.length()) return index + 1;
    return index + Character.charCount(s.codePointAt((int) index));
  }

  private static String flagsOf(Context ctx, JsObject r) {
    return Ops.toString(r.get("flags", r, ctx), ctx);
  }

  // ------------------------------------------------------------------ the protocol

  static Object symbolMatch(Realm realm, Context ctx, JsObject r, String s) {
    // ES2020 (and V8) read "global" and "unicode" here rather than "flags".
    if (!Ops.toBoolean(r.get("global", r, ctx))) return exec(realm, ctx, r, s);
    boolean unicode = Ops.toBoolean(r.get("unicode", r, ctx));
    setLastIndex(ctx, r, 0);
    List<Object> out = new ArrayList<>();
    while (true) {
      Object result = execRaw(realm, ctx, r, s);
      if (result == null) return out.isEmpty() ? null : realm.newArray(out.toArray());
      String m = matchedString(ctx, result);
      out.add(m);
      if (m.isEmpty()) {
        long thisIndex = Ops.toLength(r.get("lastIndex", r, ctx));
        setLastIndex(ctx, r, advance(s, thisIndex, unicode));
      }
    }
  }

  static Object symbolSearch(Realm realm, Context ctx, JsObject r, String s) {
    Object previous = r.get("lastIndex", r, ctx);
    if (!Ops.sameValue(previous, 0)) setLastIndex0(ctx, r, 0);
    Object result = execRaw(realm, ctx, r, s);
    Object current = r.get("lastIndex", r, ctx);
    if (!Ops.sameValue(current, previous)) setLastIndex0(ctx, r, previous);
    if (result == null) return -1;
    if (result instanceof Raw raw) return raw.off[0];
    return ((JsObject) result).get("index", result, ctx);
  }

  private static void setLastIndex0(Context ctx, JsObject r, Object v) {
    if (!r.set("lastIndex", v, r, ctx)) throw Errors.typeError("Cannot assign to read only property 'lastIndex' of object '" + describe(r) + "'");
  }

  /** SpeciesConstructor(r, %RegExp%). */
  private static JsFunction speciesConstructor(Realm realm, Context ctx, JsObject r) {
    JsFunction dflt = (JsFunction) realm.intrinsic("RegExp");
    Object c = r.get("constructor", r, ctx);
    if (c == Ops.UNDEFINED) return dflt;
    if (!(c instanceof JsObject co)) throw Errors.typeError("The .constructor property is not an object");
    Object s = co.get(JsSymbol.SPECIES, co, ctx);
    if (s == null || s == Ops.UNDEFINED) return dflt;
    if (s instanceof JsFunction f && f.isConstructor()) return f;
    throw Errors.typeError("object.constructor[Symbol.species] is not a constructor");
  }

  static Object symbolMatchAll(Realm realm, Context ctx, JsObject r, String s) {
    JsFunction c = speciesConstructor(realm, ctx, r);
    String flags = flagsOf(ctx, r);
    Object matcher = c.construct(ctx, new Object[] {r, flags}, c);
    if (!(matcher instanceof JsObject m)) throw Errors.typeError("RegExp species constructor returned a non-object");
    long lastIndex = Ops.toLength(r.get("lastIndex", r, ctx));
    setLastIndex(ctx, m, lastIndex);
    return new RegExpStringIterator(realm.intrinsic("RegExpStringIteratorPrototype"), m, s,
        flags.indexOf('g') >= 0, flags.indexOf('u') >= 0);
  }

  /** %RegExpStringIterator%. */
  static final class RegExpStringIterator extends JsObject {
    final JsObject matcher;
    final String s;
    final boolean global;
    final boolean unicode;
    boolean done;

    RegExpStringIterator(JsObject proto, JsObject matcher, String s, boolean global, boolean unicode) {
      super(proto);
      this.matcher = matcher;
      this.s = s;
      this.global = global;
      this.unicode = unicode;
    }

    @Override
    public String className() {
      return "RegExp String Iterator";
    }

    Object next(Realm realm, Context ctx) {
      if (done) return IteratorBuiltins.result(realm, Ops.UNDEFINED, true);
      Object result = execRaw(realm, ctx, matcher, s);
      if (result == null) {
        done = true;
        return IteratorBuiltins.result(realm, Ops.UNDEFINED, true);
      }
      if (!global) {
        done = true;
        return IteratorBuiltins.result(realm, toScript(realm, result), false);
      }
      if (matchedString(ctx, result).isEmpty()) {
        long thisIndex = Ops.toLength(matcher.get("lastIndex", matcher, ctx));
        setLastIndex(ctx, matcher, advance(s, thisIndex, unicode));
      }
      return IteratorBuiltins.result(realm, toScript(realm, result), false);
    }
  }

  static Object symbolReplace(Realm realm, Context ctx, JsObject r, String s, Object replaceValue) {
    int length = s.length();
    JsFunction fn = replaceValue instanceof JsFunction f ? f : null;
    String template = fn == null ? Ops.toString(replaceValue, ctx) : null;
    boolean global = Ops.toBoolean(r.get("global", r, ctx));
    boolean unicode = false;
    if (global) {
      unicode = Ops.toBoolean(r.get("unicode", r, ctx));
      setLastIndex(ctx, r, 0);
    }
    List<Object> results = new ArrayList<>();
    while (true) {
      Object result = execRaw(realm, ctx, r, s);
      if (result == null) break;
      results.add(result);
      if (!global) break;
      if (matchedString(ctx, result).isEmpty()) {
        long thisIndex = Ops.toLength(r.get("lastIndex", r, ctx));
        setLastIndex(ctx, r, advance(s, thisIndex, unicode));
      }
    }
    StringBuilder acc = new StringBuilder();
    int nextSourcePosition = 0;
    for (Object result : results) {
      String matched;
      int position;
      Object[] captures;
      Object namedCaptures;
      if (result instanceof Raw raw) {
        matched = s.substring(raw.off[0], raw.off[1]);
        position = raw.off[0];
        captures = new Object[raw.groups()];
        for (int i = 0; i < captures.length; i++) captures[i] = raw.capture(i + 1);
        namedCaptures = Ops.UNDEFINED;
        if (raw.code.names != null) {
          JsObject g = new JsObject((JsObject) null);
          for (int i = 1; i <= captures.length; i++) {
            if (raw.code.names[i] != null) g.defineOwn(raw.code.names[i], captures[i - 1], Shape.DEFAULT);
          }
          namedCaptures = g;
        }
      } else {
        JsObject o = (JsObject) result;
        long nCaptures = Math.max(Ops.toLength(o.get("length", o, ctx)) - 1, 0);
        matched = Ops.toString(o.get("0", o, ctx), ctx);
        double pos = Ops.toInteger(o.get("index", o, ctx));
        position = (int) Math.max(Math.min(pos, length), 0);
        captures = new Object[(int) Math.min(nCaptures, 100_000)];
        for (int i = 0; i < captures.length; i++) {
          Object cap = o.get(ArrayBuiltins.key(i + 1), o, ctx);
          captures[i] = cap == Ops.UNDEFINED ? cap : Ops.toString(cap, ctx);
        }
        namedCaptures = o.get("groups", o, ctx);
      }
      String replacement;
      if (fn != null) {
        boolean named = namedCaptures != Ops.UNDEFINED;
        Object[] args = new Object[captures.length + 3 + (named ? 1 : 0)];
        args[0] = matched;
        System.arraycopy(captures, 0, args, 1, captures.length);
        args[captures.length + 1] = position;
        args[captures.length + 2] = s;
        if (named) args[captures.length + 3] = namedCaptures;
        replacement = Ops.toString(fn.invoke(ctx, Ops.UNDEFINED, args), ctx);
      } else {
        JsObject named = namedCaptures == Ops.UNDEFINED ? null : (JsObject) Ops.toObject(realm, namedCaptures);
        StringBuilder sb = new StringBuilder();
        StringBuiltins.appendSubstitution(sb, template, s, position, matched, captures, named, ctx);
        replacement = sb.toString();
      }
      if (position >= nextSourcePosition) {
        acc.append(s, nextSourcePosition, position).append(replacement);
        nextSourcePosition = position + matched.length();
      }
    }
    if (nextSourcePosition >= length) return acc.toString();
    return acc.append(s, nextSourcePosition, length).toString();
  }

  static Object symbolSplit(Realm realm, Context ctx, JsObject r, String s, Object limit) {
    JsFunction c = speciesConstructor(realm, ctx, r);
    String flags = flagsOf(ctx, r);
    boolean unicode = flags.indexOf('u') >= 0;
    String newFlags = flags.indexOf('y') >= 0 ? flags : flags + "y";
    JsFunction intrinsic = (JsFunction) realm.intrinsic("RegExp");
    JsObject regExpProto = realm.intrinsic("RegExpPrototype");
    boolean fast = c == intrinsic && r instanceof RegExpObject
        && regExpProto.getOwnRaw("exec") == realm.intrinsicOrNull("RegExpExec");
    JsObject splitter = null;
    RegExpCompiler.Compiled code = null;
    if (fast) {
      // What the spec's splitter would be, without the object: same source, new flags.
      code = compile(((RegExpObject) r).code.source, newFlags);
    } else {
      Object sp = c.construct(ctx, new Object[] {r, newFlags}, c);
      if (!(sp instanceof JsObject spo)) throw Errors.typeError("RegExp species constructor returned a non-object");
      splitter = spo;
    }
    JsArray a = realm.newArray();
    long lim = limit == Ops.UNDEFINED ? 4294967295L : Ops.toUint32(limit);
    if (lim == 0) return a;
    int size = s.length();
    if (size == 0) {
      Object z = fast ? ((RegExpObject) r).match(code, s, 0, true) : execRaw(realm, ctx, splitter, s);
      if (z == null) a.push(s);
      return a;
    }
    int p = 0;
    int q = 0;
    while (q < size) {
      int e;
      Object[] caps;
      if (fast) {
        // Searching forward finds the first q at which the sticky splitter would match.
        int[] off = ((RegExpObject) r).match(code, s, q, false);
        if (off == null) break;
        q = off[0];
        e = Math.min(off[1], size);
        if (q >= size) break;
        if (e == p) {
          q = (int) advance(s, q, unicode);
          continue;
        }
        caps = new Object[code.groupCount];
        Raw raw = new Raw(code, s, off);
        for (int i = 0; i < caps.length; i++) caps[i] = raw.capture(i + 1);
      } else {
        setLastIndex(ctx, splitter, q);
        Object z = execRaw(realm, ctx, splitter, s);
        if (z == null) {
          q = (int) advance(s, q, unicode);
          continue;
        }
        e = (int) Math.min(Ops.toLength(splitter.get("lastIndex", splitter, ctx)), size);
        if (e == p) {
          q = (int) advance(s, q, unicode);
          continue;
        }
        if (z instanceof Raw raw) {
          caps = new Object[raw.groups()];
          for (int i = 0; i < caps.length; i++) caps[i] = raw.capture(i + 1);
        } else {
          JsObject zo = (JsObject) z;
          long n = Math.max(Ops.toLength(zo.get("length", zo, ctx)) - 1, 0);
          caps = new Object[(int) Math.min(n, 100_000)];
          for (int i = 0; i < caps.length; i++) caps[i] = zo.get(ArrayBuiltins.key(i + 1), zo, ctx);
        }
      }
      a.push(s.substring(p, q));
      if (a.length == lim) return a;
      p = e;
      for (Object cap : caps) {
        a.push(cap);
        if (a.length == lim) return a;
      }
      q = p;
    }
    a.push(s.substring(p, size));
    return a;
  }
}
