package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** What {@code http.File} and {@code http.Directory} share: content types, safe paths, responses. */
final class StaticFiles {

  private StaticFiles() {
  }

  /** Pipy's table of content types by extension; anything else is {@code application/octet-stream}. */
  static final Map<String, String> DEFAULT_CONTENT_TYPES;

  static {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("html", "text/html");
    m.put("css", "text/css");
    m.put("xml", "text/xml");
    m.put("txt", "text/plain");
    m.put("gif", "image/gif");
    m.put("png", "image/png");
    m.put("jpg", "image/jpeg");
    m.put("svg", "image/svg+xml");
    m.put("woff", "font/woff");
    m.put("woff2", "font/woff2");
    m.put("ico", "image/x-icon");
    m.put("js", "application/javascript");
    m.put("json", "application/json");
    DEFAULT_CONTENT_TYPES = java.util.Collections.unmodifiableMap(m);
  }

  static final String OCTET_STREAM = "application/octet-stream";

  /** The extension of the last name in {@code path} (after its last dot), lower case; "" if none. */
  static String extension(String path) {
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash ? path.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  /**
   * The segments of {@code path} with {@code .} and {@code ..} resolved, never above the root;
   * {@code null} for a path no file can have (a NUL, or a backslash, which would be a separator
   * on some systems).
   */
  static String normalize(String path) {
    if (path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) return null;
    Deque<String> segments = new ArrayDeque<>();
    for (String s : path.split("/")) {
      if (s.isEmpty() || s.equals(".")) continue;
      if (s.equals("..")) {
        segments.pollLast();
      } else {
        segments.addLast(s);
      }
    }
    StringBuilder sb = new StringBuilder();
    for (String s : segments) sb.append('/').append(s);
    return sb.length() == 0 ? "/" : sb.toString();
  }

  /** {@code path} (normalized) under {@code root}; {@code null} if it cannot be a file there. */
  static Path resolve(Path root, String path) {
    String n = normalize(path);
    if (n == null) return null;
    Path p = n.equals("/") ? root : root.resolve(n.substring(1)).normalize();
    return p.startsWith(root.normalize()) ? p : null;
  }

  /** The bytes of a regular file, or {@code null} if there is none (or it cannot be read). */
  static byte[] read(Path file) {
    if (file == null || !Files.isRegularFile(file)) return null;
    try {
      return Files.readAllBytes(file);
    } catch (IOException | SecurityException e) {
      return null;
    }
  }

  /**
   * A response head: {@code {status: 200, headers: {content-type, content-encoding?}}}; Pipy's
   * heads are response heads, whose status reads 200 unless set.
   */
  static ScriptObject head(ScriptRuntime rt, String contentType, String encoding) {
    ScriptObject headers = rt.newObject();
    headers.set("content-type", contentType);
    if (encoding != null) headers.set("content-encoding", encoding);
    ScriptObject head = rt.newObject();
    head.set("status", 200);
    head.set("headers", headers);
    return head;
  }

  /** A response with {@code body} (not copied; it must not change). */
  static Message message(ScriptRuntime rt, String contentType, String encoding, byte[] body) {
    return new Message(head(rt, contentType, encoding), Data.wrap(body), null);
  }

  /** A response with just a status. */
  static Message status(ScriptRuntime rt, int status) {
    ScriptObject head = rt.newObject();
    head.set("status", status);
    return new Message(head, null, null);
  }

  /** {@code bytes} gzip-compressed. */
  static byte[] gzip(byte[] bytes) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length / 2 + 32);
    try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  /** {@code bytes} decoded as one whole brotli stream, or {@code null} if they are not that. */
  static byte[] unbrotli(byte[] bytes) {
    io.pipy.brotli.BrotliDecoder d = new io.pipy.brotli.BrotliDecoder();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    int p = 0;
    try {
      while (true) {
        int taken = d.feed(bytes, p, bytes.length - p);
        p += taken;
        int n;
        boolean any = false;
        while ((n = d.read(buf, 0, buf.length)) > 0) {
          out.write(buf, 0, n);
          any = true;
        }
        if (d.finished()) return out.toByteArray();
        if (taken == 0 && !any) return null; // cut short
      }
    } catch (java.util.zip.DataFormatException e) {
      return null;
    }
  }

  /** {@code bytes} gunzipped, or {@code null} if they are not gzip. */
  static byte[] gunzip(byte[] bytes) {
    try (java.util.zip.GZIPInputStream z = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
      return z.readAllBytes();
    } catch (IOException e) {
      return null;
    }
  }
}
