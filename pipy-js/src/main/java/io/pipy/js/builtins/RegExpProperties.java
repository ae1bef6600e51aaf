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

  private static final java.util.Set<String> UNSUPPORTED = java.util.Set.of(
      "Bidi_Control", "Bidi_C", "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased", "Changes_When_Casefolded", "CWCF",
      "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL", "Changes_When_NFKC_Casefolded", "CWKCF",
      "Changes_When_Titlecased", "CWT", "Changes_When_Uppercased", "CWU", "Dash", "Default_Ignorable_Code_Point", "DI",
      "Deprecated", "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component", "EComp", "Emoji_Modifier", "EMod",
      "Emoji_Modifier_Base", "EBase", "Emoji_Presentation", "EPres", "Extended_Pictographic", "ExtPict", "Extender", "Ext",
      "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext", "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST",
      "ID_Continue", "IDC", "ID_Start", "IDS", "Logical_Order_Exception", "LOE", "Math", "Pattern_Syntax", "Pat_Syn",
      "Pattern_White_Space", "Pat_WS", "Quotation_Mark", "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal",
      "STerm", "Soft_Dotted", "SD", "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Variation_Selector", "VS",
      "XID_Continue", "XIDC", "XID_Start", "XIDS");

  /** Whether {@code expr} is a property ECMAScript defines that this implementation lacks. */
  static boolean isUnsupported(String expr) {
    return UNSUPPORTED.contains(expr);
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
