package io.pipy.engine.formats;

import io.pipy.api.Context;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.util.ArrayDeque;
import java.util.List;

/**
 * Reading and writing XML as Pipy does with expat.
 *
 * <p>Reading: a document node (empty name) whose only child is the root element; each element
 * gets its attributes (null if none) and its children in order. Character data comes in the
 * pieces expat reports: each line break is a piece of its own, each character or entity
 * reference too, and the text between them; CDATA sections the same way; comments,
 * processing instructions and the DOCTYPE are skipped (only the five predefined entities and
 * character references are known). Malformed XML gives null. Line breaks are normalized to
 * {@code \n}.
 *
 * <p>Writing: a document node with one element child; attributes as {@code name="value"} (the
 * value escaped, which Pipy does not do), text as is unless it holds {@code <}, {@code >} or
 * {@code &}, which puts it in CDATA sections; an element with no children is written
 * {@code <a/>}, one text child inline. {@code space} (0 to 10) indents nested elements and text
 * on lines of their own.
 */
public final class XmlCodec {

  private XmlCodec() {
  }

  /** Thrown for malformed input. */
  static final class Malformed extends Exception {
    Malformed(String m) {
      super(m, null, false, false);
    }
  }

  // ---------------------------------------------------------------- reading

  /** The document node for {@code text}, or null if it is not well-formed. */
  public static XmlNode parse(String text, ScriptRuntime rt) {
    try {
      return new Reader(text.replace("\r\n", "\n").replace('\r', '\n'), rt).document();
    } catch (Malformed e) {
      return null;
    }
  }

  private static final class Reader {
    final String s;
    final ScriptRuntime rt;
    int pos;
    final ArrayDeque<XmlNode> stack = new ArrayDeque<>();

    Reader(String s, ScriptRuntime rt) {
      this.s = s;
      this.rt = rt;
    }

    char ch() {
      return pos < s.length() ? s.charAt(pos) : '\0';
    }

    boolean eof() {
      return pos >= s.length();
    }

    void expect(String t) throws Malformed {
      if (!s.startsWith(t, pos)) throw new Malformed("expected " + t);
      pos += t.length();
    }

    void skipSpace() {
      while (!eof() && isSpace(ch())) pos++;
    }

    static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    static boolean isNameStart(char c) {
      return Character.isLetter(c) || c == '_' || c == ':' || c > 0x7f;
    }

    static boolean isNameChar(char c) {
      return isNameStart(c) || Character.isDigit(c) || c == '-' || c == '.';
    }

    String name() throws Malformed {
      int start = pos;
      if (!isNameStart(ch())) throw new Malformed("expected a name");
      while (!eof() && isNameChar(ch())) pos++;
      return s.substring(start, pos);
    }

    XmlNode document() throws Malformed {
      if (s.startsWith("\uFEFF")) pos = 1;
      XmlNode doc = new XmlNode("", rt.newObject(), rt.newArray(List.of()));
      stack.push(doc);
      if (s.startsWith("<?xml", pos) && isSpace(charAt(pos + 5))) skipPI();
      boolean root = false;
      while (true) {
        skipSpace();
        if (eof()) break;
        if (s.startsWith("<!--", pos)) {
          skipComment();
        } else if (s.startsWith("<?", pos)) {
          skipPI();
        } else if (s.startsWith("<!DOCTYPE", pos)) {
          if (root) throw new Malformed("DOCTYPE after the root");
          skipDoctype();
        } else if (ch() == '<' && !root) {
          element();
          root = true;
        } else {
          throw new Malformed("junk after the document element");
        }
      }
      if (!root) throw new Malformed("no element found");
      return doc;
    }

    char charAt(int i) {
      return i < s.length() ? s.charAt(i) : '\0';
    }

    void skipComment() throws Malformed {
      int end = s.indexOf("-->", pos + 4);
      if (end < 0) throw new Malformed("unclosed comment");
      pos = end + 3;
    }

