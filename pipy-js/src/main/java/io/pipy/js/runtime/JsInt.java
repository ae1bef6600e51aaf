package io.pipy.js.runtime;

/**
 * Pipy's {@code Int}: an integer of a fixed width and signedness (i8 … u64) held in a Java
 * long, as two's complement truncated to the width. Arithmetic between two Ints first promotes
 * both to a common type (the table Pipy uses: the wider type wins, unsigned wins at equal width
 * except that mixing signed and unsigned of the same width widens to the next signed type, and
 * u64 absorbs everything).
 *
 * <p>Instances are immutable; every operation returns a new Int. The static operations here are
 * what the operators {@code + - * / % << >> >>> ~ & | ^ == != < <= > >=} do in Pipy when an
 * operand is an Int (the other operand becomes an i64 of its number value); see
 * {@link #isIntOperand} and {@link #binary}.
 */
public final class JsInt extends JsObject {

  /** The integer types, in Pipy's order (the index drives width and promotion). */
  public enum Type {
    I8("i8"), I16("i16"), I32("i32"), I64("i64"), U8("u8"), U16("u16"), U32("u32"), U64("u64");

    public final String label;

    Type(String label) {
      this.label = label;
    }

    public int width() {
      return 8 << (ordinal() & 3);
    }

    public boolean isUnsigned() {
      return ordinal() >= U8.ordinal();
    }

    /** The type named {@code name} ("i8" … "u64"), or null. */
    public static Type named(String name) {
      for (Type t : values()) if (t.label.equals(name)) return t;
      return null;
    }
  }

  private static final Type[][] PROMOTE = {
      // i8       i16       i32       i64       u8        u16       u32       u64
      {Type.I8, Type.I16, Type.I32, Type.I64, Type.I16, Type.I32, Type.I64, Type.U64}, // i8
      {Type.I16, Type.I16, Type.I32, Type.I64, Type.I16, Type.I32, Type.I64, Type.U64}, // i16
      {Type.I32, Type.I32, Type.I32, Type.I64, Type.I32, Type.I32, Type.I64, Type.U64}, // i32
      {Type.I64, Type.I64, Type.I64, Type.I64, Type.I64, Type.I64, Type.I64, Type.U64}, // i64
      {Type.I16, Type.I16, Type.I32, Type.I64, Type.U8, Type.U16, Type.U32, Type.U64}, // u8
      {Type.I32, Type.I32, Type.I32, Type.I64, Type.U16, Type.U16, Type.U32, Type.U64}, // u16
      {Type.I64, Type.I64, Type.I64, Type.I64, Type.U32, Type.U32, Type.U32, Type.U64}, // u32
      {Type.U64, Type.U64, Type.U64, Type.U64, Type.U64, Type.U64, Type.U64, Type.U64}, // u64
  };

  public final Type type;
  public final long value;

  public JsInt(JsObject proto, Type type, long value) {
    super(proto);
    this.type = type;
    this.value = convert(type, value);
  }

  @Override
  public String className() {
    return "Int";
  }

  public static Type promote(Type a, Type b) {
    return PROMOTE[a.ordinal()][b.ordinal()];
  }

  /** Truncates {@code v} to {@code t}'s width, sign- or zero-extending it back to 64 bits. */
  public static long convert(Type t, long v) {
    return switch (t) {
      case I8 -> (byte) v;
      case I16 -> (short) v;
      case I32 -> (int) v;
      case U8 -> v & 0xffL;
      case U16 -> v & 0xffffL;
      case U32 -> v & 0xffffffffL;
      default -> v;
    };
  }

  /** A double to 64 bits, truncating toward zero (NaN is 0, out of range saturates). */
  public static long fromDouble(double d) {
    if (d >= 9.223372036854775807E18) {
      // Values up to 2^64 wrap as unsigned, the way a u64 from a number would.
      return d < 1.8446744073709552E19 ? (long) (d - 9.223372036854775807E18) + Long.MIN_VALUE : Long.MAX_VALUE;
    }
    return (long) d;
  }

