package io.pipy.http;

import io.pipy.api.Context;
import io.pipy.api.Message;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Values;
import java.nio.file.Path;

/**
 * {@code http.File}: a file of the codebase, loaded once, with its pre-compressed variants
 * ({@code name.gz}, {@code name.br}) when they exist, turned into a response by
 * {@code toMessage(acceptEncoding)}.
 *
 * <p>As in Pipy: {@code new http.File(path)} throws {@code file not found: path} and
 * {@code http.File.from(path)} returns {@code null} when neither the file nor a variant exists,
 * after also trying {@code path/index.html}; paths are relative to the codebase root (a leading
 * {@code /} or not); the content type comes from the extension by Pipy's table; the response is
 * {@code {status: 200, headers: {content-type, content-encoding?}}} with the bytes as body, and the same
 * message object is given each time. {@code br} is chosen over {@code gzip} when both are
 * accepted and present; the plain file when neither is.
 *
 * <p>When only {@code name.br} exists and br is not accepted, the plain bytes are made by
 * decompressing it, as in Pipy. Beyond Pipy: paths cannot reach outside the codebase; a coding
 * refused with {@code q=0} is not chosen; when only {@code name.gz} exists and gzip is not
 * accepted, the plain bytes are made by decompressing it (Pipy tries and sends an empty body);
 * when the only variant cannot be decompressed, the answer is {@code 406 Not Acceptable}.
 */
final class HttpFile {

  private final String path;
  private final String contentType;
  private byte[] raw;
  private final byte[] gz;
  private final byte[] br;
  private Message plain;
  private Message gzipped;
  private Message brotli;

  private HttpFile(String path, String contentType, byte[] raw, byte[] gz, byte[] br) {
    this.path = path;
    this.contentType = contentType;
    this.raw = raw;
    this.gz = gz;
    this.br = br;
  }

  /** Loads {@code path} from {@code root}; {@code null} if neither it nor a variant exists. */
  static HttpFile load(Path root, String path) {
    String p = StaticFiles.normalize(path);
    if (p == null) return null;
    HttpFile f = tryLoad(root, p);
    if (f == null) f = tryLoad(root, (p.endsWith("/") ? p : p + "/") + "index.html");
    return f;
  }

  private static HttpFile tryLoad(Path root, String p) {
    byte[] raw = StaticFiles.read(StaticFiles.resolve(root, p));
    byte[] gz = StaticFiles.read(StaticFiles.resolve(root, p + ".gz"));
    byte[] br = StaticFiles.read(StaticFiles.resolve(root, p + ".br"));
    if (raw == null && gz == null && br == null) return null;
    String ct = StaticFiles.DEFAULT_CONTENT_TYPES.getOrDefault(StaticFiles.extension(p), StaticFiles.OCTET_STREAM);
    return new HttpFile(p, ct, raw, gz, br);
  }

  /** The response for a request accepting {@code acceptEncoding}. */
  Message toMessage(ScriptRuntime rt, Object acceptEncoding) {
    int accepted = Headers.acceptedEncodings(acceptEncoding);
    if ((accepted & Headers.BR) != 0 && br != null) {
      if (brotli == null) brotli = StaticFiles.message(rt, contentType, "br", br);
      return brotli;
    }
    if ((accepted & Headers.GZIP) != 0 && gz != null) {
      if (gzipped == null) gzipped = StaticFiles.message(rt, contentType, "gzip", gz);
      return gzipped;
    }
    if (plain == null) {
      if (raw == null && gz != null) raw = StaticFiles.gunzip(gz);
      if (raw == null && br != null) raw = StaticFiles.unbrotli(br);
      plain = raw == null ? StaticFiles.status(rt, 406) : StaticFiles.message(rt, contentType, null, raw);
    }
    return plain;
  }

  @Override
  public String toString() {
    return "[object File " + path + "]";
  }

  private static String pathArg(Context ctx, Object[] args, String what) {
    if (args.length < 1 || Values.isNullish(args[0])) throw ScriptError.typeError(what + ": path expects a string");
    return UrlSearchParams.str(ctx, args[0]);
  }

  static final HostClass<HttpFile> CLASS = HostClass.builder("File", HttpFile.class)
      .constructor((ctx, args) -> {
        String p = pathArg(ctx, args, "http.File");
        HttpFile f = load(HttpHost.of(ctx.worker()).codebase(), p);
        if (f == null) throw new ScriptError("file not found: " + p);
        return f;
      })
      .method("toMessage", 1, (ctx, self, args) ->
          self.toMessage(ctx.worker().scripts(), args.length > 0 ? args[0] : ""))
      .staticMember("from", HostFunction.of("from", 1, (ctx, self, args) ->
          load(HttpHost.of(ctx.worker()).codebase(), pathArg(ctx, args, "http.File.from"))))
      .build();
}
