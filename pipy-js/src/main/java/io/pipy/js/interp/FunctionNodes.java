package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsFunction;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PropertyDescriptor;
import io.pipy.js.runtime.Shape;
import java.util.ArrayList;
import java.util.List;

/** Function and class definitions: each evaluation makes a new closure over the current environment. */
final class FunctionNodes {

  private FunctionNodes() {
  }

  /** Makes a closure for {@code code} in frame {@code f}, with its standard properties. */
  static Closure makeClosure(Frame f, FunctionCode code, JsObject proto) {
    Closure c = new Closure(f.realm, proto == null ? f.realm.functionPrototype() : proto, code, f.env);
    c.defineOwn("length", code.length, Shape.CONFIGURABLE);
    c.defineOwn("name", code.name == null ? "" : code.name, Shape.CONFIGURABLE);
    if (code.isArrow()) {
      c.homeFrame = f.code.isArrow() ? f.callee.homeFrame : f;
    } else if (code.constructable && !code.isClassConstructor) {
      JsObject prototype = new JsObject(f.realm.objectPrototype());
      prototype.defineOwn("constructor", c, Shape.HIDDEN);
      c.defineOwn("prototype", prototype, Shape.WRITABLE);
    }
    if (code.kind == io.pipy.js.syntax.Ast.FunctionKind.METHOD || code.kind == io.pipy.js.syntax.Ast.FunctionKind.GETTER
        || code.kind == io.pipy.js.syntax.Ast.FunctionKind.SETTER) {
      // Methods are never constructors and have no prototype.
    }
    return c;
  }

  /** A function or arrow expression. */
  static final class FunctionExpr extends Expr {
    final FunctionCode code;

    FunctionExpr(int pos, FunctionCode code) {
      super(pos);
      this.code = code;
    }

    @Override
    Object eval(Frame f) {
      return makeClosure(f, code, null);
    }
  }

  /** One class element, evaluated when the class is defined. */
  static final class Member {
    final boolean isStatic;
    /** 0 method, 1 getter, 2 setter, 3 field. */
    final int kind;
    final String key;
    final Expr computedKey;
    final boolean isPrivate;
    final FunctionCode code;

    Member(boolean isStatic, int kind, String key, Expr computedKey, boolean isPrivate, FunctionCode code) {
      this.isStatic = isStatic;
      this.kind = kind;
      this.key = key;
      this.computedKey = computedKey;
      this.isPrivate = isPrivate;
      this.code = code;
    }
  }

  /** {@code class X extends Y { ... }}: builds the constructor, its prototype and members. */
  static final class ClassDef extends Expr {
    final String name;
    final Expr superClass;
    final FunctionCode constructor;
    final Member[] members;
    /** Where the class binds its own name inside its body, or null. */
    final Ref innerName;
    /** The class scope's environment template, or null. */
    final Object[] envTemplate;
    /** Environment slots holding the class's private names. */
    final int[] privateNameSlots;
    final String[] privateNames;
    /** For each member: the env slot of its private name, or -1. */
    final int[] memberPrivateSlots;

    ClassDef(int pos, String name, Expr superClass, FunctionCode constructor, Member[] members, Ref innerName,
        Object[] envTemplate, int[] privateNameSlots, String[] privateNames, int[] memberPrivateSlots) {
      super(pos);
      this.name = name;
      this.superClass = superClass;
      this.constructor = constructor;
      this.members = members;
      this.innerName = innerName;
      this.envTemplate = envTemplate;
      this.privateNameSlots = privateNameSlots;
      this.privateNames = privateNames;
      this.memberPrivateSlots = memberPrivateSlots;
    }

    @Override
    Object eval(Frame f) {
      // The heritage expression is evaluated outside the class scope.
      Object sc = superClass == null ? null : superClass.eval(f);
      Env saved = f.env;
      if (envTemplate != null) f.env = new Env(envTemplate.clone(), saved);
      try {
        return define(f, sc);
      } finally {
        f.env = saved;
      }
    }

