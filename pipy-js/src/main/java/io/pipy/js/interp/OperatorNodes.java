package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Props;
import io.pipy.js.syntax.T;

/** Unary, binary and logical operators, with int fast paths where they pay. */
final class OperatorNodes {

  private OperatorNodes() {
  }

  /** Applies binary operator {@code op} (also used by compound assignment). */
  static Object apply(T op, Object a, Object b, Frame f) {
    if (a instanceof io.pipy.js.runtime.JsInt || b instanceof io.pipy.js.runtime.JsInt) {
      String intOp = switch (op) {
        case SHL, SHL_ASSIGN -> "<<";
        case SAR, SAR_ASSIGN -> ">>";
        case SHR, SHR_ASSIGN -> ">>>";
        case AMP, AMP_ASSIGN -> "&";
        case BAR, BAR_ASSIGN -> "|";
        case CARET, CARET_ASSIGN -> "^";
        default -> null;
      };
      if (intOp != null) {
        Object r = io.pipy.js.runtime.JsInt.binary(intOp, a, b);
        if (r != null) return r;
      }
    }
    switch (op) {
      case PLUS: case PLUS_ASSIGN: return Ops.add(a, b, f.ctx);
      case MINUS: case MINUS_ASSIGN: return Ops.sub(a, b);
      case STAR: case STAR_ASSIGN: return Ops.mul(a, b);
      case SLASH: case SLASH_ASSIGN: return Ops.div(a, b);
      case PERCENT: case PERCENT_ASSIGN: return Ops.mod(a, b);
      case STARSTAR: case STARSTAR_ASSIGN: return Ops.pow(a, b);
      case SHL: case SHL_ASSIGN: return Ops.toInt32(a) << (Ops.toInt32(b) & 31);
      case SAR: case SAR_ASSIGN: return Ops.toInt32(a) >> (Ops.toInt32(b) & 31);
      case SHR: case SHR_ASSIGN: return Ops.num((Ops.toInt32(a) & 0xffffffffL) >>> (Ops.toInt32(b) & 31));
      case AMP: case AMP_ASSIGN: return Ops.toInt32(a) & Ops.toInt32(b);
      case BAR: case BAR_ASSIGN: return Ops.toInt32(a) | Ops.toInt32(b);
      case CARET: case CARET_ASSIGN: return Ops.toInt32(a) ^ Ops.toInt32(b);
      case EQ: return Ops.looseEquals(a, b);
      case NE: return !Ops.looseEquals(a, b);
      case SEQ: return Ops.strictEquals(a, b);
      case SNE: return !Ops.strictEquals(a, b);
      case LT: return Ops.lt(a, b, f.ctx);
      case GT: return Ops.gt(a, b, f.ctx);
      case LE: return Ops.le(a, b, f.ctx);
      case GE: return Ops.ge(a, b, f.ctx);
      case INSTANCEOF: return Ops.instanceOf(a, b, f.ctx);
      case IN: {
        if (!Ops.isObject(b)) throw Errors.typeError("Cannot use 'in' operator to search for '" + Ops.toString(a) + "' in " + Ops.toString(b));
        return Props.has(f.realm, b, Ops.toPropertyKey(a));
      }
      default: throw new IllegalStateException("not a binary operator: " + op);
    }
  }

  /** Binary operators without a specialised node. */
  static final class Binary extends Expr {
    final T op;
    final Expr left;
    final Expr right;

    Binary(int pos, T op, Expr left, Expr right) {
      super(pos);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      Object b = right.eval(f);
      f.pos = pos;
      return apply(op, a, b, f);
    }
  }

  static final class Add extends Expr {
    final Expr left;
    final Expr right;

    Add(int pos, Expr left, Expr right) {
      super(pos);
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      Object b = right.eval(f);
      if (a instanceof Integer x && b instanceof Integer y) {
        int xi = x;
        int yi = y;
        int r = xi + yi;
        if (((xi ^ r) & (yi ^ r)) < 0) return (double) xi + (double) yi;
        return r;
      }
      if (a instanceof String x && b instanceof String y) return Ops.concat(x, y);
      f.pos = pos;
      return Ops.add(a, b, f.ctx);
    }
  }

  static final class Sub extends Expr {
    final Expr left;
    final Expr right;

    Sub(int pos, Expr left, Expr right) {
      super(pos);
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      Object b = right.eval(f);
      if (a instanceof Integer x && b instanceof Integer y) {
        int xi = x;
        int yi = y;
        int r = xi - yi;
        if (((xi ^ yi) & (xi ^ r)) < 0) return (double) xi - (double) yi;
        return r;
      }
      f.pos = pos;
      return Ops.sub(a, b);
    }
  }

  /** Relational and equality comparisons, producing unboxed booleans for conditions. */
  static final class Compare extends Expr {
    final T op;
    final Expr left;
    final Expr right;

    Compare(int pos, T op, Expr left, Expr right) {
      super(pos);
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      return evalBoolean(f);
    }

    @Override
    boolean evalBoolean(Frame f) {
      Object a = left.eval(f);
      Object b = right.eval(f);
      if (a instanceof Integer x && b instanceof Integer y) {
        int xi = x;
        int yi = y;
        switch (op) {
          case LT: return xi < yi;
          case GT: return xi > yi;
          case LE: return xi <= yi;
          case GE: return xi >= yi;
          case SEQ: case EQ: return xi == yi;
          case SNE: case NE: return xi != yi;
          default: break;
        }
      }
      f.pos = pos;
      switch (op) {
        case LT: return Ops.lt(a, b, f.ctx);
        case GT: return Ops.gt(a, b, f.ctx);
        case LE: return Ops.le(a, b, f.ctx);
        case GE: return Ops.ge(a, b, f.ctx);
        case SEQ: return Ops.strictEquals(a, b);
        case SNE: return !Ops.strictEquals(a, b);
        case EQ: return Ops.looseEquals(a, b);
        case NE: return !Ops.looseEquals(a, b);
        default: return (Boolean) apply(op, a, b, f);
      }
    }
  }