    void skipPI() throws Malformed {
      int end = s.indexOf("?>", pos + 2);
      if (end < 0) throw new Malformed("unclosed processing instruction");
      pos = end + 2;
    }

    void skipDoctype() throws Malformed {
      int depth = 0;
      while (!eof()) {
        char c = ch();
        if (c == '"' || c == '\'') {
          int end = s.indexOf(c, pos + 1);
          if (end < 0) throw new Malformed("unclosed literal");
          pos = end + 1;
          continue;
        }
        if (c == '[') depth++;
        if (c == ']') depth--;
        pos++;
        if (c == '>' && depth <= 0) return;
      }
      throw new Malformed("unclosed DOCTYPE");
    }

    void element() throws Malformed {
      expect("<");
      String name = name();
      ScriptObject attrs = null;
      java.util.Set<String> seen = null;
      while (true) {
        boolean spaced = isSpace(ch());
        skipSpace();
        if (s.startsWith("/>", pos)) {
          pos += 2;
          append(new XmlNode(name, attrs, rt.newArray(List.of())));
          return;
        }
        if (ch() == '>') {
          pos++;
          break;
        }
        if (!spaced) throw new Malformed("expected whitespace");
        String an = name();
        skipSpace();
        expect("=");
        skipSpace();
        char q = ch();
        if (q != '"' && q != '\'') throw new Malformed("expected a quote");
        pos++;
        StringBuilder v = new StringBuilder();
        while (true) {
          if (eof()) throw new Malformed("unclosed attribute value");
          char c = ch();
          if (c == q) {
            pos++;
            break;
          }
          if (c == '<') throw new Malformed("< in an attribute value");
          if (c == '&') {
            v.append(reference());
            continue;
          }
          v.append(c == '\n' || c == '\t' ? ' ' : c);
          pos++;
        }
        if (attrs == null) {
          attrs = rt.newObject();
          seen = new java.util.HashSet<>();
        }
        if (!seen.add(an)) throw new Malformed("duplicate attribute");
        attrs.set(an, v.toString());
      }
      XmlNode node = new XmlNode(name, attrs, rt.newArray(List.of()));
      append(node);
      stack.push(node);
      content();
      expect("</");
      String end = name();
      if (!end.equals(name)) throw new Malformed("mismatched tag");
      skipSpace();
      expect(">");
      stack.pop();
    }

    void append(Object child) {
      stack.peek().children().push(child);
    }

    void content() throws Malformed {
      StringBuilder text = new StringBuilder();
      while (true) {
        if (eof()) throw new Malformed("unclosed element");
        char c = ch();
        if (c == '<') {
          flush(text);
          if (s.startsWith("</", pos)) return;
          if (s.startsWith("<!--", pos)) {
            skipComment();
          } else if (s.startsWith("<![CDATA[", pos)) {
            int end = s.indexOf("]]>", pos + 9);
            if (end < 0) throw new Malformed("unclosed CDATA section");
            pieces(s.substring(pos + 9, end));
            pos = end + 3;
          } else if (s.startsWith("<?", pos)) {
            skipPI();
          } else {
            element();
          }
        } else if (c == '&') {
          flush(text);
          append(reference());
        } else if (c == '\n') {
          flush(text);
          append("\n");
          pos++;
        } else {
          if (c == ']' && s.startsWith("]]>", pos)) throw new Malformed("]]> in content");
          text.append(c);
          pos++;
        }
      }
    }

    void pieces(String t) {
      int i = 0;
      while (i < t.length()) {
        int nl = t.indexOf('\n', i);
        if (nl < 0) {
          append(t.substring(i));
          return;
        }
        if (nl > i) append(t.substring(i, nl));
        append("\n");
        i = nl + 1;
      }
    }

    void flush(StringBuilder text) {
      if (text.length() > 0) {
        append(text.toString());
        text.setLength(0);
      }
    }

