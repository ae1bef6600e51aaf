package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Message;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code http.Directory}: serves the files under a folder. {@code new http.Directory(path,
 * options)}; {@code serve(request)} answers a request {@code Message} with a response
 * {@code Message}, or returns {@code null} when there is no such file.
 *
 * <p>As in Pipy: the folder is in the codebase, or on the file system with {@code {fs: true}}
 * (relative to the working directory); the request path is normalized and its query dropped; a
 * path that is not a file is tried with each index name ({@code options.index}, a string or an
 * array; default {@code index} then {@code index.html}); the content type comes from the
 * extension, by {@code options.contentTypes} (an object, which replaces the default table, or a
 * function called with the request and the file's path returning an object to look the extension
 * up in, or a content type) and else {@code options.defaultContentType}
 * ({@code application/octet-stream}); {@code file.br} or {@code file.gz} next to the file is sent
 * when the request's {@code accept-encoding} allows (br first); otherwise
 * {@code options.compression}, if given and gzip or br is accepted, is called with the request,
 * an object of the accepted codings ({@code {gzip: true, br: true}}), the path and the file size,
 * and may return {@code 'gzip'} to have the file compressed (once, then kept).
 * {@code http.Directory.defaultContentTypes} is a copy of the default table. Like Pipy, no
 * {@code ETag} or {@code Last-Modified} is sent; the status is 200.
 *
 * <p>Beyond Pipy: the path is percent-decoded after the query is dropped (Pipy looks for {@code a%20b.txt} as is), and cannot reach
 * outside the folder; the extension is what follows the last dot of the file name (Pipy takes
 * the first, so {@code app.min.js} was not JavaScript); files are kept in memory as Pipy does but
 * read again when their size or modification time changes. {@code options.tarball} is not
 * supported (an error).
 */
final class HttpDirectory {

  private final Path root;
  private final List<String> indexes;
  private final Map<String, String> contentTypes;
  private final ScriptFunction contentTypesFn;
  private final String defaultContentType;
  private final ScriptFunction compression;
  private final Map<String, Entry> cache = new HashMap<>();

  /** A file as served: its bytes and variants, and what it was when read. */
  private static final class Entry {
    String pathname;
    byte[] raw;
    byte[] gz;
    byte[] br;
    String contentType;
    long size;
    long modified;
    Path file;
  }

  private HttpDirectory(Path root, List<String> indexes, Map<String, String> contentTypes, ScriptFunction contentTypesFn,
      String defaultContentType, ScriptFunction compression) {
    this.root = root;
    this.indexes = indexes;
    this.contentTypes = contentTypes;
    this.contentTypesFn = contentTypesFn;
    this.defaultContentType = defaultContentType;
    this.compression = compression;
  }

