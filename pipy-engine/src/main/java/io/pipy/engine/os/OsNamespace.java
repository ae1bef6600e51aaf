package io.pipy.engine.os;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Log;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.Args;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code os} global: environment, platform, files and directories, and {@code os.path}.
 *
 * <p>File functions are synchronous, as in Pipy, and run on the calling worker: scripts use
 * them at start-up or for small files. Relative paths resolve against the working directory,
 * which {@code os.chdir()} changes for the {@code os} functions only (a JVM cannot change the
 * process's own). {@code read}/{@code write} throw on failure; {@code readFile}/{@code
 * writeFile} log the error instead ({@code readFile} then returns null), as in Pipy.
 */
public final class OsNamespace {

  private static volatile Path cwd = Path.of("").toAbsolutePath();

  private OsNamespace() {
  }

  /** The working directory the {@code os} functions resolve relative paths against. */
  public static Path cwd() {
    return cwd;
  }

  /** {@code name} resolved against {@link #cwd()}. */
  public static Path resolve(String name) {
    return cwd.resolve(name);
  }

  /** The platform name as Pipy gives it: {@code linux}, {@code darwin}, {@code windows}, {@code freebsd} or empty. */
  public static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.contains("linux")) return "linux";
    if (os.contains("mac") || os.contains("darwin")) return "darwin";
    if (os.contains("windows")) return "windows";
    if (os.contains("freebsd")) return "freebsd";
    return "";
  }

  private static HostFunction fn(String name, int arity, HostFunction.Body body) {
    return HostFunction.of(name, arity, body);
  }

  private static String path(String where, Object[] args, int i) {
    if (i >= args.length) throw new ScriptError(where + ": requires " + (i + 1) + " or more arguments");
    return Args.string(where, args, i);
  }

  static byte[] read(String name) {
    try {
      return Files.readAllBytes(resolve(name));
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ScriptError("cannot open file: " + name);
    }
  }

  static void write(String name, byte[] content) {
    try {
      Files.write(resolve(name), content);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      throw new ScriptError("cannot open file: " + name);
    }
  }

  static List<Object> list(String name) {
    List<Object> out = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(resolve(name))) {
      for (Path p : ds) out.add(p.getFileName().toString());
    } catch (IOException | java.nio.file.InvalidPathException e) {
      // Pipy gives an empty list for what it cannot read
    }
    out.sort(null);
    return out;
  }

  static void mkdir(String name, boolean recursive) {
    Path p = resolve(name);
    try {
      if (recursive) {
        Files.createDirectories(p);
      } else {
        Files.createDirectory(p);
      }
    } catch (IOException e) {
      throw new ScriptError("cannot create directory: " + p);
    }
  }

  static boolean rm(String name, boolean recursive, boolean force, boolean dirOnly) {
    Path p = resolve(name).normalize();
    if (force && !Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
    try {
      if (recursive) {
        deleteTree(p);
      } else if (dirOnly) {
        if (!Files.isDirectory(p)) throw new IOException("not a directory");
        Files.delete(p);
      } else {
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new IOException("is a directory");
        Files.delete(p);
      }
      return true;
    } catch (IOException e) {
      throw new ScriptError("cannot delete file: " + p);
    }
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(p)) {
        for (Path c : ds) deleteTree(c);
      }
    }
    Files.delete(p);
  }

  private static boolean option(Object[] args, int i, String key) {
    Object o = Args.get(args, i);
    return o instanceof ScriptObject so && Args.boolOption(so, key, false);
  }

  private static byte[] content(String where, Object[] args) {
    Object v = Args.get(args, 1);
    if (v instanceof Data d) return d.toBytes();
    if (v instanceof CharSequence s) return s.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    throw Args.expects(where, 1, "a Data or string");
  }

  /** {@code os.path}. */
  static Map<String, Object> pathNamespace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("basename", fn("basename", 2, (ctx, self, args) -> {
      String p = path("os.path.basename", args, 0);
      String name = OsPaths.basename(p);
      String suffix = Args.string("os.path.basename", args, 1, null);
      if (suffix != null && name.endsWith(suffix) && name.length() > suffix.length()) {
        name = name.substring(0, name.length() - suffix.length());
      }
      return name;
    }));
    m.put("dirname", fn("dirname", 1, (ctx, self, args) -> OsPaths.dirname(path("os.path.dirname", args, 0))));
    m.put("join", fn("join", 0, (ctx, self, args) -> OsPaths.join(strings(ctx, args))));
    m.put("resolve", fn("resolve", 0, (ctx, self, args) -> OsPaths.resolve(cwd.toString(), strings(ctx, args))));
    m.put("normalize", fn("normalize", 1, (ctx, self, args) -> OsPaths.normalize(path("os.path.normalize", args, 0))));
    return m;
  }

  private static List<String> strings(Context ctx, Object[] args) {
    List<String> out = new ArrayList<>();
    for (Object a : args) {
      out.add(a instanceof CharSequence s ? s.toString() : ctx == null ? String.valueOf(a)
          : ctx.worker().scripts().toStringValue(ctx, a));
    }
    return out;
  }

  /** The namespace object. */
  public static Map<String, Object> namespace() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("env", new TreeMap<>(System.getenv()));
    m.put("platform", platform());
    m.put("path", pathNamespace());
    m.put("home", fn("home", 0, (ctx, self, args) -> System.getProperty("user.home")));
    m.put("chdir", fn("chdir", 1, (ctx, self, args) -> {
      Path p = resolve(path("os.chdir", args, 0)).normalize();
      if (!Files.isDirectory(p)) throw new ScriptError("cannot change directory: " + p);
      cwd = p;
      return Undefined.INSTANCE;
    }));
    m.put("abspath", fn("abspath", 1, (ctx, self, args) -> {
      String p = path("os.abspath", args, 0);
      if (p.isEmpty()) return p;
      return OsPaths.normalize(p.startsWith("/") ? p : cwd + "/" + p);
    }));
    m.put("stat", fn("stat", 1, (ctx, self, args) -> FileStats.of(resolve(path("os.stat", args, 0)))));
    m.put("list", fn("list", 1, (ctx, self, args) -> ctx.worker().scripts().newArray(list(path("os.list", args, 0)))));
    m.put("readDir", fn("readDir", 1, (ctx, self, args) -> ctx.worker().scripts().newArray(list(path("os.readDir", args, 0)))));
    m.put("read", fn("read", 1, (ctx, self, args) -> Data.wrap(read(path("os.read", args, 0)))));
    m.put("write", fn("write", 2, (ctx, self, args) -> {
      String name = path("os.write", args, 0);
      write(name, content("os.write", args));
      return Undefined.INSTANCE;
    }));
    m.put("readFile", fn("readFile", 1, (ctx, self, args) -> {
      String name = path("os.readFile", args, 0);
      try {
        return Data.wrap(read(name));
      } catch (ScriptError e) {
        Log.error(e.getMessage());
        return null;
      }
    }));
    m.put("writeFile", fn("writeFile", 2, (ctx, self, args) -> {
      String name = path("os.writeFile", args, 0);
      byte[] c = content("os.writeFile", args);
      try {
        write(name, c);
      } catch (ScriptError e) {
        Log.error(e.getMessage());
      }
      return Undefined.INSTANCE;
    }));
    m.put("rename", fn("rename", 2, (ctx, self, args) -> {
      String from = path("os.rename", args, 0);
      String to = path("os.rename", args, 1);
      try {
        Files.move(resolve(from), resolve(to), StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException e) {
        throw new ScriptError("cannot rename file: " + from + " -> " + to);
      }
      return Undefined.INSTANCE;
    }));
    m.put("unlink", fn("unlink", 1, (ctx, self, args) -> {
      try {
        Path p = resolve(path("os.unlink", args, 0));
        if (Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return false;
        return Files.deleteIfExists(p);
      } catch (IOException e) {
        return false;
      }
    }));
    m.put("mkdir", fn("mkdir", 2, (ctx, self, args) -> {
      mkdir(path("os.mkdir", args, 0), option(args, 1, "recursive"));
      return Undefined.INSTANCE;
    }));
    m.put("rmdir", fn("rmdir", 2, (ctx, self, args) ->
        rm(path("os.rmdir", args, 0), option(args, 1, "recursive"), option(args, 1, "force"), true)));
    m.put("rm", fn("rm", 2, (ctx, self, args) ->
        rm(path("os.rm", args, 0), option(args, 1, "recursive"), option(args, 1, "force"), false)));
    m.put("kill", fn("kill", 2, (ctx, self, args) -> {
      long pid = (long) Args.number("os.kill", args, 0);
      int sig = (int) Args.number("os.kill", args, 1, 0);
      java.util.Optional<ProcessHandle> h = ProcessHandle.of(pid);
      if (h.isEmpty()) return false;
      switch (sig) {
        case 0: return h.get().isAlive();
        case 9: return h.get().destroyForcibly();
        case 2, 15: return h.get().destroy();
        default: throw new ScriptError("os.kill: signal " + sig + " is not supported (0, 2, 9 and 15 are)");
      }
    }));
    return m;
  }
}
