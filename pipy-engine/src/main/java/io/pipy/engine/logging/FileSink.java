package io.pipy.engine.logging;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Log lines appended to a file, each followed by a line break, with rotation as Pipy's
 * {@code tee} does it: when the next write would pass {@code maxFileSize} bytes, or the file is
 * older than {@code rotateInterval} seconds, it is renamed to
 * {@code yyyy-MM-dd-HH-mm-ss-<name>} (the time it was started) and a new file begins; with
 * {@code maxFileCount}, only that many rotated files ending in the name are kept besides the
 * current one (the oldest go), as in Pipy.
 */
final class FileSink extends LogSink {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-");

  /** Rotation settings; zero means none. */
  record Options(long maxFileSize, int maxFileCount, double rotateIntervalSeconds, boolean append) {
    static final Options DEFAULT = new Options(0, 0, 0, true);
  }

  private final Path path;
  private final Options options;
  private OutputStream out;
  private long written;
  private long started;

  FileSink(Path path, Options options, int maxRecords, long maxBytes) {
    super(path.toString(), maxRecords, maxBytes);
    this.path = path;
    this.options = options;
  }

  Path path() {
    return path;
  }

  @Override
  protected void write(List<Record> batch) throws IOException {
    for (Record r : batch) {
      int len = r.bytes().length + 1;
      if (out != null && written > 0 && needsRotation(len)) rotate();
      if (out == null) open();
      out.write(r.bytes());
      out.write('\n');
      written += len;
    }
    out.flush();
  }

  private boolean needsRotation(int len) {
    if (options.maxFileSize() > 0 && written + len > options.maxFileSize()) return true;
    return options.rotateIntervalSeconds() > 0
        && System.currentTimeMillis() - started > options.rotateIntervalSeconds() * 1000;
  }

  private void open() throws IOException {
    Path dir = path.toAbsolutePath().getParent();
    if (dir != null) Files.createDirectories(dir);
    started = System.currentTimeMillis();
    written = 0;
    if (options.append() && Files.isRegularFile(path)) {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      started = a.creationTime().toMillis();
      written = a.size();
      out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } else {
      out = Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    }
  }

  private void rotate() throws IOException {
    out.close();
    out = null;
    Path dir = path.toAbsolutePath().getParent();
    String base = path.getFileName().toString();
    String stamp = LocalDateTime.ofInstant(Instant.ofEpochMilli(started), ZoneId.systemDefault()).format(STAMP);
    Path target = dir.resolve(stamp + base);
    for (int i = 1; Files.exists(target); i++) target = dir.resolve(stamp + i + "-" + base);
    Files.move(path, target);
    if (options.maxFileCount() > 0) prune(dir, base);
  }

  private void prune(Path dir, String base) throws IOException {
    List<Path> all = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (p.getFileName().toString().endsWith(base) && Files.isRegularFile(p)) all.add(p);
      }
    }
    if (all.size() <= options.maxFileCount()) return;
    all.sort(Comparator.comparing((Path p) -> p.getFileName().toString().equals(base) ? 1 : 0)
        .thenComparing(FileSink::modified)
        .thenComparing(p -> p.getFileName().toString()).reversed());
    while (all.size() > options.maxFileCount()) {
      Path oldest = all.remove(all.size() - 1);
      Files.deleteIfExists(oldest);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }
}