  static HttpDirectory create(Context ctx, String path, ScriptObject options) {
    boolean fs = false;
    List<String> indexes = List.of("index", "index.html");
    Map<String, String> types = StaticFiles.DEFAULT_CONTENT_TYPES;
    ScriptFunction typesFn = null;
    String defaultType = StaticFiles.OCTET_STREAM;
    ScriptFunction compression = null;
    if (options != null) {
      fs = Values.truthy(options.get("fs"));
      if (Values.truthy(options.get("tarball"))) {
        throw new ScriptError("http.Directory: options.tarball is not supported");
      }
      Object index = options.get("index");
      if (index instanceof ScriptArray a) {
        List<String> l = new ArrayList<>();
        for (int i = 0, n = a.length(); i < n; i++) l.add(UrlSearchParams.str(ctx, a.get(i)));
        indexes = l;
      } else if (!Values.isNullish(index)) {
        indexes = List.of(UrlSearchParams.str(ctx, index));
      }
      Object ct = options.get("contentTypes");
      if (ct instanceof ScriptFunction f) {
        typesFn = f;
      } else if (ct instanceof ScriptObject o) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String k : o.keys()) m.put(k, UrlSearchParams.str(ctx, o.get(k)));
        types = m;
      } else if (!Values.isNullish(ct)) {
        throw ScriptError.typeError("http.Directory: options.contentTypes expects an object or a function");
      }
      Object dct = options.get("defaultContentType");
      if (!Values.isNullish(dct)) defaultType = UrlSearchParams.str(ctx, dct);
      Object c = options.get("compression");
      if (c instanceof ScriptFunction f) {
        compression = f;
      } else if (!Values.isNullish(c)) {
        throw ScriptError.typeError("http.Directory: options.compression expects a function");
      }
    }
    Path base = fs ? Path.of(path) : HttpHost.of(ctx.worker()).codebase().resolve(stripSlash(path));
    return new HttpDirectory(base.toAbsolutePath().normalize(), indexes, types, typesFn, defaultType, compression);
  }

  private static String stripSlash(String p) {
    int i = 0;
    while (i < p.length() && p.charAt(i) == '/') i++;
    return p.substring(i);
  }

  /** The response to {@code request}, or {@code null} when there is no file for it. */
  Message serve(Context ctx, Message request) {
    ScriptObject head = request.head() instanceof ScriptObject h ? h : null;
    String target = head != null && head.get("path") instanceof CharSequence s ? s.toString() : "/";
    int q = indexOfAny(target, '?', '#');
    if (q >= 0) target = target.substring(0, q);
    String path = StaticFiles.normalize(UrlParser.percentDecode(target));
    if (path == null) return null;
    Entry e = entry(ctx, request, path);
    if (e == null) return null;
    return respond(ctx, request, head, e);
  }

  private static int indexOfAny(String s, char a, char b) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == a || c == b) return i;
    }
    return -1;
  }

  private Entry entry(Context ctx, Message request, String path) {
    Entry e = cache.get(path);
    if (e != null && fresh(e)) return e;
    cache.remove(path);
    Path file = StaticFiles.resolve(root, path);
    String pathname = path;
    if (file == null) return null;
    if (!Files.isRegularFile(file)) {
      file = null;
      String dir = path.endsWith("/") ? path : path + "/";
      for (String index : indexes) {
        Path f = StaticFiles.resolve(root, dir + index);
        if (f != null && Files.isRegularFile(f)) {
          file = f;
          pathname = StaticFiles.normalize(dir + index);
          break;
        }
      }
      if (file == null) return null;
    }
    byte[] raw = StaticFiles.read(file);
    if (raw == null) return null;
    e = new Entry();
    e.file = file;
    e.pathname = pathname;
    e.raw = raw;
    e.gz = StaticFiles.read(file.resolveSibling(file.getFileName() + ".gz"));
    e.br = StaticFiles.read(file.resolveSibling(file.getFileName() + ".br"));
    stamp(e);
    e.contentType = contentType(ctx, request, pathname);
    cache.put(path, e);
    return e;
  }

  private static void stamp(Entry e) {
    try {
      BasicFileAttributes a = Files.readAttributes(e.file, BasicFileAttributes.class);
      e.size = a.size();
      e.modified = a.lastModifiedTime().toMillis();
    } catch (IOException ex) {
      e.size = -1;
    }
  }

  private static boolean fresh(Entry e) {
    try {
      BasicFileAttributes a = Files.readAttributes(e.file, BasicFileAttributes.class);
      return a.isRegularFile() && a.size() == e.size && a.lastModifiedTime().toMillis() == e.modified;
    } catch (IOException ex) {
      return false;
    }
  }

  private String contentType(Context ctx, Message request, String pathname) {
    String ext = StaticFiles.extension(pathname);
    if (contentTypesFn != null) {
      Object r = contentTypesFn.call(ctx, request, pathname);
      if (r instanceof ScriptObject o && !(r instanceof ScriptFunction)) {
        Object v = o.get(ext);
        if (!Values.isNullish(v)) return UrlSearchParams.str(ctx, v);
      } else if (!Values.isNullish(r)) {
        return UrlSearchParams.str(ctx, r);
      }
    }
    String t = contentTypes.get(ext);
    return t != null ? t : defaultContentType;
  }

  private Message respond(Context ctx, Message request, ScriptObject head, Entry e) {
    ScriptRuntime rt = ctx.worker().scripts();
    int accepted = Headers.acceptedEncodings(Headers.get(Headers.of(head), "accept-encoding"));
    if ((accepted & Headers.BR) != 0 && e.br != null) return StaticFiles.message(rt, e.contentType, "br", e.br);
    if ((accepted & Headers.GZIP) != 0 && e.gz != null) return StaticFiles.message(rt, e.contentType, "gzip", e.gz);
    if (accepted != 0 && compression != null) {
      ScriptObject codings = rt.newObject();
      if ((accepted & Headers.GZIP) != 0) codings.set("gzip", true);
      if ((accepted & Headers.BR) != 0) codings.set("br", true);
      Object r = compression.call(ctx, request, codings, e.pathname, e.raw.length);
      if (Values.truthy(r)) {
        if (!(r instanceof CharSequence s)) throw ScriptError.typeError("http.Directory: compression callback expected to return a string");
        if (!"gzip".contentEquals(s)) {
          throw new ScriptError("http.Directory: compression callback returned an unsupported compression algorithm: " + s);
        }
        if ((accepted & Headers.GZIP) != 0) {
          e.gz = StaticFiles.gzip(e.raw);
          return StaticFiles.message(rt, e.contentType, "gzip", e.gz);
        }
      }
    }
    return StaticFiles.message(rt, e.contentType, null, e.raw);
  }

  // ---- The script class ----

  static final HostClass<HttpDirectory> CLASS = HostClass.builder("Directory", HttpDirectory.class)
      .constructor((ctx, args) -> {
        if (args.length < 1 || Values.isNullish(args[0])) throw ScriptError.typeError("http.Directory: path expects a string");
        ScriptObject options = HttpOptions.object("http.Directory", args.length > 1 ? args[1] : null);
        return create(ctx, UrlSearchParams.str(ctx, args[0]), options);
      })
      .method("serve", 1, (ctx, self, args) -> {
        if (args.length < 1 || !(args[0] instanceof Message m)) throw ScriptError.typeError("http.Directory.serve: request expects a Message");
        return self.serve(ctx, m);
      })
      .staticMember("defaultContentTypes", StaticFiles.DEFAULT_CONTENT_TYPES)
      .build();
}
