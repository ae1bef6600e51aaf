package io.pipy.engine.formats;

import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML 1.2 reader producing script values the way Pipy's {@code YAML.parse} does: every scalar
 * is a string (no type resolution: {@code 1}, {@code true} and {@code null} are the strings
 * {@code "1"}, {@code "true"} and {@code "null"}; an empty value is {@code ""}), mappings are
 * objects, sequences are arrays, aliases give the anchored value again, tags are ignored, and
 * with several documents the last one wins ({@code undefined} for none).
 *
 * <p>Supported: block mappings and sequences (compact forms included), explicit {@code ?}
 * keys, flow collections, plain, single- and double-quoted scalars with line folding, literal
 * and folded block scalars with chomping and indentation indicators, comments, directives,
 * document markers, anchors and aliases.
 */
public final class YamlParser {

  private final String s;
  private final ScriptRuntime rt;
  private final Map<String, Object> anchors = new HashMap<>();
  private int pos;
  private int depth;

  private YamlParser(String text, ScriptRuntime rt) {
    this.s = text.replace("\r\n", "\n").replace('\r', '\n');
    this.rt = rt;
  }

  /** Parses {@code text}; throws {@link ScriptError} for malformed YAML. */
  public static Object parse(String text, ScriptRuntime rt) {
    YamlParser p = new YamlParser(text, rt);
    return p.stream();
  }

  // ---------------------------------------------------------------- errors and positions

  private ScriptError error(String problem) {
    return error(problem, pos);
  }

