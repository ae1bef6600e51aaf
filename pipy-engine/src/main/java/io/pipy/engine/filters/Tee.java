package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

/**
 * {@code tee(filename, options?)}: writes the bytes of every {@code Data} to a file and passes
 * every event on unchanged. {@code filename} is a string ({@code "-"} for standard output) or a
 * function evaluated per stream when the first {@code Data} arrives. Writing happens on an I/O
 * thread, in order; the stream is never held up by the disk.
 *
 * <p>Each stream opens the file when its first {@code Data} arrives (truncating it, unless
 * {@code options.append}) and closes it at its {@code StreamEnd}; missing directories are
 * created. With {@code options.shared}, all streams of the process writing to the same path
 * share one file, opened once, which can rotate: {@code maxFileSize} (bytes),
 * {@code rotateInterval} (seconds) and {@code maxFileCount} (rotated files kept); a rotated file
 * is renamed with a {@code YYYY-MM-DD-HH-MM-SS-} prefix as in Pipy.
 */
final class Tee extends Filter {

  private final Object filename;
  private final boolean shared;
  private final boolean append;
  private final long maxFileSize;
  private final double rotateInterval;
  private final int maxFileCount;

  private Sink sink;
  private boolean failed;

  private Tee(Object filename, boolean shared, boolean append, long maxFileSize, double rotateInterval, int maxFileCount) {
    this.filename = filename;
    this.shared = shared;
    this.append = append;
    this.maxFileSize = maxFileSize;
    this.rotateInterval = rotateInterval;
    this.maxFileCount = maxFileCount;
  }

  private Tee(Tee proto) {
    super(proto);
    this.filename = proto.filename;
    this.shared = proto.shared;
    this.append = proto.append;
    this.maxFileSize = proto.maxFileSize;
    this.rotateInterval = proto.rotateInterval;
    this.maxFileCount = proto.maxFileCount;
  }

  static Tee create(FilterConfig config) {
    Object f = config.arg(0);
    if (Args.absent(f)) throw ScriptError.typeError("tee: filename expects a string or a function");
    ScriptObject o = Args.options("tee", config.arg(1));
    return new Tee(f, Args.bool(o, "shared", false), Args.bool(o, "append", false),
        Args.size("tee", o, "maxFileSize", 0), Args.seconds("tee", o, "rotateInterval", 0),
        (int) Args.size("tee", o, "maxFileCount", 0));
  }

  @Override
  protected Filter duplicate() {
    return new Tee(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
      return;
    }
    if (event instanceof Data d && !d.isEmpty()) {
      if (sink == null) {
        String name;
        try {
          Object v = filename instanceof ScriptFunction fn ? fn.call(context()) : filename;
          name = worker().scripts().toStringValue(context(), v);
        } catch (RuntimeException e) {
          failed = true;
          d.release();
          failStream(e);
          return;
        }
        sink = shared ? SharedFile.of(name, append, maxFileSize, rotateInterval, maxFileCount) : new StreamFile(name, append);
      }
      sink.write(d.toBytes());
    } else if (event instanceof StreamEnd) {
      closeSink();
    }
    output(event);
  }

  private void closeSink() {
    if (sink != null) {
      sink.close();
      sink = null;
    }
  }

  @Override
  protected void reset() {
    closeSink();
    failed = false;
  }

  /** Where a stream's bytes go. */
  private interface Sink {
    void write(byte[] bytes);

    void close();
  }

  private static OutputStream open(String name, boolean append) throws IOException {
    if (name.equals("-")) return new FileOutputStream(java.io.FileDescriptor.out);
    Path p = Path.of(name).toAbsolutePath();
    if (p.getParent() != null) Files.createDirectories(p.getParent());
    return new FileOutputStream(p.toFile(), append);
  }

  /** One file for one stream. */
  private static final class StreamFile implements Sink {
    private final Executor io = BlockingIo.serial();
    private final String name;
    private final boolean append;
    private OutputStream out;
    private boolean broken;

    StreamFile(String name, boolean append) {
      this.name = name;
      this.append = append;
    }

    @Override
    public void write(byte[] bytes) {
      io.execute(() -> {
        if (broken) return;
        try {
          if (out == null) out = open(name, append);
          out.write(bytes);
          if (name.equals("-")) out.flush();
        } catch (IOException e) {
          broken = true;
          Log.error("tee: cannot write to " + name + ": " + e.getMessage());
        }
      });
    }

    @Override
    public void close() {
      io.execute(() -> {
        try {
          if (out != null && !name.equals("-")) out.close();
        } catch (IOException e) {
          Log.error("tee: cannot close " + name + ": " + e.getMessage());
        }
        out = null;
      });
    }
  }

  /** A file shared by every stream writing to the same path, with optional rotation. */
  private static final class SharedFile implements Sink {
    private static final Map<String, SharedFile> FILES = new HashMap<>();
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HH-mm-ss-");

    private final Executor io = BlockingIo.serial();
    private final String path;
    private final boolean append;
    private final long maxFileSize;
    private final double rotateInterval;
    private final int maxFileCount;
    private OutputStream out;
    private long written;
    private long fileTime;
    private boolean broken;

    private SharedFile(String path, boolean append, long maxFileSize, double rotateInterval, int maxFileCount) {
      this.path = path;
      this.append = append;
      this.maxFileSize = maxFileSize;
      this.rotateInterval = rotateInterval;
      this.maxFileCount = maxFileCount;
    }

    static synchronized SharedFile of(String name, boolean append, long maxFileSize, double rotateInterval, int maxFileCount) {
      String path = name.equals("-") ? name : Path.of(name).toAbsolutePath().normalize().toString();
      return FILES.computeIfAbsent(path, p -> new SharedFile(p, append, maxFileSize, rotateInterval, maxFileCount));
    }

    @Override
    public void write(byte[] bytes) {
      io.execute(() -> {
        if (broken) return;
        try {
          writeNow(bytes);
        } catch (IOException e) {
          broken = true;
          Log.error("tee: cannot write to " + path + ": " + e.getMessage());
        }
      });
    }

    private void writeNow(byte[] bytes) throws IOException {
      if (out != null && written > 0 && !path.equals("-") && (
          maxFileSize > 0 && written + bytes.length > maxFileSize
          || rotateInterval > 0 && System.currentTimeMillis() - fileTime > rotateInterval * 1000)) {
        rotate();
      }
      if (out == null) {
        fileTime = System.currentTimeMillis();
        written = 0;
        if (!path.equals("-")) {
          Path p = Path.of(path);
          if (Files.isRegularFile(p)) {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            fileTime = a.creationTime().toMillis();
            written = append ? a.size() : 0;
          }
        }
        out = open(path, append);
      }
      out.write(bytes);
      if (path.equals("-")) out.flush();
      written += bytes.length;
    }

    private void rotate() throws IOException {
      out.close();
      out = null;
      Path p = Path.of(path);
      Path dir = p.getParent();
      String base = p.getFileName().toString();
      String stamp = LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(fileTime), ZoneId.systemDefault()).format(STAMP);
      Files.move(p, dir.resolve(stamp + base));
      if (maxFileCount > 0) {
        List<Path> rotated = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
          s.filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(base) && !n.equals(base);
          }).forEach(rotated::add);
        }
        rotated.sort(Comparator.comparing(Path::toString));
        while (rotated.size() > maxFileCount) Files.deleteIfExists(rotated.remove(0));
      }
    }

    @Override
    public void close() {
      // Shared files stay open for the other streams.
    }
  }
}
