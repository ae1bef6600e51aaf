package io.pipy.js.builtins;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Unicode property escapes ({@code \p{…}} in unicode mode) mapped to what
 * {@link java.util.regex} understands: general categories (short and long names), scripts
 * ({@code Script=}, {@code sc=}, {@code Script_Extensions=}, {@code scx=}; script extensions
 * are approximated by scripts) and the binary properties Java knows.
 */
final class RegExpProperties {

  private RegExpProperties() {
  }

  private static final Map<String, String> CATEGORIES = new HashMap<>();
  private static final Map<String, String> BINARY = new HashMap<>();

  static {
    String[][] gc = {
        {"L", "Letter"}, {"LC", "Cased_Letter"}, {"Lu", "Uppercase_Letter"}, {"Ll", "Lowercase_Letter"},
        {"Lt", "Titlecase_Letter"}, {"Lm", "Modifier_Letter"}, {"Lo", "Other_Letter"}, {"M", "Mark", "Combining_Mark"},
        {"Mn", "Nonspacing_Mark"}, {"Mc", "Spacing_Mark"}, {"Me", "Enclosing_Mark"}, {"N", "Number"},
        {"Nd", "Decimal_Number", "digit"}, {"Nl", "Letter_Number"}, {"No", "Other_Number"}, {"P", "Punctuation", "punct"},
        {"Pc", "Connector_Punctuation"}, {"Pd", "Dash_Punctuation"}, {"Ps", "Open_Punctuation"},
        {"Pe", "Close_Punctuation"}, {"Pi", "Initial_Punctuation"}, {"Pf", "Final_Punctuation"},
        {"Po", "Other_Punctuation"}, {"S", "Symbol"}, {"Sm", "Math_Symbol"}, {"Sc", "Currency_Symbol"},
        {"Sk", "Modifier_Symbol"}, {"So", "Other_Symbol"}, {"Z", "Separator"}, {"Zs", "Space_Separator"},
        {"Zl", "Line_Separator"}, {"Zp", "Paragraph_Separator"}, {"C", "Other"}, {"Cc", "Control", "cntrl"},
        {"Cf", "Format"}, {"Cs", "Surrogate"}, {"Co", "Private_Use"}, {"Cn", "Unassigned"}};
    for (String[] names : gc) for (String name : names) CATEGORIES.put(name, names[0]);
    String[][] binary = {
        {"Alphabetic", "Alpha"}, {"White_Space", "space"}, {"Uppercase", "Upper"}, {"Lowercase", "Lower"},
        {"Ideographic", "Ideo"}, {"Hex_Digit", "Hex"}, {"Join_Control", "Join_C"},
        {"Noncharacter_Code_Point", "NChar"}, {"Assigned"}};
    for (String[] names : binary) for (String name : names) BINARY.put(name, "Is" + names[0]);
    BINARY.put("ASCII", "[\\x{0}-\\x{7f}]");
    BINARY.put("Any", "[\\x{0}-\\x{10ffff}]");
    BINARY.put("ASCII_Hex_Digit", "[\\x{30}-\\x{39}\\x{41}-\\x{46}\\x{61}-\\x{66}]");
    BINARY.put("AHex", BINARY.get("ASCII_Hex_Digit"));
  }

  /**
   * The body of a Java {@code \p{…}} for an ECMAScript property expression, a bracketed class
   * for sets given as ranges, or null if unknown or unsupported.
   */
  static String toJava(String expr) {
    int eq = expr.indexOf('=');
    if (eq < 0) {
      String c = CATEGORIES.get(expr);
      if (c != null) return c;
      return BINARY.get(expr);
    }
    String name = expr.substring(0, eq);
    String value = expr.substring(eq + 1);
    switch (name) {
      case "General_Category", "gc" -> {
        return CATEGORIES.get(value);
      }
      case "Script", "sc", "Script_Extensions", "scx" -> {
        if (value.isEmpty() || !value.matches("[A-Za-z_]+")) return null;
        String java = "script=" + value;
        try {
          Pattern.compile("\\p{" + java + "}");
          return java;
        } catch (RuntimeException e) {
          return null;
        }
      }
      default -> {
        return null;
      }
    }
  }
}
