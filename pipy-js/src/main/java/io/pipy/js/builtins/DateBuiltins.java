package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsDate;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsSymbol;
import io.pipy.js.runtime.NativeFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.runtime.Realm;
import io.pipy.js.runtime.Shape;

/** Date (ECMAScript 2020); the arithmetic, formats and parser live in {@link JsDate}. */
public final class DateBuiltins {

  private DateBuiltins() {
  }

  private static double now() {
    return (double) System.currentTimeMillis();
  }

  static double thisTime(Object self) {
    if (self instanceof JsDate d) return d.time;
    throw Errors.typeError("this is not a Date object.");
  }

  private static JsDate thisDate(Object self) {
    if (self instanceof JsDate d) return d;
    throw Errors.typeError("this is not a Date object.");
  }

  private static double num(Object[] args, int i) {
    return Ops.toNumber(Arg.get(args, i));
  }

  /** The value of a time component: a number, NaN for invalid dates. */
  private static Object value(double d) {
    return Ops.num(d);
  }

  /** Year, month, … from the constructor's or Date.UTC's arguments, as a local/UTC time. */
  private static double fromComponents(Object[] args) {
    double y = num(args, 0);
    double m = args.length > 1 ? num(args, 1) : 0;
    double dt = args.length > 2 ? num(args, 2) : 1;
    double h = args.length > 3 ? num(args, 3) : 0;
    double min = args.length > 4 ? num(args, 4) : 0;
    double s = args.length > 5 ? num(args, 5) : 0;
    double ms = args.length > 6 ? num(args, 6) : 0;
    double yr = y;
    if (y == y) {
      double yi = y < 0 ? Math.ceil(y) : Math.floor(y);
      if (yi >= 0 && yi <= 99) yr = 1900 + yi;
    }
    return JsDate.makeDate(JsDate.makeDay(yr, m, dt), JsDate.makeTime(h, min, s, ms));
  }