  static final class And extends Expr {
    final Expr left;
    final Expr right;

    And(int pos, Expr left, Expr right) {
      super(pos);
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      return Ops.toBoolean(a) ? right.eval(f) : a;
    }

    @Override
    boolean evalBoolean(Frame f) {
      return left.evalBoolean(f) && right.evalBoolean(f);
    }
  }

  static final class Or extends Expr {
    final Expr left;
    final Expr right;

    Or(int pos, Expr left, Expr right) {
      super(pos);
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      return Ops.toBoolean(a) ? a : right.eval(f);
    }

    @Override
    boolean evalBoolean(Frame f) {
      return left.evalBoolean(f) || right.evalBoolean(f);
    }
  }

  static final class Nullish extends Expr {
    final Expr left;
    final Expr right;

    Nullish(int pos, Expr left, Expr right) {
      super(pos);
      this.left = left;
      this.right = right;
    }

    @Override
    Object eval(Frame f) {
      Object a = left.eval(f);
      return a == null || a == Ops.UNDEFINED ? right.eval(f) : a;
    }
  }

  static final class Not extends Expr {
    final Expr expr;

    Not(int pos, Expr expr) {
      super(pos);
      this.expr = expr;
    }

    @Override
    Object eval(Frame f) {
      return !expr.evalBoolean(f);
    }

    @Override
    boolean evalBoolean(Frame f) {
      return !expr.evalBoolean(f);
    }
  }

  static final class Unary extends Expr {
    final T op;
    final Expr expr;

    Unary(int pos, T op, Expr expr) {
      super(pos);
      this.op = op;
      this.expr = expr;
    }

    @Override
    Object eval(Frame f) {
      Object v = expr.eval(f);
      f.pos = pos;
      switch (op) {
        case MINUS: return Ops.negate(v);
        case PLUS: return v instanceof Integer || v instanceof Double ? v : Ops.num(Ops.toNumber(v));
        case TILDE: return v instanceof io.pipy.js.runtime.JsInt i ? io.pipy.js.runtime.JsInt.unary("~", i) : (Object) ~Ops.toInt32(v);
        case VOID: return Ops.UNDEFINED;
        case TYPEOF: return Ops.typeof(v);
        default: throw new IllegalStateException(op.toString());
      }
    }
  }

  /** {@code typeof name} for a free name: no ReferenceError when it does not exist. */
  static final class TypeofFree extends Expr {
    final FreeRef ref;

    TypeofFree(int pos, FreeRef ref) {
      super(pos);
      this.ref = ref;
    }

    @Override
    Object eval(Frame f) {
      if (!ref.exists(f)) return "undefined";
      return Ops.typeof(ref.get(f, pos));
    }
  }

  /** {@code delete object.name} / {@code delete object[key]}. */
  static final class DeleteProperty extends Expr {
    final Expr object;
    final Expr key;
    final boolean inChain;
    final boolean optional;

    DeleteProperty(int pos, Expr object, Expr key, boolean inChain, boolean optional) {
      super(pos);
      this.object = object;
      this.key = key;
      this.inChain = inChain;
      this.optional = optional;
    }

    @Override
    Object eval(Frame f) {
      Object o = object.eval(f);
      if (inChain && o == Short.CIRCUIT) return o;
      if (optional && (o == null || o == Ops.UNDEFINED)) return Short.CIRCUIT;
      Object k = Ops.toPropertyKey(key.eval(f));
      if (o == null || o == Ops.UNDEFINED) throw Errors.typeError("Cannot convert undefined or null to object").at(pos);
      return Props.delete(f.realm, o, k, f.code.strict);
    }
  }

  /** {@code delete a?.b}: a short-circuited chain deletes nothing and yields true. */
  static final class DeleteChain extends Expr {
    final Expr delete;

    DeleteChain(int pos, Expr delete) {
      super(pos);
      this.delete = delete;
    }

    @Override
    Object eval(Frame f) {
      Object v = delete.eval(f);
      return v == Short.CIRCUIT ? Boolean.TRUE : v;
    }
  }

  /** {@code delete} of anything else: evaluates it and yields true. */
  static final class DeleteOther extends Expr {
    final Expr expr;
    final boolean result;

    DeleteOther(int pos, Expr expr, boolean result) {
      super(pos);
      this.expr = expr;
      this.result = result;
    }

    @Override
    Object eval(Frame f) {
      if (expr != null) expr.eval(f);
      return result;
    }
  }

  static final class Conditional extends Expr {
    final Expr test;
    final Expr then;
    final Expr otherwise;

    Conditional(int pos, Expr test, Expr then, Expr otherwise) {
      super(pos);
      this.test = test;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    Object eval(Frame f) {
      return test.evalBoolean(f) ? then.eval(f) : otherwise.eval(f);
    }
  }

  static final class Sequence extends Expr {
    final Expr[] exprs;

    Sequence(int pos, Expr[] exprs) {
      super(pos);
      this.exprs = exprs;
    }

    @Override
    Object eval(Frame f) {
      Object v = Ops.UNDEFINED;
      for (Expr e : exprs) v = e.eval(f);
      return v;
    }
  }

  /** Whether {@code v} is an object for the purposes of a private-name check. */
  static boolean isJsObject(Object v) {
    return v instanceof JsObject;
  }
}
