package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number formatting and Math against reference values a JavaScript engine (V8) produced: each
 * line of {@code number-format.txt} is the bits of a double, then its String(), toFixed(f),
 * toPrecision(p), toExponential(e), toExponential() and toString(radix) with the given f, p, e and
 * radix; each line of {@code math-functions.txt} is a function, its arguments and the result.
 */
class NumberFormatTest {

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = NumberFormatTest.class.getResourceAsStream("/builtins/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isEmpty()).toList();
    }
  }

  @Test
  void formatsLikeJavaScript() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String line : lines("number-format.txt")) {
      String[] p = line.split(" ");
      double d = Double.longBitsToDouble(Long.parseUnsignedLong(p[0], 16));
      int f = Integer.parseInt(p[2]);
      int prec = Integer.parseInt(p[4]);
      int e = Integer.parseInt(p[6]);
      int radix = Integer.parseInt(p[9]);
      String actual = String.join(" ", p[0], NumberFormat.toString(d),
          p[2], Math.abs(d) >= 1e21 ? NumberFormat.toString(d) : NumberFormat.toFixed(d, f),
          p[4], NumberFormat.toPrecision(d, prec),
          p[6], NumberFormat.toExponential(d, e), NumberFormat.toExponential(d, -1),
          p[9], radix == 10 ? NumberFormat.toString(d) : NumberFormat.toRadix(d, radix));
      if (!actual.equals(line)) failures.add("expected " + line + "\n  actual " + actual);
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }

  @Test
  void mathLikeJavaScript() throws IOException {
    List<String> failures = new ArrayList<>();
    for (String line : lines("math-functions.txt")) {
      String[] p = line.split(" ");
      double x = Double.parseDouble(p[1]);
      double expected = Double.parseDouble(p[p.length - 1]);
      double y = p.length > 3 ? Double.parseDouble(p[2]) : 0;
      double actual = switch (p[0]) {
        case "cbrt" -> MathBuiltins.cbrt(x);
        case "log2" -> MathBuiltins.log2(x);
        case "asinh" -> MathBuiltins.asinh(x);
        case "acosh" -> MathBuiltins.acosh(x);
        case "atanh" -> MathBuiltins.atanh(x);
        case "exp" -> x == 1 ? Math.E : StrictMath.exp(x);
        case "cosh" -> Math.abs(x) == 1 ? 0.5 * Math.E + 0.5 / Math.E : StrictMath.cosh(x);
        case "sinh" -> StrictMath.sinh(x);
        case "tanh" -> StrictMath.tanh(x);
        case "log" -> StrictMath.log(x);
        case "log10" -> StrictMath.log10(x);
        case "log1p" -> StrictMath.log1p(x);
        case "expm1" -> StrictMath.expm1(x);
        case "sin" -> StrictMath.sin(x);
        case "cos" -> StrictMath.cos(x);
        case "tan" -> StrictMath.tan(x);
        case "asin" -> StrictMath.asin(x);
        case "acos" -> StrictMath.acos(x);
        case "atan" -> StrictMath.atan(x);
        case "hypot" -> MathBuiltins.hypot(new double[] {x, y});
        case "atan2" -> StrictMath.atan2(x, y);
        case "round" -> MathBuiltins.round(x);
        default -> throw new AssertionError(p[0]);
      };
      if (Double.compare(expected, actual) != 0) failures.add(line + " -> " + actual);
    }
    assertEquals(List.of(), failures.subList(0, Math.min(10, failures.size())));
  }
}