    private Object define(Frame f, Object sc) {
      JsObject protoParent = f.realm.objectPrototype();
      JsObject ctorParent = f.realm.functionPrototype();
      if (superClass != null) {
        if (sc == null) {
          protoParent = null;
        } else if (sc instanceof JsFunction sf && sf.isConstructor()) {
          Object pp = sf.get("prototype", sf, f.ctx);
          if (pp != null && !(pp instanceof JsObject)) throw Errors.typeError("Class extends value does not have valid prototype property").at(pos);
          protoParent = (JsObject) pp;
          ctorParent = sf;
        } else {
          throw Errors.typeError("Class extends value " + Ops.toString(sc) + " is not a constructor or null").at(pos);
        }
      }
      for (int i = 0; i < privateNameSlots.length; i++) f.env.slots[privateNameSlots[i]] = new PrivateName(privateNames[i]);
      JsObject prototype = new JsObject(protoParent);
      Closure ctor = new Closure(f.realm, ctorParent, constructor, f.env);
      ctor.defineOwn("length", constructor.length, Shape.CONFIGURABLE);
      ctor.defineOwn("name", name == null ? "" : name, Shape.CONFIGURABLE);
      ctor.defineOwn("prototype", prototype, 0);
      ctor.homeObject = prototype;
      prototype.defineOwn("constructor", ctor, Shape.HIDDEN);
      List<FunctionCode.FieldInit> fields = new ArrayList<>();
      List<FunctionCode.FieldInit> privateMethods = new ArrayList<>();
      List<Object[]> staticFields = new ArrayList<>();
      for (int i = 0; i < members.length; i++) {
        Member m = members[i];
        JsObject target = m.isStatic ? ctor : prototype;
        Object key;
        if (m.isPrivate) key = f.env.slots[memberPrivateSlots[i]];
        else if (m.computedKey != null) key = Ops.toPropertyKey(m.computedKey.eval(f));
        else key = m.key;
        if (m.kind == 4) {
          staticFields.add(new Object[] {null, m.code});
          continue;
        }
        if (m.kind == 3) {
          if (m.isStatic) staticFields.add(new Object[] {key, m.code});
          else fields.add(new FunctionCode.FieldInit(key, m.code, f.env, prototype));
          continue;
        }
        Closure fn = new Closure(f.realm, f.realm.functionPrototype(), m.code, f.env);
        fn.homeObject = target;
        fn.defineOwn("length", m.code.length, Shape.CONFIGURABLE);
        Builtin.setFunctionName(fn, key, m.kind == 1 ? "get" : m.kind == 2 ? "set" : null);
        if (key instanceof PrivateName && !m.isStatic) {
          // Instance private methods and accessors are installed on each instance, before its fields.
          int at = privateMethods.size();
          if (m.kind == 0) {
            privateMethods.add(new FunctionCode.FieldInit(key, fn, 0));
          } else {
            io.pipy.js.runtime.Accessor prev = null;
            for (int j = 0; j < privateMethods.size(); j++) {
              if (privateMethods.get(j).key == key && privateMethods.get(j).method instanceof io.pipy.js.runtime.Accessor a) {
                prev = a;
                at = j;
              }
            }
            Object getter = m.kind == 1 ? fn : prev != null ? prev.getter : Ops.UNDEFINED;
            Object setter = m.kind == 2 ? fn : prev != null ? prev.setter : Ops.UNDEFINED;
            FunctionCode.FieldInit acc = new FunctionCode.FieldInit(key, new io.pipy.js.runtime.Accessor(getter, setter), Shape.ACCESSOR);
            if (at < privateMethods.size()) privateMethods.set(at, acc);
            else privateMethods.add(acc);
          }
          continue;
        }
        if (m.kind == 0) {
          if (key instanceof PrivateName) target.defineOwn(key, fn, 0);
          else target.defineOwnProperty(key, PropertyDescriptor.data(fn, Shape.HIDDEN));
        } else if (key instanceof PrivateName) {
          Object cur = target.getOwnRaw(key);
          io.pipy.js.runtime.Accessor prev = cur instanceof io.pipy.js.runtime.Accessor a ? a : null;
          Object getter = m.kind == 1 ? fn : prev != null ? prev.getter : Ops.UNDEFINED;
          Object setter = m.kind == 2 ? fn : prev != null ? prev.setter : Ops.UNDEFINED;
          target.defineOwn(key, new io.pipy.js.runtime.Accessor(getter, setter), Shape.ACCESSOR);
        } else {
          PropertyDescriptor cur = target.getOwnProperty(key);
          Object getter = m.kind == 1 ? fn : cur != null && cur.isAccessor() ? cur.getter : Ops.UNDEFINED;
          Object setter = m.kind == 2 ? fn : cur != null && cur.isAccessor() ? cur.setter : Ops.UNDEFINED;
          target.defineOwnProperty(key, PropertyDescriptor.accessor(getter, setter, Shape.CONFIGURABLE));
        }
      }
      fields.addAll(0, privateMethods);
      if (!fields.isEmpty()) ctor.fields = fields.toArray(new FunctionCode.FieldInit[0]);
      if (innerName != null) innerName.init(f, ctor);
      for (Object[] sfield : staticFields) {
        Object key = sfield[0];
        FunctionCode init = (FunctionCode) sfield[1];
        Object v = Ops.UNDEFINED;
        if (init != null) {
          Closure c = new Closure(f.realm, f.realm.functionPrototype(), init, f.env);
          c.homeObject = ctor;
          v = c.execute(f.ctx, ctor, Ops.NO_ARGS, null);
        }
        if (key == null) continue; // a static block
        if (key instanceof PrivateName) ctor.defineOwn(key, v, Shape.WRITABLE);
        else if (!ctor.defineOwnProperty(key, PropertyDescriptor.data(v, Shape.DEFAULT))) {
          throw Errors.typeError("Cannot redefine property: " + key).at(pos);
        }
      }
      return ctor;
    }
  }

  /** The body of an implicit derived constructor: {@code super(...arguments)}. */
  static final class DefaultDerivedBody extends Stmt {
    final ThisNodes.ThisAccess access = new ThisNodes.ThisAccess(false);

    DefaultDerivedBody(int pos) {
      super(pos);
    }

    @Override
    int exec(Frame f) {
      JsObject parent = f.callee.proto();
      if (!(parent instanceof JsFunction pf) || !pf.isConstructor()) throw Errors.typeError("Super constructor is not a constructor").at(pos);
      Object result = pf.construct(f.ctx, f.args, f.newTarget);
      f.thisValue = result;
      f.callee.initFields(f, result);
      return NORMAL;
    }
  }
}
