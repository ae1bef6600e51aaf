package io.pipy.engine.os;

import io.pipy.api.script.HostClass;
import io.pipy.api.script.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;

/**
 * What {@code os.stat()} returns: the fields of POSIX {@code stat(2)} (following symbolic links,
 * as Pipy does) and the {@code is*()} tests. Times are seconds with fractions. {@code blksize}
 * and {@code blocks} are estimates where the platform does not tell them.
 */
public final class FileStats {

  private static final int S_IFMT = 0170000;

  public final double dev;
  public final double ino;
  public final int mode;
  public final double nlink;
  public final int uid;
  public final int gid;
  public final double rdev;
  public final double size;
  public final double blksize;
  public final double blocks;
  public final double atime;
  public final double mtime;
  public final double ctime;

  private FileStats(Map<String, Object> unix, BasicFileAttributes basic) {
    if (unix != null) {
      dev = num(unix.get("dev"));
      ino = num(unix.get("ino"));
      mode = (int) num(unix.get("mode"));
      nlink = num(unix.get("nlink"));
      uid = (int) num(unix.get("uid"));
      gid = (int) num(unix.get("gid"));
      rdev = num(unix.get("rdev"));
      ctime = secs((FileTime) unix.get("ctime"));
    } else {
      dev = 0;
      ino = 0;
      mode = basic.isDirectory() ? 0040755 : basic.isRegularFile() ? 0100644 : basic.isSymbolicLink() ? 0120777 : 0;
      nlink = 1;
      uid = 0;
      gid = 0;
      rdev = 0;
      ctime = secs(basic.creationTime());
    }
    size = basic.size();
    blksize = 4096;
    blocks = Math.ceil(basic.size() / 512.0);
    atime = secs(basic.lastAccessTime());
    mtime = secs(basic.lastModifiedTime());
  }

  private static double num(Object v) {
    return v instanceof Number n ? n.doubleValue() : 0;
  }

  private static double secs(FileTime t) {
    return t == null ? 0 : t.toMillis() / 1000.0;
  }

  /** The stats of {@code path}, or null if it cannot be read. */
  public static FileStats of(Path path) {
    try {
      BasicFileAttributes basic = Files.readAttributes(path, BasicFileAttributes.class);
      Map<String, Object> unix = null;
      try {
        unix = Files.readAttributes(path, "unix:*");
      } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
        // not a Unix file system view: basic attributes only
      }
      return new FileStats(unix, basic);
    } catch (IOException e) {
      return null;
    }
  }

  private int type() {
    return mode & S_IFMT;
  }

  public boolean isFile() {
    return type() == 0100000;
  }

  public boolean isDirectory() {
    return type() == 0040000;
  }

  public boolean isCharacterDevice() {
    return type() == 0020000;
  }

  public boolean isBlockDevice() {
    return type() == 0060000;
  }

  public boolean isFIFO() {
    return type() == 0010000;
  }

  public boolean isSymbolicLink() {
    return type() == 0120000;
  }

  public boolean isSocket() {
    return type() == 0140000;
  }

  @Override
  public String toString() {
    return "[object Stats]";
  }

  /** How scripts see the stats. */
  public static final HostClass<FileStats> CLASS = HostClass.builder("Stats", FileStats.class)
      .getter("dev", s -> Values.number(s.dev))
      .getter("ino", s -> Values.number(s.ino))
      .getter("mode", s -> s.mode)
      .getter("nlink", s -> Values.number(s.nlink))
      .getter("uid", s -> s.uid)
      .getter("gid", s -> s.gid)
      .getter("rdev", s -> Values.number(s.rdev))
      .getter("size", s -> Values.number(s.size))
      .getter("blksize", s -> Values.number(s.blksize))
      .getter("blocks", s -> Values.number(s.blocks))
      .getter("atime", s -> Values.number(s.atime))
      .getter("mtime", s -> Values.number(s.mtime))
      .getter("ctime", s -> Values.number(s.ctime))
      .method("isFile", 0, (ctx, s, a) -> s.isFile())
      .method("isDirectory", 0, (ctx, s, a) -> s.isDirectory())
      .method("isCharacterDevice", 0, (ctx, s, a) -> s.isCharacterDevice())
      .method("isBlockDevice", 0, (ctx, s, a) -> s.isBlockDevice())
      .method("isFIFO", 0, (ctx, s, a) -> s.isFIFO())
      .method("isSymbolicLink", 0, (ctx, s, a) -> s.isSymbolicLink())
      .method("isSocket", 0, (ctx, s, a) -> s.isSocket())
      .build();
}
