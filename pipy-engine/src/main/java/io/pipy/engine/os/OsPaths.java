package io.pipy.engine.os;

import java.util.List;

/** Path strings as Pipy's {@code os.path} handles them: always with {@code /}. */
public final class OsPaths {

  private OsPaths() {
  }

  /** The part after the last {@code /}. */
  public static String basename(String p) {
    int i = p.lastIndexOf('/');
    return i < 0 ? p : p.substring(i + 1);
  }

  /** The part before the last {@code /}; empty if there is none. */
  public static String dirname(String p) {
    int i = p.lastIndexOf('/');
    return i < 0 ? "" : p.substring(0, i);
  }

  /** Two paths joined with one {@code /} between them. */
  static String join2(String base, String path) {
    boolean end = base.endsWith("/");
    boolean start = path.startsWith("/");
    if (end && start) return base + path.substring(1);
    if (end || start) return base + path;
    return base + "/" + path;
  }

  /** The non-empty parts joined; {@code "."} for no parts. */
  public static String join(List<String> parts) {
    if (parts.isEmpty()) return ".";
    String path = "";
    for (String s : parts) {
      if (s.isEmpty()) continue;
      path = path.isEmpty() ? s : join2(path, s);
    }
    return path;
  }

  /** The parts resolved from right to left until absolute, against {@code cwd}, normalized. */
  public static String resolve(String cwd, List<String> parts) {
    String path = "";
    for (String s : parts) {
      if (s.isEmpty()) continue;
      path = path.isEmpty() || s.startsWith("/") ? s : join2(path, s);
    }
    if (path.isEmpty()) path = ".";
    return normalize(path.startsWith("/") ? path : cwd + "/" + path);
  }

  /**
   * Pipy's normalization: {@code .} segments and empty segments dropped, {@code ..} removes the
   * previous segment, and the result always starts with {@code /}.
   */
  public static String normalize(String path) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = path.length();
    while (i < n) {
      int j = i;
      while (j < n && path.charAt(j) != '/') j++;
      int len = j - i;
      if (len > 0) {
        if (len == 1 && path.charAt(i) == '.') {
          // skip
        } else if (len == 2 && path.charAt(i) == '.' && path.charAt(i + 1) == '.') {
          int p = out.lastIndexOf("/");
          out.setLength(Math.max(0, p));
        } else {
          out.append('/').append(path, i, j);
        }
      }
      i = j + 1;
    }
    if (out.length() == 0) out.append('/');
    return out.toString();
  }
}