  private ScriptError error(String problem, int at) {
    int line = 1;
    int col = 1;
    for (int i = 0; i < at && i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        line++;
        col = 1;
      } else {
        col++;
      }
    }
    return new ScriptError("YAML: " + problem + " at line " + line + ", column " + col);
  }

  private boolean eof() {
    return pos >= s.length();
  }

  private char ch() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private char at(int i) {
    return i >= 0 && i < s.length() ? s.charAt(i) : '\0';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isBreakOrEnd(char c) {
    return c == '\n' || c == '\0';
  }

  private boolean wsAfter(int i) {
    char c = at(i);
    return c == ' ' || c == '\t' || c == '\n' || c == '\0';
  }

  private int lineStart(int i) {
    int ls = s.lastIndexOf('\n', i - 1);
    return ls + 1;
  }

  private int column(int i) {
    return i - lineStart(i);
  }

  private void skipInline() {
    while (isBlank(ch())) pos++;
    if (ch() == '#' && (pos == 0 || isBlank(at(pos - 1)) || at(pos - 1) == '\n')) {
      while (!isBreakOrEnd(ch())) pos++;
    }
  }

  /**
   * Moves to the first content character of the next non-blank, non-comment line (or the end)
   * and returns its column; pos must be at a line break or the end.
   */
  private int nextContentLine() {
    while (!eof()) {
      if (ch() == '\n') pos++;
      int ls = pos;
      while (ch() == ' ') pos++;
      if (ch() == '\t') {
        int p = pos;
        while (isBlank(ch())) pos++;
        if (isBreakOrEnd(ch()) || ch() == '#') {
          skipInline();
          continue;
        }
        pos = p;
        throw error("found a tab character where an indentation space is expected");
      }
      if (isBreakOrEnd(ch())) continue;
      if (ch() == '#') {
        skipInline();
        continue;
      }
      return pos - ls;
    }
    return -1;
  }

  private boolean atDocumentMarker() {
    int ls = lineStart(pos);
    if (pos != ls) return false;
    return (s.startsWith("---", pos) || s.startsWith("...", pos)) && wsAfter(pos + 3);
  }

  // ---------------------------------------------------------------- documents

  private Object stream() {
    Object result = Undefined.INSTANCE;
    if (s.startsWith("\uFEFF")) pos = 1;
    while (true) {
      int col = nextContentLine();
      if (col < 0) break;
      if (col == 0 && ch() == '%') {
        while (!isBreakOrEnd(ch())) pos++;
        continue;
      }
      boolean explicit = false;
      if (col == 0 && s.startsWith("---", pos) && wsAfter(pos + 3)) {
        pos += 3;
        explicit = true;
      } else if (col == 0 && s.startsWith("...", pos) && wsAfter(pos + 3)) {
        pos += 3;
        skipInline();
        continue;
      }
      anchors.clear();
      Object doc = explicit ? value(-1, false, true) : nodeAt(-1, column(pos), true);
      result = doc;
      skipInline();
      if (!isBreakOrEnd(ch())) throw error("did not find expected <document start>");
      int c = nextContentLine();
      if (c < 0) break;
      if (c != 0 || !atDocumentMarker()) throw error("did not find expected <document start>");
    }
    return result;
  }

  // ---------------------------------------------------------------- block nodes

  /**
   * The value after an indicator ({@code ---}, {@code key:}, {@code -}) at parent indentation
   * {@code n}: on the rest of this line, or on the following more-indented lines, or empty.
   *
   * @param mapValue a sequence at indentation {@code n} itself may follow (a mapping's value)
   * @param compact the rest of this line may hold a compact mapping or sequence (after {@code -})
   */
  private Object value(int n, boolean mapValue, boolean compact) {
    skipInline();
    String anchor = null;
    while (ch() == '&' || ch() == '!') {
      if (ch() == '&') anchor = anchorName();
      else skipTag();
      skipInline();
    }
    Object v;
    if (isBreakOrEnd(ch())) {
      int save = pos;
      int col = nextContentLine();
      boolean seqHere = mapValue && col == n && ch() == '-' && wsAfter(pos + 1);
      if (col < 0 || atDocumentMarker() || (col <= n && !seqHere)) {
        pos = save;
        v = "";
      } else {
        v = nodeAt(n, col, true);
      }
    } else {
      int col = column(pos);
      if (!compact && ch() == '-' && wsAfter(pos + 1)) {
        throw error("block sequence entries are not allowed in this context");
      }
      v = nodeAt(n, col, compact);
    }
    if (anchor != null) anchors.put(anchor, v);
    return v;
  }

  /** The node starting at the current position, column {@code col}, under parent indentation {@code n}. */
  private Object nodeAt(int n, int col, boolean mappingAllowed) {
    if (++depth > 1000) throw error("the document is nested too deeply");
    try {
      String anchor = null;
      while (ch() == '&' || ch() == '!') {
        if (ch() == '&') anchor = anchorName();
        else skipTag();
        skipInline();
        if (isBreakOrEnd(ch())) {
          Object v = value(n, false, true);
          if (anchor != null) anchors.put(anchor, v);
          return v;
        }
        col = column(pos);
      }
      Object v = nodeBody(n, col, mappingAllowed);
      if (anchor != null) anchors.put(anchor, v);
      return v;
    } finally {
      depth--;
    }
  }

  private Object nodeBody(int n, int col, boolean mappingAllowed) {
    char c = ch();
    if (c == '-' && wsAfter(pos + 1)) return sequence(col, col == n);
    if (c == '?' && wsAfter(pos + 1)) {
      if (!mappingAllowed) throw error("mapping values are not allowed in this context");
      return mapping(col, null, false);
    }
    if (c == '|' || c == '>') return blockScalar(n);
    int start = pos;
    Object key;
    if (c == '[' || c == '{') {
      key = flow();
    } else if (c == '*') {
      key = alias();
    } else if (c == '"' || c == '\'') {
      key = c == '"' ? doubleQuoted(n) : singleQuoted(n);
    } else {
      if (isKeyLine()) {
        key = plainOneLine();
      } else {
        return plain(n, false);
      }
    }
    int save = pos;
    while (isBlank(ch())) pos++;
    if (ch() == ':' && wsAfter(pos + 1)) {
      if (!mappingAllowed) throw error("mapping values are not allowed in this context", start);
      if (lineStart(start) != lineStart(pos)) throw error("an implicit key must be on one line", start);
      return mapping(col, key, true);
    }
    pos = save;
    return key;
  }

  /** Whether a plain scalar starting here is a mapping key: {@code ': '} before a comment or the line's end. */
  private boolean isKeyLine() {
    for (int i = pos; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') return false;
      if (c == '#' && i > pos && isBlank(s.charAt(i - 1))) return false;
      if (c == ':' && wsAfter(i + 1)) return true;
    }
    return false;
  }

  private String plainOneLine() {
    int start = pos;
    while (!isBreakOrEnd(ch())) {
      if (ch() == ':' && wsAfter(pos + 1)) break;
      pos++;
    }
    int end = pos;
    while (end > start && isBlank(s.charAt(end - 1))) end--;
    return s.substring(start, end);
  }

  private ScriptObject mapping(int col, Object firstKey, boolean haveFirst) {
    ScriptObject obj = rt.newObject();
    Object key = firstKey;
    boolean have = haveFirst;
    while (true) {
      if (!have) {
        if (ch() == '?' && wsAfter(pos + 1)) {
          pos++;
          key = value(col, false, true);
          int save = pos;
          int c = nextContentLine();
          if (c == col && ch() == ':' && wsAfter(pos + 1)) {
            // the value follows
          } else {
            pos = save;
            set(obj, key, "");
            if (!nextEntry(col)) return obj;
            continue;
          }
        } else {
          int start = pos;
          char c = ch();
          if (c == '"') key = doubleQuoted(col);
          else if (c == '\'') key = singleQuoted(col);
          else if (c == '*') key = alias();
          else if (c == '[' || c == '{') key = flow();
          else if (c == ':' && wsAfter(pos + 1)) key = "";
          else {
            if (c == '-' && wsAfter(pos + 1)) throw error("did not find expected key");
            if (!isKeyLine()) throw error("could not find expected ':'", start);
            key = plainOneLine();
          }
          while (isBlank(ch())) pos++;
          if (!(ch() == ':' && wsAfter(pos + 1))) throw error("could not find expected ':'", start);
        }
      }
      pos++; // ':'
      Object v = value(col, true, false);
      set(obj, key, v);
      have = false;
      if (!nextEntry(col)) return obj;
    }
  }

  /** Moves to the next entry of a collection at column {@code col}; false when the collection ends. */
  private boolean nextEntry(int col) {
    skipInline();
    if (!isBreakOrEnd(ch())) throw error("did not find expected key");
    int save = pos;
    int c = nextContentLine();
    if (c < 0 || atDocumentMarker() || c < col) {
      pos = save;
      return false;
    }
    if (c > col) throw error("mapping values are not allowed in this context");
    return true;
  }

  private void set(ScriptObject obj, Object key, Object v) {
    obj.set(keyString(key), v);
  }

  private String keyString(Object key) {
    if (key instanceof String str) return str;
    if (key instanceof ScriptArray) return "[object Array]";
    if (key instanceof ScriptObject) return "[object Object]";
    return String.valueOf(key);
  }

  private ScriptArray sequence(int col, boolean indentless) {
    ScriptArray arr = rt.newArray(java.util.List.of());
    while (true) {
      pos++; // '-'
      arr.push(value(col, false, true));
      skipInline();
      if (!isBreakOrEnd(ch())) throw error("did not find expected '-' indicator");
      int save = pos;
      int c = nextContentLine();
      if (c < 0 || atDocumentMarker() || c < col) {
        pos = save;
        return arr;
      }
      if (c > col || !(ch() == '-' && wsAfter(pos + 1))) {
        if (c == col && indentless) {
          pos = save;
          return arr;
        }
        throw error("did not find expected '-' indicator");
      }
    }
  }

  // ---------------------------------------------------------------- scalars

  private String anchorName() {
    pos++;
    int start = pos;
    while (!eof() && !wsAfter(pos) && ",[]{}".indexOf(ch()) < 0) pos++;
    if (pos == start) throw error("did not find expected alphabetic or numeric character");
    return s.substring(start, pos);
  }

  private void skipTag() {
    while (!eof() && !wsAfter(pos)) pos++;
  }

  private Object alias() {
    String name = anchorName();
    if (!anchors.containsKey(name)) throw error("found undefined alias '" + name + "'");
    return anchors.get(name);
  }

  /** A plain scalar, folded over continuation lines more indented than {@code n}. */
  private String plain(int n, boolean flow) {
    StringBuilder sb = new StringBuilder();
    boolean first = true;
    while (true) {
      int start = pos;
      while (!isBreakOrEnd(ch())) {
        char c = ch();
        if (c == ':' && (wsAfter(pos + 1) || (flow && ",[]{}".indexOf(at(pos + 1)) >= 0))) break;
        if (c == '#' && pos > start && isBlank(at(pos - 1))) break;
        if (c == '#' && pos == start && !first) break;
        if (flow && ",[]{}".indexOf(c) >= 0) break;
        pos++;
      }
      int end = pos;
      while (end > start && isBlank(s.charAt(end - 1))) end--;
      sb.append(s, start, end);
      first = false;
      if (!isBreakOrEnd(ch()) && !(ch() == '#')) return sb.toString();
      if (ch() == '#') return sb.toString();
      // a continuation line?
      int save = pos;
      int breaks = 0;
      int p = pos;
      while (p < s.length()) {
        if (s.charAt(p) == '\n') {
          breaks++;
          p++;
          continue;
        }
        int q = p;
        while (q < s.length() && isBlank(s.charAt(q))) q++;
        if (q < s.length() && s.charAt(q) == '\n') {
          p = q;
          continue;
        }
        p = q;
        break;
      }
      if (p >= s.length()) return sb.toString();
      int col = column(p);
      char c = s.charAt(p);
      boolean marker = col == 0 && (s.startsWith("---", p) || s.startsWith("...", p)) && wsAfter(p + 3);
      if (marker || c == '#' || (!flow && col <= n)) {
        pos = save;
        return sb.toString();
      }
      if (!flow && isIndicatorLine(p)) {
        pos = save;
        return sb.toString();
      }
      if (flow && ",[]{}".indexOf(c) >= 0) {
        pos = p;
        return sb.toString();
      }
      if (breaks == 1) sb.append(' ');
      else sb.append("\n".repeat(breaks - 1));
      pos = p;
    }
  }

  /** Whether the line at {@code p} holds a mapping key, which ends a plain scalar. */
  private boolean isIndicatorLine(int p) {
    int save = pos;
    pos = p;
    boolean key = isKeyLine();
    pos = save;
    return key;
  }

  private String singleQuoted(int n) {
    int open = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (eof()) throw error("found unexpected end of stream while scanning a quoted scalar", open);
      char c = ch();
      if (c == '\'') {
        if (at(pos + 1) == '\'') {
          sb.append('\'');
          pos += 2;
          continue;
        }
        pos++;
        return sb.toString();
      }
      if (c == '\n') {
        fold(sb, open);
        continue;
      }
      sb.append(c);
      pos++;
    }
  }

  /** Folds a line break inside a quoted scalar: one break is a space, more keep all but one. */
  private void fold(StringBuilder sb, int open) {
    int end = sb.length();
    while (end > 0 && isBlank(sb.charAt(end - 1))) end--;
    sb.setLength(end);
    int breaks = 0;
    while (ch() == '\n' || isBlank(ch())) {
      if (ch() == '\n') breaks++;
      pos++;
    }
    if (eof()) throw error("found unexpected end of stream while scanning a quoted scalar", open);
    if (column(pos) == 0 && (s.startsWith("---", pos) || s.startsWith("...", pos)) && wsAfter(pos + 3)) {
      throw error("found unexpected document indicator while scanning a quoted scalar", open);
    }
    if (breaks == 1) sb.append(' ');
    else sb.append("\n".repeat(breaks - 1));
  }

  private String doubleQuoted(int n) {
    int open = pos;
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (eof()) throw error("found unexpected end of stream while scanning a quoted scalar", open);
      char c = ch();
      if (c == '"') {
        pos++;
        return sb.toString();
      }
      if (c == '\\') {
        pos++;
        char e = ch();
        pos++;
        switch (e) {
          case '0': sb.append('\0'); break;
          case 'a': sb.append('\u0007'); break;
          case 'b': sb.append('\b'); break;
          case 't': case '\t': sb.append('\t'); break;
          case 'n': sb.append('\n'); break;
          case 'v': sb.append('\u000b'); break;
          case 'f': sb.append('\f'); break;
          case 'r': sb.append('\r'); break;
          case 'e': sb.append('\u001b'); break;
          case ' ': sb.append(' '); break;
          case '"': sb.append('"'); break;
          case '/': sb.append('/'); break;
          case '\\': sb.append('\\'); break;
          case 'N': sb.append('\u0085'); break;
          case '_': sb.append('\u00a0'); break;
          case 'L': sb.append('\u2028'); break;
          case 'P': sb.append('\u2029'); break;
          case 'x': sb.appendCodePoint(hex(2)); break;
          case 'u': sb.appendCodePoint(hex(4)); break;
          case 'U': sb.appendCodePoint(hex(8)); break;
          case '\n':
            while (isBlank(ch())) pos++;
            while (ch() == '\n') {
              sb.append('\n');
              pos++;
              while (isBlank(ch())) pos++;
            }
            break;
          default: throw error("found unknown escape character while parsing a quoted scalar", pos - 2);
        }
        continue;
      }
      if (c == '\n') {
        fold(sb, open);
        continue;
      }
      sb.append(c);
      pos++;
    }
  }

  private int hex(int digits) {
    if (pos + digits > s.length()) throw error("did not find expected hexdecimal number");
    int v = 0;
    for (int i = 0; i < digits; i++) {
      int d = Character.digit(s.charAt(pos + i), 16);
      if (d < 0) throw error("did not find expected hexdecimal number");
      v = v * 16 + d;
    }
    pos += digits;
    if (v > 0x10FFFF) throw error("found invalid Unicode character escape code");
    return v;
  }

  private String blockScalar(int n) {
    boolean literal = ch() == '|';
    pos++;
    int indicator = 0;
    char chomp = ' ';
    for (int i = 0; i < 2; i++) {
      char c = ch();
      if (c == '-' || c == '+') {
        chomp = c;
        pos++;
      } else if (c >= '1' && c <= '9') {
        indicator = c - '0';
        pos++;
      }
    }
    skipInline();
    if (!isBreakOrEnd(ch())) throw error("did not find expected comment or line break");
    int indent = indicator > 0 ? Math.max(n, 0) + indicator : -1;
    java.util.List<String> lines = new java.util.ArrayList<>();
    int p = pos;
    int lastContentEnd = pos;
    while (p < s.length()) {
      // p at a line break
      int ls = p + 1;
      if (ls > s.length()) break;
      int q = ls;
      while (q < s.length() && s.charAt(q) == ' ') q++;
      int le = s.indexOf('\n', ls);
      if (le < 0) le = s.length();
      boolean empty = q >= le;
      int ind = q - ls;
      if (empty) {
        lines.add(indent >= 0 && le - ls > indent ? s.substring(ls + indent, le) : "");
        p = le;
        if (p >= s.length()) break;
        continue;
      }
      if (indent < 0) {
        if (ind <= n) break;
        indent = ind;
      }
      if (ind < indent) break;
      if (ls == lineStart(ls) && ind == 0 && (s.startsWith("---", ls) || s.startsWith("...", ls)) && wsAfter(ls + 3)) break;
      lines.add(s.substring(ls + indent, le));
      lastContentEnd = le;
      p = le;
      if (p >= s.length()) break;
    }
    // trailing empty lines belong to the scalar only for chomping; the position stays before the next content
    int trailing = 0;
    for (int i = lines.size() - 1; i >= 0 && lines.get(i).isEmpty(); i--) trailing++;
    int contentLines = lines.size() - trailing;
    pos = contentLines > 0 ? lastContentEnd : pos;
    if (contentLines == 0) return chomp == '+' ? "\n".repeat(trailing) : "";
    StringBuilder sb = new StringBuilder();
    if (literal) {
      for (int i = 0; i < contentLines; i++) {
        if (i > 0) sb.append('\n');
        sb.append(lines.get(i));
      }
    } else {
      boolean prevMore = false;
      boolean pendingBreak = false;
      int empties = 0;
      for (int i = 0; i < contentLines; i++) {
        String line = lines.get(i);
        if (line.isEmpty()) {
          empties++;
          continue;
        }
        boolean more = line.charAt(0) == ' ' || line.charAt(0) == '\t';
        if (pendingBreak) {
          if (empties > 0) {
            sb.append("\n".repeat(empties + ((more || prevMore) ? 1 : 0)));
          } else {
            sb.append(more || prevMore ? "\n" : " ");
          }
        }
        sb.append(line);
        pendingBreak = true;
        prevMore = more;
        empties = 0;
      }
    }
    if (chomp == '-') return sb.toString();
    if (chomp == '+') return sb + "\n" + "\n".repeat(trailing);
    return sb + "\n";
  }

  // ---------------------------------------------------------------- flow collections

  private void skipFlowSpace() {
    while (true) {
      char c = ch();
      if (c == ' ' || c == '\t' || c == '\n') {
        pos++;
      } else if (c == '#' && (pos == 0 || wsAfter(pos - 1) || at(pos - 1) == '\n')) {
        while (!isBreakOrEnd(ch())) pos++;
      } else {
        return;
      }
    }
  }

  private Object flow() {
    if (++depth > 1000) throw error("the document is nested too deeply");
    try {
      char open = ch();
      int start = pos;
      pos++;
      if (open == '[') {
        ScriptArray arr = rt.newArray(java.util.List.of());
        while (true) {
          skipFlowSpace();
          if (eof()) throw error("did not find expected ',' or ']'", start);
          if (ch() == ']') {
            pos++;
            return arr;
          }
          Object item = flowNode();
          skipFlowSpace();
          if (ch() == ':' && (wsAfter(pos + 1) || ",[]{}".indexOf(at(pos + 1)) >= 0)) {
            pos++;
            skipFlowSpace();
            Object v = ch() == ',' || ch() == ']' ? "" : flowNode();
            ScriptObject pair = rt.newObject();
            set(pair, item, v);
            item = pair;
            skipFlowSpace();
          }
          arr.push(item);
          if (ch() == ',') {
            pos++;
          } else if (ch() != ']') {
            throw error("did not find expected ',' or ']'");
          }
        }
      }
      ScriptObject obj = rt.newObject();
      while (true) {
        skipFlowSpace();
        if (eof()) throw error("did not find expected ',' or '}'", start);
        if (ch() == '}') {
          pos++;
          return obj;
        }
        if (ch() == '?' && wsAfter(pos + 1)) {
          pos++;
          skipFlowSpace();
        }
        Object key = ch() == ':' ? "" : flowNode();
        skipFlowSpace();
        Object v = "";
        if (ch() == ':') {
          pos++;
          skipFlowSpace();
          if (ch() != ',' && ch() != '}') v = flowNode();
          skipFlowSpace();
        }
        set(obj, key, v);
        if (ch() == ',') {
          pos++;
        } else if (ch() != '}') {
          throw error("did not find expected ',' or '}'");
        }
      }
    } finally {
      depth--;
    }
  }

  private Object flowNode() {
    String anchor = null;
    while (ch() == '&' || ch() == '!') {
      if (ch() == '&') anchor = anchorName();
      else skipTag();
      skipFlowSpace();
    }
    Object v;
    char c = ch();
    if (c == '[' || c == '{') v = flow();
    else if (c == '"') v = doubleQuoted(-1);
    else if (c == '\'') v = singleQuoted(-1);
    else if (c == '*') v = alias();
    else if (c == ',' || c == ']' || c == '}') v = "";
    else v = plain(-1, true);
    if (anchor != null) anchors.put(anchor, v);
    return v;
  }
}
