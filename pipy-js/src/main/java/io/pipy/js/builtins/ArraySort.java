package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsArray;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code Array.prototype.sort}: stable (merge sort); undefined values sort after all others and
 * holes go to the end (as absent properties), as the language specifies.
 */
final class ArraySort {

  private ArraySort() {
  }

  static Object sort(Realm realm, Context ctx, Object self, Object cmp) {
    if (cmp != Ops.UNDEFINED && !(cmp instanceof JsFunction)) {
      throw Errors.typeError("The comparison function must be either a function or undefined");
    }
    Object o = Ops.toObject(realm, self);
    long n = ArrayBuiltins.length(realm, ctx, o);
    List<Object> values = new ArrayList<>();
    int undefinedCount = 0;
    boolean dense = ArrayBuiltins.isPlainDense(o);
    ArrayBuiltins.Indexes idx = dense ? ArrayBuiltins.Indexes.ALL : ArrayBuiltins.Indexes.of(o, n);
    for (long k = 0; k < n; k++) {
      Object v;
      if (dense) {
        v = ((JsArray) o).elems[(int) k];
        if (v == JsArray.HOLE) continue;
      } else {
        k = idx.next(k, n);
        if (k >= n || !ArrayBuiltins.has(o, k)) continue;
        v = ArrayBuiltins.get(realm, ctx, o, k);
      }
      if (v == Ops.UNDEFINED) undefinedCount++;
      else values.add(v);
    }
    Object[] a = values.toArray();
    if (cmp instanceof JsFunction f) {
      mergeSort(a, new Object[a.length], 0, a.length, (x, y) -> {
        double d = Ops.toNumber(f.invoke(ctx, Ops.UNDEFINED, new Object[] {x, y}));
        return d < 0 ? -1 : d > 0 ? 1 : 0;
      });
    } else {
      // Each value's string form once, then a stable sort of (string, value) pairs by UTF-16 units.
      Object[][] pairs = new Object[a.length][];
      for (int i = 0; i < a.length; i++) pairs[i] = new Object[] {Ops.toString(a[i], ctx), a[i]};
      Arrays.sort(pairs, (x, y) -> ((String) x[0]).compareTo((String) y[0]));
      for (int i = 0; i < a.length; i++) a[i] = pairs[i][1];
    }
    if (dense && ArrayBuiltins.isPlainDense(o) && ((JsArray) o).length == n) {
      Object[] e = ((JsArray) o).elems;
      System.arraycopy(a, 0, e, 0, a.length);
      Arrays.fill(e, a.length, a.length + undefinedCount, Ops.UNDEFINED);
      Arrays.fill(e, a.length + undefinedCount, (int) n, JsArray.HOLE);
      return o;
    }
    long k = 0;
    for (Object v : a) ArrayBuiltins.set(realm, ctx, o, k++, v);
    for (int i = 0; i < undefinedCount; i++) ArrayBuiltins.set(realm, ctx, o, k++, Ops.UNDEFINED);
    ArrayBuiltins.Indexes after = ArrayBuiltins.Indexes.of(o, n);
    for (; k < n; k++) {
      k = after.next(k, n);
      if (k < n) ArrayBuiltins.deleteIndex(realm, o, k);
    }
    return o;
  }

  interface Cmp {
    int compare(Object x, Object y);
  }

  private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Cmp cmp) {
    if (hi - lo < 2) return;
    if (hi - lo <= 8) {
      for (int i = lo + 1; i < hi; i++) {
        Object v = a[i];
        int j = i - 1;
        while (j >= lo && cmp.compare(a[j], v) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, cmp);
    mergeSort(a, tmp, mid, hi, cmp);
    if (cmp.compare(a[mid - 1], a[mid]) <= 0) return;
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) a[k++] = cmp.compare(tmp[j], tmp[i]) < 0 ? tmp[j++] : tmp[i++];
    while (i < mid) a[k++] = tmp[i++];
    while (j < hi) a[k++] = tmp[j++];
  }
}
