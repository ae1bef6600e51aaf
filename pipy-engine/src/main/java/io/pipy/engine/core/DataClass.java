package io.pipy.engine.core;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * The script class {@code Data}. Every {@code Data} a script makes is GC-heap memory (see
 * {@link Data}), so scripts can keep it as long as they like.
 */
final class DataClass {

  private DataClass() {
  }

  static final HostClass<Data> CLASS = HostClass.builder("Data", Data.class)
      .constructor(DataClass::construct)
      .staticMember("from", HostFunction.of("from", 2, (ctx, self, args) -> {
        Object text = Args.get(args, 0);
        if (!(text instanceof CharSequence)) throw ScriptError.typeError("Data.from: expected a string");
        DataEncoding enc = DataEncoding.of("Data.from", Args.get(args, 1));
        try {
          return Data.wrap(enc.decode(text.toString()));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }))
      .getter("size", Data::size)
      .method("push", 1, (ctx, d, args) -> {
        Object v = Args.get(args, 0);
        if (v instanceof Data other) {
          d.push(other.forScript());
        } else if (v instanceof CharSequence s) {
          d.push(s.toString());
        } else {
          throw ScriptError.typeError("Data.push: expected a string or a Data, got " + Values.typeName(v));
        }
        return d;
      })
      .method("shift", 1, (ctx, d, args) -> d.shift(count("Data.shift", args)))
      .method("pop", 1, (ctx, d, args) -> pop(d, count("Data.pop", args)))
      .method("shiftTo", 1, (ctx, d, args) -> shiftScan(ctx, d, args, true))
      .method("shiftWhile", 1, (ctx, d, args) -> shiftScan(ctx, d, args, false))
      .method("toArray", 0, (ctx, d, args) -> {
        byte[] bytes = d.toBytes();
        List<Object> list = new ArrayList<>(bytes.length);
        for (byte b : bytes) list.add(b & 0xff);
        return ctx.worker().scripts().newArray(list);
      })
      .method("toString", 1, (ctx, d, args) -> {
        DataEncoding enc = DataEncoding.of("Data.toString", Args.get(args, 0));
        return enc == DataEncoding.UTF8 ? d.toString() : enc.encode(d.toBytes());
      })
      .build();

  private static Data construct(Context ctx, Object[] args) {
    Object a0 = Args.get(args, 0);
    if (Args.absent(a0)) return new Data();
    if (a0 instanceof Data d) return d.forScript();
    if (a0 instanceof CharSequence s) {
      DataEncoding enc = DataEncoding.of("new Data", Args.get(args, 1));
      try {
        return Data.wrap(enc.decode(s.toString()));
      } catch (IllegalArgumentException e) {
        throw ScriptError.typeError("new Data: the text is not valid " + enc.name().toLowerCase());
      }
    }
    if (a0 instanceof ScriptArray arr) {
      byte[] bytes = new byte[arr.length()];
      for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) toInt32(Values.toNumber(arr.get(i)));
      return Data.wrap(bytes);
    }
    if (a0 instanceof ScriptObject) throw ScriptError.typeError("new Data: expected a string, an array of bytes or a Data");
    throw ScriptError.typeError("new Data: expected a string, an array of bytes or a Data, got " + Values.typeName(a0));
  }

  /** A byte count argument: required, as in Pipy; negative counts mean none. */
  private static int count(String where, Object[] args) {
    if (args.length < 1) throw new ScriptError(where + ": requires 1 or more arguments");
    Object v = args[0];
    if (!(v instanceof Number n)) throw ScriptError.typeError(where + ": argument #1 expects a number, got " + Values.typeName(v));
    return (int) toInt32(n.doubleValue());
  }

  /** ECMAScript ToInt32 of a number (NaN and infinities are 0). */
  private static long toInt32(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return 0;
    return (int) (long) d;
  }

  /** Removes the last {@code n} bytes (all if fewer) and returns them; Pipy's {@code data.pop(n)}. */
  private static Data pop(Data d, int n) {
    if (n <= 0) return new Data();
    Data front = d.shift(d.size() - n);
    Data back = new Data().push(d);
    d.push(front);
    return back;
  }

  /** Shifts bytes while (or up to and including the byte where) the scanner says so. */
  private static Data shiftScan(Context ctx, Data d, Object[] args, boolean untilTrue) {
    if (!(Args.get(args, 0) instanceof ScriptFunction f)) {
      throw ScriptError.typeError("Data." + (untilTrue ? "shiftTo" : "shiftWhile") + ": expected a function");
    }
    int n = 0;
    int size = d.size();
    while (n < size) {
      boolean r = Values.truthy(f.call1(ctx, d.byteAt(n)));
      if (untilTrue) {
        n++;
        if (r) break;
      } else {
        if (!r) break;
        n++;
      }
    }
    return d.shift(n);
  }
}
