package io.pipy.js.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * Splits source text into tokens on demand. Regular expressions and template continuations
 * depend on the parser's state, so the parser asks for them explicitly
 * ({@link #rescanRegex(Token)}, {@link #continueTemplate(int)}).
 */
public final class Lexer {

  private static final Map<String, T> KEYWORDS = new HashMap<>();

  static {
    T[] kws = {T.BREAK, T.CASE, T.CATCH, T.CLASS, T.CONST, T.CONTINUE, T.DEBUGGER, T.DEFAULT, T.DELETE,
        T.DO, T.ELSE, T.EXPORT, T.EXTENDS, T.FINALLY, T.FOR, T.FUNCTION, T.IF, T.IMPORT, T.IN,
        T.INSTANCEOF, T.NEW, T.RETURN, T.SUPER, T.SWITCH, T.THIS, T.THROW, T.TRY, T.TYPEOF, T.VAR,
        T.VOID, T.WHILE, T.WITH, T.NULL, T.TRUE, T.FALSE, T.ENUM};
    for (T t : kws) KEYWORDS.put(t.name().toLowerCase(), t);
  }

  private final Source source;
  private final String s;
  private final int len;
  private int pos;

  public Lexer(Source source) {
    this.source = source;
    this.s = source.text();
    this.len = s.length();
    // A hashbang line is allowed at the very start.
    if (s.startsWith("#!")) {
      while (pos < len && !isLineTerminator(s.charAt(pos))) pos++;
    }
  }

  public Source source() {
    return source;
  }

  /** Moves the scanning position (used when the parser re-scans). */
  public void reset(int position) {
    this.pos = position;
  }

  private SyntaxError error(int at, String message) {
    return new SyntaxError(source, at, message);
  }

  static boolean isLineTerminator(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\u00a0' || c == '\ufeff'
        || (c > 127 && Character.getType(c) == Character.SPACE_SEPARATOR);
  }

  static boolean isIdStart(int c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
    return Character.isUnicodeIdentifierStart(c);
  }

  static boolean isIdPart(int c) {
    if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '$' || c == '_';
    return Character.isUnicodeIdentifierPart(c) || c == '\u200c' || c == '\u200d';
  }

  /** Skips whitespace and comments; returns whether a line terminator was crossed. */
  private boolean skipTrivia() {
    boolean nl = false;
    while (pos < len) {
      char c = s.charAt(pos);
      if (isLineTerminator(c)) {
        nl = true;
        pos++;
      } else if (isWhitespace(c)) {
        pos++;
      } else if (c == '/' && pos + 1 < len && s.charAt(pos + 1) == '/') {
        pos += 2;
        while (pos < len && !isLineTerminator(s.charAt(pos))) pos++;
      } else if (c == '/' && pos + 1 < len && s.charAt(pos + 1) == '*') {
        int start = pos;
        pos += 2;
        while (true) {
          if (pos >= len) throw error(start, "unterminated comment");
          char d = s.charAt(pos);
          if (d == '*' && pos + 1 < len && s.charAt(pos + 1) == '/') {
            pos += 2;
            break;
          }
          if (isLineTerminator(d)) nl = true;
          pos++;
        }
      } else {
        break;
      }
    }
    return nl;
  }

  /** The next token. */
  public Token next() {
    boolean nl = skipTrivia();
    if (pos >= len) return new Token(T.EOF, len, len, null, null, nl, false);
    int start = pos;
    char c = s.charAt(pos);
    if (isIdStart(c) || c == '\\' || Character.isHighSurrogate(c)) {
      return name(start, nl, T.NAME);
    }
    if (c == '#') {
      pos++;
      if (pos < len && (isIdStart(s.charAt(pos)) || s.charAt(pos) == '\\')) return name(start, nl, T.PRIVATE_NAME);
      throw error(start, "unexpected character '#'");
    }
    if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < len && Character.isDigit(s.charAt(pos + 1)))) {
      return number(start, nl);
    }
    if (c == '"' || c == '\'') return string(start, nl, c);
    if (c == '`') {
      pos++;
      return template(start, nl);
    }
    pos++;
    T t;
    switch (c) {
      case '{': t = T.LBRACE; break;
      case '}': t = T.RBRACE; break;
      case '(': t = T.LPAREN; break;
      case ')': t = T.RPAREN; break;
      case '[': t = T.LBRACKET; break;
      case ']': t = T.RBRACKET; break;
      case ';': t = T.SEMI; break;
      case ',': t = T.COMMA; break;
      case ':': t = T.COLON; break;
      case '~': t = T.TILDE; break;
      case '.':
        if (match('.') ) {
          if (match('.')) { t = T.ELLIPSIS; break; }
          throw error(start, "unexpected '..'");
        }
        t = T.DOT;
        break;
      case '?':
        if (match('?')) t = match('=') ? T.NULLISH_ASSIGN : T.NULLISH;
        else if (pos < len && s.charAt(pos) == '.' && !(pos + 1 < len && Character.isDigit(s.charAt(pos + 1)))) {
          pos++;
          t = T.OPTCHAIN;
        } else t = T.QUESTION;
        break;
      case '<':
        if (match('<')) t = match('=') ? T.SHL_ASSIGN : T.SHL;
        else t = match('=') ? T.LE : T.LT;
        break;
      case '>':
        if (match('>')) {
          if (match('>')) t = match('=') ? T.SHR_ASSIGN : T.SHR;
          else t = match('=') ? T.SAR_ASSIGN : T.SAR;
        } else t = match('=') ? T.GE : T.GT;
        break;
      case '=':
        if (match('=')) t = match('=') ? T.SEQ : T.EQ;
        else t = match('>') ? T.ARROW : T.ASSIGN;
        break;
      case '!':
        if (match('=')) t = match('=') ? T.SNE : T.NE;
        else t = T.BANG;
        break;
      case '+':
        t = match('+') ? T.INC : match('=') ? T.PLUS_ASSIGN : T.PLUS;
        break;
      case '-':
        t = match('-') ? T.DEC : match('=') ? T.MINUS_ASSIGN : T.MINUS;
        break;
      case '*':
        if (match('*')) t = match('=') ? T.STARSTAR_ASSIGN : T.STARSTAR;
        else t = match('=') ? T.STAR_ASSIGN : T.STAR;
        break;
      case '/':
        t = match('=') ? T.SLASH_ASSIGN : T.SLASH;
        break;
      case '%':
        t = match('=') ? T.PERCENT_ASSIGN : T.PERCENT;
        break;
      case '&':
        if (match('&')) t = match('=') ? T.AND_ASSIGN : T.AND;
        else t = match('=') ? T.AMP_ASSIGN : T.AMP;
        break;
      case '|':
        if (match('|')) t = match('=') ? T.OR_ASSIGN : T.OR;
        else t = match('=') ? T.BAR_ASSIGN : T.BAR;
        break;
      case '^':
        t = match('=') ? T.CARET_ASSIGN : T.CARET;
        break;
      default:
        throw error(start, "unexpected character '" + c + "'");
    }
    return new Token(t, start, pos, null, null, nl, false);
  }

  private boolean match(char c) {
    if (pos < len && s.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private Token name(int start, boolean nl, T type) {
    StringBuilder sb = null;
    boolean escaped = false;
    int first = pos;
    while (pos < len) {
      char c = s.charAt(pos);
      if (c == '\\') {
        if (sb == null) sb = new StringBuilder(s.substring(first, pos));
        int at = pos;
        pos++;
        if (!match('u')) throw error(at, "invalid escape in identifier");
        int cp = unicodeEscape(at);
        if (!(pos - 1 == first + 1 ? isIdStart(cp) : isIdPart(cp)) && !isIdPart(cp)) throw error(at, "invalid identifier character");
        sb.appendCodePoint(cp);
        escaped = true;
        continue;
      }
      int cp = s.codePointAt(pos);
      boolean ok = pos == first ? isIdStart(cp) : isIdPart(cp);
      if (!ok) break;
      if (sb != null) sb.appendCodePoint(cp);
      pos += Character.charCount(cp);
    }
    String name = sb != null ? sb.toString() : s.substring(first, pos);
    if (name.isEmpty()) throw error(start, "unexpected character");
    if (type == T.NAME && !escaped) {
      T kw = KEYWORDS.get(name);
      if (kw != null) return new Token(kw, start, pos, name, null, nl, false);
    }
    return new Token(type, start, pos, name, null, nl, escaped);
  }

  private int unicodeEscape(int at) {
    if (match('{')) {
      int cp = 0;
      int digits = 0;
      while (pos < len && s.charAt(pos) != '}') {
        int d = Character.digit(s.charAt(pos), 16);
        if (d < 0) throw error(at, "invalid Unicode escape");
        cp = cp * 16 + d;
        if (cp > 0x10ffff) throw error(at, "Unicode escape out of range");
        digits++;
        pos++;
      }
      if (!match('}') || digits == 0) throw error(at, "invalid Unicode escape");
      return cp;
    }
    if (pos + 4 > len) throw error(at, "invalid Unicode escape");
    int cp = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(s.charAt(pos++), 16);
      if (d < 0) throw error(at, "invalid Unicode escape");
      cp = cp * 16 + d;
    }
    return cp;
  }

  private Token number(int start, boolean nl) {
    char c = s.charAt(pos);
    if (c == '0' && pos + 1 < len) {
      char p = s.charAt(pos + 1);
      int radix = p == 'x' || p == 'X' ? 16 : p == 'o' || p == 'O' ? 8 : p == 'b' || p == 'B' ? 2 : 0;
      if (radix != 0) {
        pos += 2;
        double v = 0;
        int digits = 0;
        while (pos < len) {
          char d = s.charAt(pos);
          if (d == '_' && digits > 0 && pos + 1 < len && Character.digit(s.charAt(pos + 1), radix) >= 0) {
            pos++;
            continue;
          }
          int dv = Character.digit(d, radix);
          if (dv < 0) break;
          v = v * radix + dv;
          digits++;
          pos++;
        }
        if (digits == 0) throw error(start, "invalid number");
        if (pos < len && s.charAt(pos) == 'n') {
          throw error(start, "BigInt literals are not supported");
        }
        checkAfterNumber(start);
        if (radix == 16 && digits > 13 || radix == 8 && digits > 17 || radix == 2 && digits > 53) {
          v = new java.math.BigInteger(s.substring(start + 2, pos).replace("_", ""), radix).doubleValue();
        }
        return new Token(T.NUMBER, start, pos, v, null, nl, false);
      }
      if (p >= '0' && p <= '9') {
        // Legacy octal (017) when every digit is octal, else a decimal with a leading zero (019).
        int q = pos + 1;
        boolean octal = true;
        while (q < len && Character.isDigit(s.charAt(q))) {
          if (s.charAt(q) >= '8') octal = false;
          q++;
        }
        if (octal) {
          double v = 0;
          for (int i = pos + 1; i < q; i++) v = v * 8 + (s.charAt(i) - '0');
          pos = q;
          checkAfterNumber(start);
          return new Token(T.NUMBER, start, pos, v, null, nl, true);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    digits(sb);
    if (pos < len && s.charAt(pos) == '.') {
      sb.append('.');
      pos++;
      digits(sb);
    }
    if (pos < len && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
      int save = pos;
      StringBuilder exp = new StringBuilder("e");
      pos++;
      if (pos < len && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) exp.append(s.charAt(pos++));
      int before = exp.length();
      digits(exp);
      if (exp.length() == before) {
        pos = save;
        throw error(start, "invalid number: missing exponent");
      }
      sb.append(exp);
    }
    if (pos < len && s.charAt(pos) == 'n') throw error(start, "BigInt literals are not supported");
    checkAfterNumber(start);
    String text = sb.toString();
    if (text.startsWith(".")) text = "0" + text;
    if (text.endsWith(".")) text = text + "0";
    return new Token(T.NUMBER, start, pos, Double.parseDouble(text), null, nl, false);
  }

  private void digits(StringBuilder sb) {
    while (pos < len) {
      char c = s.charAt(pos);
      if (c >= '0' && c <= '9') {
        sb.append(c);
        pos++;
      } else if (c == '_' && sb.length() > 0 && Character.isDigit(sb.charAt(sb.length() - 1))
          && pos + 1 < len && Character.isDigit(s.charAt(pos + 1))) {
        pos++;
      } else {
        break;
      }
    }
  }

  private void checkAfterNumber(int start) {
    if (pos < len && (isIdStart(s.charAt(pos)) || Character.isDigit(s.charAt(pos)))) {
      throw error(start, "identifier starts immediately after numeric literal");
    }
  }

  private Token string(int start, boolean nl, char quote) {
    pos++;
    StringBuilder sb = null;
    int chunk = pos;
    boolean legacyOctal = false;
    while (true) {
      if (pos >= len) throw error(start, "unterminated string literal");
      char c = s.charAt(pos);
      if (c == quote) {
        String v;
        if (sb == null) v = s.substring(chunk, pos);
        else v = sb.append(s, chunk, pos).toString();
        pos++;
        return new Token(T.STRING, start, pos, v, null, nl, legacyOctal);
      }
      if (c == '\n' || c == '\r') throw error(start, "unterminated string literal");
      if (c == '\\') {
        if (sb == null) sb = new StringBuilder();
        sb.append(s, chunk, pos);
        int r = escape(sb, false);
        if (r == 2) legacyOctal = true;
        chunk = pos;
        continue;
      }
      pos++;
    }
  }

  /**
   * Reads one escape sequence at {@code pos} (the backslash) into {@code sb}. Returns 0 normally,
   * 2 for a legacy octal escape, -1 when invalid inside a template (cooked value undefined).
   */
  private int escape(StringBuilder sb, boolean template) {
    int at = pos;
    pos++;
    if (pos >= len) throw error(at, "unterminated escape");
    char c = s.charAt(pos++);
    switch (c) {
      case 'n': sb.append('\n'); return 0;
      case 't': sb.append('\t'); return 0;
      case 'r': sb.append('\r'); return 0;
      case 'b': sb.append('\b'); return 0;
      case 'f': sb.append('\f'); return 0;
      case 'v': sb.append('\u000b'); return 0;
      case '\r':
        if (pos < len && s.charAt(pos) == '\n') pos++;
        return 0;
      case '\n': case '\u2028': case '\u2029':
        return 0;
      case 'x': {
        if (pos + 2 > len || Character.digit(s.charAt(pos), 16) < 0 || Character.digit(s.charAt(pos + 1), 16) < 0) {
          if (template) return -1;
          throw error(at, "invalid hexadecimal escape");
        }
        sb.append((char) Integer.parseInt(s.substring(pos, pos + 2), 16));
        pos += 2;
        return 0;
      }
      case 'u': {
        if (template) {
          int save = pos;
          try {
            sb.appendCodePoint(unicodeEscape(at));
          } catch (SyntaxError e) {
            pos = save;
            return -1;
          }
          return 0;
        }
        sb.appendCodePoint(unicodeEscape(at));
        return 0;
      }
      default:
        if (c >= '0' && c <= '7') {
          if (c == '0' && (pos >= len || !Character.isDigit(s.charAt(pos)))) {
            sb.append('\0');
            return 0;
          }
          if (template) return -1;
          int v = c - '0';
          if (pos < len && s.charAt(pos) >= '0' && s.charAt(pos) <= '7') {
            v = v * 8 + (s.charAt(pos++) - '0');
            if (c <= '3' && pos < len && s.charAt(pos) >= '0' && s.charAt(pos) <= '7') v = v * 8 + (s.charAt(pos++) - '0');
          }
          sb.append((char) v);
          return 2;
        }
        if (c == '8' || c == '9') {
          if (template) return -1;
          sb.append(c);
          return 2;
        }
        if (Character.isHighSurrogate(c) && pos < len) {
          sb.append(c).append(s.charAt(pos++));
          return 0;
        }
        sb.append(c);
        return 0;
    }
  }

  /** Scans a template chunk starting just after '`' or '}'. */
  private Token template(int start, boolean nl) {
    StringBuilder cooked = new StringBuilder();
    boolean valid = true;
    int rawStart = pos;
    while (true) {
      if (pos >= len) throw error(start, "unterminated template literal");
      char c = s.charAt(pos);
      if (c == '`') {
        String raw = normalizeRaw(s.substring(rawStart, pos));
        pos++;
        return new Token(T.TEMPLATE, start, pos, valid ? cooked.toString() : null, raw, nl, true);
      }
      if (c == '$' && pos + 1 < len && s.charAt(pos + 1) == '{') {
        String raw = normalizeRaw(s.substring(rawStart, pos));
        pos += 2;
        return new Token(T.TEMPLATE, start, pos, valid ? cooked.toString() : null, raw, nl, false);
      }
      if (c == '\\') {
        if (escape(cooked, true) < 0) valid = false;
        continue;
      }
      if (c == '\r') {
        cooked.append('\n');
        pos++;
        if (pos < len && s.charAt(pos) == '\n') pos++;
        continue;
      }
      cooked.append(c);
      pos++;
    }
  }

  private static String normalizeRaw(String raw) {
    return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Continues a template after the '}' that closes a substitution; {@code at} is that brace's offset. */
  public Token continueTemplate(int at) {
    pos = at + 1;
    return template(at, false);
  }

  /** Re-scans a '/' or '/=' token as a regular expression literal. */
  public Token rescanRegex(Token slash) {
    int start = slash.start;
    pos = start + 1;
    boolean inClass = false;
    while (true) {
      if (pos >= len) throw error(start, "unterminated regular expression");
      char c = s.charAt(pos);
      if (isLineTerminator(c)) throw error(start, "unterminated regular expression");
      if (c == '\\') {
        pos += 2;
        continue;
      }
      if (c == '[') inClass = true;
      else if (c == ']') inClass = false;
      else if (c == '/' && !inClass) break;
      pos++;
    }
    String body = s.substring(start + 1, pos);
    pos++;
    int flagsStart = pos;
    while (pos < len && isIdPart(s.charAt(pos))) pos++;
    String flags = s.substring(flagsStart, pos);
    return new Token(T.REGEX, start, pos, body, flags, slash.newlineBefore, false);
  }
}
