package io.pipy.js.builtins;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import java.util.ArrayList;
import java.util.List;

/** {@code Array.prototype.sort}: stable (merge sort), undefined last, holes removed to the end. */
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
    for (long k = 0; k < n; k++) {
      if (!ArrayBuiltins.has(o, k)) continue;
      Object v = ArrayBuiltins.get(realm, ctx, o, k);
      if (v == Ops.UNDEFINED) undefinedCount++;
      else values.add(v);
    }
    Object[] a = values.toArray();
    Object[] tmp = new Object[a.length];
    mergeSort(a, tmp, 0, a.length, realm, ctx, (JsFunction) (cmp instanceof JsFunction f ? f : null));
    long k = 0;
    for (Object v : a) ArrayBuiltins.set(realm, ctx, o, k++, v);
    for (int i = 0; i < undefinedCount; i++) ArrayBuiltins.set(realm, ctx, o, k++, Ops.UNDEFINED);
    for (; k < n; k++) ArrayBuiltins.deleteIndex(realm, o, k);
    return o;
  }

  private static int compare(Object x, Object y, Realm realm, Context ctx, JsFunction cmp) {
    if (cmp != null) {
      double d = Ops.toNumber(cmp.invoke(ctx, Ops.UNDEFINED, new Object[] {x, y}));
      return d < 0 ? -1 : d > 0 ? 1 : 0;
    }
    if (x instanceof Integer a && y instanceof Integer b) return Ops.toString(a).compareTo(Ops.toString(b));
    return Ops.toString(x, ctx).compareTo(Ops.toString(y, ctx));
  }

  private static void mergeSort(Object[] a, Object[] tmp, int lo, int hi, Realm realm, Context ctx, JsFunction cmp) {
    if (hi - lo < 2) return;
    if (hi - lo <= 8) {
      for (int i = lo + 1; i < hi; i++) {
        Object v = a[i];
        int j = i - 1;
        while (j >= lo && compare(a[j], v, realm, ctx, cmp) > 0) {
          a[j + 1] = a[j];
          j--;
        }
        a[j + 1] = v;
      }
      return;
    }
    int mid = (lo + hi) >>> 1;
    mergeSort(a, tmp, lo, mid, realm, ctx, cmp);
    mergeSort(a, tmp, mid, hi, realm, ctx, cmp);
    if (compare(a[mid - 1], a[mid], realm, ctx, cmp) <= 0) return;
    System.arraycopy(a, lo, tmp, lo, hi - lo);
    int i = lo;
    int j = mid;
    int k = lo;
    while (i < mid && j < hi) a[k++] = compare(tmp[j], tmp[i], realm, ctx, cmp) < 0 ? tmp[j++] : tmp[i++];
    while (i < mid) a[k++] = tmp[i++];
    while (j < hi) a[k++] = tmp[j++];
  }
}