  static void install(Realm realm) {
    JsObject proto = new JsObject(realm.objectPrototype());
    NativeFunction ctor = new NativeFunction(realm, "Date", 7,
        (ctx, self, args) -> JsDate.toDateString(now()),
        (ctx, args, nt) -> {
          JsObject p = proto;
          if (nt != null && nt.get("prototype", nt, ctx) instanceof JsObject np) p = np;
          double tv;
          if (args.length == 0) {
            tv = now();
          } else if (args.length == 1) {
            Object v = args[0];
            if (v instanceof JsDate d) {
              tv = d.time;
            } else {
              Object prim = Ops.toPrimitive(v, "default", ctx);
              tv = prim instanceof String s ? JsDate.parse(s) : Ops.toNumber(prim);
            }
          } else {
            tv = JsDate.utc(fromComponents(args));
          }
          return new JsDate(p, JsDate.timeClip(tv));
        });
    ctor.defineOwn("prototype", proto, 0);
    proto.defineOwn("constructor", ctor, Shape.HIDDEN);
    realm.global.defineOwn("Date", ctor, Shape.HIDDEN);
    realm.intrinsic("Date", ctor);
    realm.intrinsic("DatePrototype", proto);

    realm.method(ctor, "now", 0, (ctx, self, args) -> value(now()));
    realm.method(ctor, "parse", 1, (ctx, self, args) -> value(JsDate.parse(Ops.toString(Arg.get(args, 0), ctx))));
    realm.method(ctor, "UTC", 7, (ctx, self, args) -> {
      if (args.length == 0) return Double.NaN;
      return value(JsDate.timeClip(fromComponents(args)));
    });

    // ---------------------------------------------------------------- getters
    getter(realm, proto, "getTime", t -> t, false);
    realm.method(proto, "valueOf", 0, (ctx, self, args) -> value(thisTime(self)));
    getter(realm, proto, "getFullYear", t -> (double) f(t).year, true);
    getter(realm, proto, "getUTCFullYear", t -> (double) f(t).year, false);
    getter(realm, proto, "getMonth", t -> (double) f(t).month, true);
    getter(realm, proto, "getUTCMonth", t -> (double) f(t).month, false);
    getter(realm, proto, "getDate", t -> (double) f(t).date, true);
    getter(realm, proto, "getUTCDate", t -> (double) f(t).date, false);
    getter(realm, proto, "getDay", t -> (double) f(t).weekDay, true);
    getter(realm, proto, "getUTCDay", t -> (double) f(t).weekDay, false);
    getter(realm, proto, "getHours", t -> (double) f(t).hours, true);
    getter(realm, proto, "getUTCHours", t -> (double) f(t).hours, false);
    getter(realm, proto, "getMinutes", t -> (double) f(t).minutes, true);
    getter(realm, proto, "getUTCMinutes", t -> (double) f(t).minutes, false);
    getter(realm, proto, "getSeconds", t -> (double) f(t).seconds, true);
    getter(realm, proto, "getUTCSeconds", t -> (double) f(t).seconds, false);
    getter(realm, proto, "getMilliseconds", t -> (double) f(t).ms, true);
    getter(realm, proto, "getUTCMilliseconds", t -> (double) f(t).ms, false);
    getter(realm, proto, "getYear", t -> (double) (f(t).year - 1900), true);
    realm.method(proto, "getTimezoneOffset", 0, (ctx, self, args) -> {
      double t = thisTime(self);
      if (t != t) return Double.NaN;
      return value((t - JsDate.localTime(t)) / 60000);
    });

    // ---------------------------------------------------------------- setters
    realm.method(proto, "setTime", 1, (ctx, self, args) -> {
      JsDate d = thisDate(self);
      return store(d, JsDate.timeClip(num(args, 0)));
    });
    for (boolean local : new boolean[] {true, false}) {
      String u = local ? "" : "UTC";
      realm.method(proto, "set" + u + "Milliseconds", 1, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double ms = num(args, 0);
        double time = JsDate.makeTime(comp(t, 3), comp(t, 4), comp(t, 5), ms);
        return store(d, finish(JsDate.makeDate(JsDate.day(t), time), local));
      });
      realm.method(proto, "set" + u + "Seconds", 2, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double s = num(args, 0);
        double ms = args.length > 1 ? num(args, 1) : comp(t, 6);
        double date = JsDate.makeDate(JsDate.day(t), JsDate.makeTime(comp(t, 3), comp(t, 4), s, ms));
        return store(d, finish(date, local));
      });
      realm.method(proto, "set" + u + "Minutes", 3, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double m = num(args, 0);
        double s = args.length > 1 ? num(args, 1) : comp(t, 5);
        double ms = args.length > 2 ? num(args, 2) : comp(t, 6);
        double date = JsDate.makeDate(JsDate.day(t), JsDate.makeTime(comp(t, 3), m, s, ms));
        return store(d, finish(date, local));
      });
      realm.method(proto, "set" + u + "Hours", 4, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double h = num(args, 0);
        double m = args.length > 1 ? num(args, 1) : comp(t, 4);
        double s = args.length > 2 ? num(args, 2) : comp(t, 5);
        double ms = args.length > 3 ? num(args, 3) : comp(t, 6);
        double date = JsDate.makeDate(JsDate.day(t), JsDate.makeTime(h, m, s, ms));
        return store(d, finish(date, local));
      });
      realm.method(proto, "set" + u + "Date", 1, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double dt = num(args, 0);
        double day = JsDate.makeDay(comp(t, 0), comp(t, 1), dt);
        return store(d, finish(JsDate.makeDate(day, JsDate.timeWithinDay(t)), local));
      });
      realm.method(proto, "set" + u + "Month", 2, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = local ? JsDate.localTime(d.time) : d.time;
        double m = num(args, 0);
        double dt = args.length > 1 ? num(args, 1) : comp(t, 2);
        double day = JsDate.makeDay(comp(t, 0), m, dt);
        return store(d, finish(JsDate.makeDate(day, JsDate.timeWithinDay(t)), local));
      });
      realm.method(proto, "set" + u + "FullYear", 3, (ctx, self, args) -> {
        JsDate d = thisDate(self);
        double t = d.time != d.time ? 0 : local ? JsDate.localTime(d.time) : d.time;
        double y = num(args, 0);
        double m = args.length > 1 ? num(args, 1) : comp(t, 1);
        double dt = args.length > 2 ? num(args, 2) : comp(t, 2);
        double day = JsDate.makeDay(y, m, dt);
        return store(d, finish(JsDate.makeDate(day, JsDate.timeWithinDay(t)), local));
      });
    }
    realm.method(proto, "setYear", 1, (ctx, self, args) -> {
      JsDate d = thisDate(self);
      double t = d.time != d.time ? 0 : JsDate.localTime(d.time);
      double y = num(args, 0);
      if (y != y) return store(d, Double.NaN);
      double yi = y < 0 ? Math.ceil(y) : Math.floor(y);
      if (yi >= 0 && yi <= 99) yi += 1900;
      double day = JsDate.makeDay(yi, comp(t, 1), comp(t, 2));
      return store(d, finish(JsDate.makeDate(day, JsDate.timeWithinDay(t)), true));
    });

    // ---------------------------------------------------------------- conversions
    realm.method(proto, "toString", 0, (ctx, self, args) -> JsDate.toDateString(thisTime(self)));
    realm.method(proto, "toDateString", 0, (ctx, self, args) -> {
      double t = thisTime(self);
      return t != t ? "Invalid Date" : JsDate.dateString(t);
    });
    realm.method(proto, "toTimeString", 0, (ctx, self, args) -> {
      double t = thisTime(self);
      return t != t ? "Invalid Date" : JsDate.timeString(t);
    });
    NativeFunction utc = realm.method(proto, "toUTCString", 0, (ctx, self, args) -> JsDate.utcString(thisTime(self)));
    proto.defineOwn("toGMTString", utc, Shape.HIDDEN);
    realm.method(proto, "toISOString", 0, (ctx, self, args) -> {
      String s = JsDate.isoString(thisTime(self));
      if (s == null) throw Errors.rangeError("Invalid time value");
      return s;
    });
    realm.method(proto, "toJSON", 1, (ctx, self, args) -> {
      Object o = Ops.toObject(realm, self);
      Object tv = Ops.toPrimitive(o, "number", ctx);
      if (Ops.isNumber(tv) && !Double.isFinite(Ops.toNumber(tv))) return null;
      Object f = Props.get(realm, o, "toISOString", ctx);
      if (!(f instanceof JsFunction fn)) throw Errors.typeError("toISOString is not a function");
      return fn.invoke(ctx, o, Ops.NO_ARGS);
    });
    realm.method(proto, "toLocaleString", 0, (ctx, self, args) -> {
      double t = thisTime(self);
      return t != t ? "Invalid Date" : JsDate.localeDateString(t) + ", " + JsDate.localeTimeString(t);
    });
    realm.method(proto, "toLocaleDateString", 0, (ctx, self, args) -> JsDate.localeDateString(thisTime(self)));
    realm.method(proto, "toLocaleTimeString", 0, (ctx, self, args) -> JsDate.localeTimeString(thisTime(self)));
    proto.defineOwn(JsSymbol.TO_PRIMITIVE, realm.function("[Symbol.toPrimitive]", 1, (ctx, self, args) -> {
      if (!(self instanceof JsObject o)) throw Errors.typeError("Date.prototype [ @@toPrimitive ] called on non-object");
      Object hint = Arg.get(args, 0);
      boolean stringFirst;
      if ("string".equals(hint) || "default".equals(hint)) stringFirst = true;
      else if ("number".equals(hint)) stringFirst = false;
      else throw Errors.typeError("Invalid hint: " + CollectionBuiltins.describe(hint));
      return ordinaryToPrimitive(o, stringFirst, ctx);
    }), Shape.CONFIGURABLE);
  }

  private static Object ordinaryToPrimitive(JsObject o, boolean stringFirst, Context ctx) {
    String[] order = stringFirst ? new String[] {"toString", "valueOf"} : new String[] {"valueOf", "toString"};
    for (String name : order) {
      Object m = o.get(name, o, ctx);
      if (m instanceof JsFunction f) {
        Object r = f.invoke(ctx, o, Ops.NO_ARGS);
        if (!Ops.isObject(r)) return r;
      }
    }
    throw Errors.typeError("Cannot convert object to primitive value");
  }

  private static JsDate.Fields f(double t) {
    return JsDate.fields(t);
  }

  /** Component {@code i} (0 year, 1 month, 2 date, 3 hours, 4 minutes, 5 seconds, 6 ms) of t, NaN if t is. */
  private static double comp(double t, int i) {
    JsDate.Fields f = JsDate.fields(t);
    if (f == null) return Double.NaN;
    return switch (i) {
      case 0 -> f.year;
      case 1 -> f.month;
      case 2 -> f.date;
      case 3 -> f.hours;
      case 4 -> f.minutes;
      case 5 -> f.seconds;
      default -> f.ms;
    };
  }

  private static double finish(double date, boolean local) {
    return JsDate.timeClip(local ? JsDate.utc(date) : date);
  }

  private static Object store(JsDate d, double tv) {
    d.time = tv;
    return value(tv);
  }

  private interface Getter {
    double get(double t);
  }

  private static void getter(Realm realm, JsObject proto, String name, Getter g, boolean local) {
    realm.method(proto, name, 0, (ctx, self, args) -> {
      double t = thisTime(self);
      if (t != t) return Double.NaN;
      return value(g.get(local ? JsDate.localTime(t) : t));
    });
  }
}