    String reference() throws Malformed {
      int end = s.indexOf(';', pos);
      if (end < 0 || end - pos > 12) throw new Malformed("bad reference");
      String r = s.substring(pos + 1, end);
      pos = end + 1;
      switch (r) {
        case "lt": return "<";
        case "gt": return ">";
        case "amp": return "&";
        case "quot": return "\"";
        case "apos": return "'";
        default: break;
      }
      if (r.startsWith("#")) {
        try {
          int cp = r.startsWith("#x") ? Integer.parseInt(r.substring(2), 16) : Integer.parseInt(r.substring(1));
          if (cp <= 0 || cp > 0x10FFFF) throw new Malformed("bad character reference");
          return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
          throw new Malformed("bad character reference");
        }
      }
      throw new Malformed("undefined entity");
    }
  }

  // ---------------------------------------------------------------- writing

  /** The text of {@code doc}, or null if it is not a document node with one element child. */
  public static String stringify(Context ctx, XmlNode doc, int space) {
    ScriptArray children = doc.children();
    if (children == null || children.length() != 1 || !(children.get(0) instanceof XmlNode root)) return null;
    int sp = Math.max(0, Math.min(10, space));
    StringBuilder sb = new StringBuilder();
    write(ctx, sb, root, 0, sp, 0);
    return sb.toString();
  }

  private static void write(Context ctx, StringBuilder sb, XmlNode node, int level, int space, int depth) {
    if (node.name() == null) return;
    if (depth > 1000) throw new io.pipy.api.script.ScriptError("XML.stringify: the document is nested too deeply");
    String padding = " ".repeat(space * level);
    if (space > 0) sb.append(padding);
    sb.append('<').append(node.name());
    ScriptObject attrs = node.attributes();
    if (attrs != null) {
      for (String k : attrs.keys()) {
        sb.append(' ').append(k).append("=\"");
        escapeAttr(sb, text(ctx, attrs.get(k)));
        sb.append('"');
      }
    }
    ScriptArray children = node.children();
    boolean closed = false;
    boolean isText = false;
    if (children != null) {
      if (children.length() == 1 && !(children.get(0) instanceof XmlNode)) {
        sb.append('>');
        writeText(sb, text(ctx, children.get(0)));
        closed = true;
        isText = true;
      }
      if (!isText && children.length() > 0) {
        sb.append('>');
        if (space > 0) sb.append('\n');
        closed = true;
        String inner = " ".repeat(space * level + space);
        for (int i = 0; i < children.length(); i++) {
          Object c = children.get(i);
          if (c instanceof XmlNode n) {
            write(ctx, sb, n, level + 1, space, depth + 1);
          } else {
            if (space > 0) sb.append(inner);
            writeText(sb, text(ctx, c));
            if (space > 0) sb.append('\n');
          }
        }
      }
    }
    if (closed) {
      if (space > 0 && !isText) sb.append(padding);
      sb.append("</").append(node.name()).append('>');
    } else {
      sb.append("/>");
    }
    if (space > 0) sb.append('\n');
  }

  private static String text(Context ctx, Object v) {
    if (v instanceof CharSequence s) return s.toString();
    if (v instanceof Number n) return io.pipy.engine.algo.JsNumbers.toString(n.doubleValue());
    if (v == null) return "null";
    if (ctx == null) return String.valueOf(v);
    return ctx.worker().scripts().toStringValue(ctx, v);
  }

  private static void writeText(StringBuilder sb, String t) {
    if (t.indexOf('<') < 0 && t.indexOf('>') < 0 && t.indexOf('&') < 0) {
      sb.append(t);
      return;
    }
    int i = 0;
    while (i < t.length()) {
      int j = t.indexOf("]]>", i);
      j = j < 0 ? t.length() : j + 2;
      sb.append("<![CDATA[").append(t, i, j).append("]]>");
      i = j;
    }
  }

  private static void escapeAttr(StringBuilder sb, String v) {
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '&': sb.append("&amp;"); break;
        case '<': sb.append("&lt;"); break;
        case '"': sb.append("&quot;"); break;
        case '\n': sb.append("&#10;"); break;
        default: sb.append(c);
      }
    }
  }
}
