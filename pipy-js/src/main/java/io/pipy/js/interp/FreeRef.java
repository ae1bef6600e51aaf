package io.pipy.js.interp;

import io.pipy.api.script.Undefined;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Shape;

/**
 * A name the file does not declare. Resolved on first use, as Pipy does, in this order: the
 * built-in context variables ({@code __inbound}, {@code __filename}), the file's own and
 * imported context variables, then the global object. Context variables are read from the
 * calling frame's pipeline context, so each stream sees its own values.
 */
final class FreeRef extends Ref {

  private static final int UNRESOLVED = 0;
  private static final int CONTEXT = 1;
  private static final int INBOUND = 2;
  private static final int FILENAME = 3;
  private static final int THREAD = 5;
  private static final int GLOBAL = 4;

  private final ModuleScope module;
  private final boolean strict;
  private int kind = UNRESOLVED;
  private int ctxModule;
  private int ctxSlot;
  private Shape globalShape;
  private int globalSlot;

  FreeRef(String name, ModuleScope module, boolean strict) {
    super(name);
    this.module = module;
    this.strict = strict;
  }

  private boolean resolve() {
    if (name.equals("__inbound")) {
      kind = INBOUND;
      return true;
    }
    if (name.equals("__thread")) {
      kind = THREAD;
      return true;
    }
    if (name.equals("__filename")) {
      kind = FILENAME;
      return true;
    }
    if (module != null) {
      int[] cv = module.lookup(name);
      if (cv != null) {
        kind = CONTEXT;
        ctxModule = cv[0];
        ctxSlot = cv[1];
        return true;
      }
    }
    return false;
  }

  /** Whether the name currently resolves to something (for typeof). */
  boolean exists(Frame f) {
    if (kind != UNRESOLVED && kind != GLOBAL) return true;
    if (resolve()) return true;
    return f.realm.global.hasProperty(name);
  }

  @Override
  Object get(Frame f, int pos) {
    switch (kind) {
      case CONTEXT:
        return f.ctx.variables(ctxModule)[ctxSlot];
      case GLOBAL: {
        JsObject g = f.realm.global;
        if (g.shape == globalShape) {
          Object v = g.slots[globalSlot];
          if (!(v instanceof io.pipy.js.runtime.Accessor)) return v;
        }
        return readGlobal(f, pos);
      }
      case INBOUND: {
        Object in = f.ctx.inbound();
        return in == null ? Undefined.INSTANCE : in;
      }
      case FILENAME:
        return module == null ? Undefined.INSTANCE : module.file();
      case THREAD:
        return thread(f);
      default:
        if (resolve()) return get(f, pos);
        return readGlobal(f, pos);
    }
  }

  private Object readGlobal(Frame f, int pos) {
    JsObject g = f.realm.global;
    int slot = g.findSlot(name);
    if (slot >= 0 && g.shape.cacheable() && (g.shape.flags(slot) & Shape.ACCESSOR) == 0) {
      kind = GLOBAL;
      globalShape = g.shape;
      globalSlot = slot;
      return g.slots[slot];
    }
    if (!g.hasProperty(name)) {
      if (resolve()) return get(f, pos);
      throw Errors.referenceError(name + " is not defined").at(pos);
    }
    kind = GLOBAL;
    globalShape = null;
    return g.get(name, g, f.ctx);
  }

  @Override
  void set(Frame f, Object value, int pos) {
    if (kind == CONTEXT || (kind == UNRESOLVED && resolve() && kind == CONTEXT)) {
      f.ctx.variables(ctxModule)[ctxSlot] = value;
      return;
    }
    if (kind == INBOUND || kind == FILENAME || kind == THREAD) throw Errors.typeError("Cannot assign to '" + name + "'").at(pos);
    JsObject g = f.realm.global;
    if (!g.hasProperty(name)) {
      if (resolve()) {
        set(f, value, pos);
        return;
      }
      if (strict) throw Errors.referenceError(name + " is not defined").at(pos);
    }
    if (!g.set(name, value, g, f.ctx) && strict) {
      throw Errors.typeError("Cannot assign to read only property '" + name + "'").at(pos);
    }
  }

  /** {@code __thread}: the worker as Pipy shows it ({@code id}, {@code concurrency}), one object per realm. */
  private static Object thread(Frame f) {
    io.pipy.js.runtime.JsObject t = f.realm.intrinsicOrNull("__thread");
    if (t == null) {
      t = f.realm.newObject();
      io.pipy.api.Worker w = f.ctx.worker();
      t.defineOwn("id", w.index(), io.pipy.js.runtime.Shape.ENUMERABLE);
      t.defineOwn("concurrency", w.concurrency(), io.pipy.js.runtime.Shape.ENUMERABLE);
      t.preventExtensions();
      f.realm.intrinsic("__thread", t);
    }
    return t;
  }

  @Override
  void init(Frame f, Object value) {
    set(f, value, -1);
  }
}