  /** C's atoll: blanks, an optional sign, decimal digits; stops at anything else; saturates. */
  public static long parseDecimalPrefix(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) i++;
    boolean neg = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
    long v = 0;
    boolean overflow = false;
    while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      int dgt = s.charAt(i++) - '0';
      if (!overflow) {
        if (v > (Long.MAX_VALUE - dgt) / 10) overflow = true;
        else v = v * 10 + dgt;
      }
    }
    if (overflow) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
    return neg ? -v : v;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
  }

  /**
   * C's strtoll over the whole string ({@code Int.parse}): the digits may be followed by blanks
   * only. Returns null when something else follows (an empty string parses as 0, as in Pipy).
   */
  public static Long parseWhole(String s, int base) {
    if (base != 0 && (base < 2 || base > 36)) return null;
    int i = 0;
    int n = s.length();
    while (i < n && isSpace(s.charAt(i))) i++;
    int start = i;
    boolean neg = false;
    if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
    if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
        && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0) {
      base = 16;
      i += 2;
    } else if (base == 0) {
      base = i < n && s.charAt(i) == '0' ? 8 : 10;
    }
    int digitsStart = i;
    java.math.BigInteger acc = java.math.BigInteger.ZERO;
    java.math.BigInteger b = java.math.BigInteger.valueOf(base);
    while (i < n) {
      int d = Character.digit(s.charAt(i), base);
      if (d < 0 || s.charAt(i) > 'z') break;
      acc = acc.multiply(b).add(java.math.BigInteger.valueOf(d));
      i++;
    }
    if (i == digitsStart) {
      // Nothing converted: strtoll leaves the end pointer at the very beginning.
      i = 0;
      return s.isEmpty() ? 0L : null;
    }
    while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
    if (i < n) return null;
    if (neg) acc = acc.negate();
    if (acc.bitLength() > 63) return acc.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    return acc.longValue();
  }

  // ------------------------------------------------------------------ values

  public boolean isUnsigned() {
    return type.isUnsigned();
  }

  /** The number value (unsigned 64-bit values above 2^63 included). */
  public double toNumber() {
    if (type == Type.U64 && value < 0) return (double) (value >>> 1) * 2.0 + (value & 1);
    return value;
  }

  /** The low 32 bits, as an unsigned number. */
  public double low() {
    return value & 0xffffffffL;
  }

  /** The high 32 bits: unsigned for unsigned types, signed otherwise. */
  public double high() {
    return isUnsigned() ? (double) (value >>> 32) : (double) (value >> 32);
  }

  public String toString(int radix) {
    if (type == Type.U64) return Long.toUnsignedString(value, radix);
    return Long.toString(value, radix);
  }

  @Override
  public String toString() {
    return toString(10);
  }

  /** The bytes, least significant first, as many as the width. */
  public int[] toBytes() {
    int n = type.width() / 8;
    int[] out = new int[n];
    for (int i = 0; i < n; i++) out[i] = (int) ((value >> (i * 8)) & 0xff);
    return out;
  }

  /** Little-endian bytes into a value of {@code t} (missing bytes are 0). */
  public static long fromBytes(Type t, double[] bytes) {
    int n = Math.min(t.width() / 8, bytes.length);
    long v = 0;
    for (int i = 0; i < n; i++) v |= (fromDouble(bytes[i]) & 0xffL) << (i * 8);
    return v;
  }

  /** The type an array of {@code n} bytes makes: u8, u16, u32 or u64. */
  public static Type typeForBytes(int n) {
    return n > 4 ? Type.U64 : n > 2 ? Type.U32 : n > 1 ? Type.U16 : Type.U8;
  }

  // ------------------------------------------------------------------ operations

  private JsInt make(Type t, long v) {
    return new JsInt(proto(), t, v);
  }

  public boolean eql(JsInt o) {
    if (o.value != value) return false;
    if (o.isUnsigned() != isUnsigned()) return (value & (1L << 63)) == 0;
    return true;
  }

  /** -1, 0 or 1, comparing mathematical values across signedness. */
  public int cmp(JsInt o) {
    if (eql(o)) return 0;
    if (isUnsigned()) {
      if (o.isUnsigned() || o.value > 0) return Long.compareUnsigned(value, o.value) > 0 ? 1 : -1;
      return 1;
    }
    if (o.isUnsigned()) {
      if (value <= 0) return -1;
      return Long.compareUnsigned(value, o.value) > 0 ? 1 : -1;
    }
    return value > o.value ? 1 : -1;
  }

  public JsInt neg() {
    return make(type, -value);
  }

  public JsInt inc() {
    return make(type, value + 1);
  }

  public JsInt dec() {
    return make(type, value - 1);
  }

  public JsInt not() {
    return make(type, ~value);
  }

  public JsInt shl(int n) {
    return make(type, value << n);
  }

  public JsInt shr(int n) {
    return make(type, value >> n);
  }

  public JsInt ushr(int n) {
    return make(type, value >>> n);
  }

  /** The binary arithmetic and bitwise operators: "+", "-", "*", "/", "%", "&", "|", "^". */
  public JsInt arith(String op, JsInt o) {
    Type t = promote(type, o.type);
    long a = convert(t, value);
    long b = convert(t, o.value);
    boolean unsigned = t.isUnsigned();
    long r = switch (op) {
      case "+" -> a + b;
      case "-" -> a - b;
      case "*" -> a * b;
      case "/" -> {
        if (b == 0) throw Errors.rangeError("Division by zero");
        yield unsigned ? Long.divideUnsigned(a, b) : (a == Long.MIN_VALUE && b == -1 ? a : a / b);
      }
      case "%" -> {
        if (b == 0) throw Errors.rangeError("Division by zero");
        yield unsigned ? Long.remainderUnsigned(a, b) : (b == -1 ? 0 : a % b);
      }
      case "&" -> a & b;
      case "|" -> a | b;
      case "^" -> a ^ b;
      default -> throw new IllegalArgumentException(op);
    };
    return make(t, r);
  }

  // ------------------------------------------------------------------ operator support

  /** Whether an operator applied to {@code a} and {@code b} should use Int semantics. */
  public static boolean isIntOperand(Object a, Object b) {
    return a instanceof JsInt || b instanceof JsInt;
  }

  /** An operand as an Int: Ints as they are, anything else as an i64 of its number value. */
  public static JsInt toInt(JsInt like, Object v) {
    if (v instanceof JsInt i) return i;
    return new JsInt(like.proto(), Type.I64, fromDouble(Ops.toNumber(v)));
  }

  /**
   * Pipy's operator semantics when either operand is an Int: returns the result (an Int for
   * arithmetic, bitwise and shift operators, a Boolean for comparisons), or null if {@code op}
   * has no Int form. String concatenation ({@code +} with a string operand) is not an Int
   * operation: callers check for strings first.
   */
  public static Object binary(String op, Object a, Object b) {
    JsInt like = a instanceof JsInt i ? i : (JsInt) b;
    switch (op) {
      case "<<":
        return a instanceof JsInt ia ? ia.shl(Ops.toInt32(b)) : null;
      case ">>":
        return a instanceof JsInt ia ? ia.shr(Ops.toInt32(b)) : null;
      case ">>>":
        return a instanceof JsInt ia ? ia.ushr(Ops.toInt32(b)) : null;
      default:
        break;
    }
    JsInt x = toInt(like, a);
    JsInt y = toInt(like, b);
    return switch (op) {
      case "+", "-", "*", "/", "%", "&", "|", "^" -> x.arith(op, y);
      case "==" -> x.eql(y);
      case "!=" -> !x.eql(y);
      case "<" -> x.cmp(y) < 0;
      case "<=" -> x.cmp(y) <= 0;
      case ">" -> x.cmp(y) > 0;
      case ">=" -> x.cmp(y) >= 0;
      default -> null;
    };
  }

  /**
   * Pipy's unary operators on an Int: "-" (negation), "~", "++" and "--"; null for other
   * operators. ({@code +i} is ToNumber, as for any object.)
   */
  public static Object unary(String op, JsInt v) {
    return switch (op) {
      case "-" -> v.neg();
      case "~" -> v.not();
      case "++" -> v.inc();
      case "--" -> v.dec();
      default -> null;
    };
  }
}
