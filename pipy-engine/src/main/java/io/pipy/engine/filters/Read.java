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
import io.pipy.api.script.Values;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * {@code read(pathname, options?)}: a source reading a file. When the first input event arrives
 * the file is opened ({@code pathname} is a string, {@code "-"} for standard input, or a
 * function evaluated then) and its bytes go out as {@code Data}, then a {@code StreamEnd}. All
 * input events are discarded. Options {@code seek} (bytes to skip) and {@code size} (bytes to
 * read at most), each a number or a function.
 *
 * <p>Reading happens on an I/O thread one chunk at a time, the next chunk being read only after
 * the previous one went out, so a big file never floods memory. A file that cannot be opened
 * ends the stream with a {@code RuntimeError} (logged) as in Pipy; a read failure with a
 * {@code ReadError}.
 */
final class Read extends Filter {

  static final int CHUNK = 16 * 1024;

  private final Object pathname;
  private final Object seek;
  private final Object size;

  private boolean started;
  private InputStream in;
  private int generation;

  private Read(Object pathname, Object seek, Object size) {
    this.pathname = pathname;
    this.seek = seek;
    this.size = size;
  }

  private Read(Read proto) {
    super(proto);
    this.pathname = proto.pathname;
    this.seek = proto.seek;
    this.size = proto.size;
  }

  static Read create(FilterConfig config) {
    Object p = config.arg(0);
    if (Args.absent(p)) throw ScriptError.typeError("read: pathname expects a string or a function");
    ScriptObject o = Args.options("read", config.arg(1));
    return new Read(p, Args.option(o, "seek"), Args.option(o, "size"));
  }

  @Override
  protected Filter duplicate() {
    return new Read(this);
  }

  private long number(Object v) {
    if (v instanceof ScriptFunction f) v = f.call(context());
    if (Args.absent(v)) return 0;
    double d = Values.toNumber(v);
    return Double.isNaN(d) || d < 0 ? 0 : (long) d;
  }

  @Override
  protected void process(Event event) {
    Events.drop(event);
    if (started) return;
    started = true;
    String name;
    long skip;
    long limit;
    try {
      Object p = pathname instanceof ScriptFunction f ? f.call(context()) : pathname;
      name = worker().scripts().toStringValue(context(), p);
      skip = number(seek);
      limit = number(size);
    } catch (RuntimeException e) {
      failStream(e);
      return;
    }
    int gen = generation;
    BlockingIo.run(() -> {
      InputStream s;
      try {
        if (name.equals("-")) {
          s = System.in;
        } else {
          s = new FileInputStream(name);
          if (skip > 0) s.skipNBytes(skip);
        }
      } catch (IOException e) {
        worker().executor().execute(() -> {
          if (gen != generation) return;
          String msg = (location() == null ? "" : location() + ": ") + "unable to open file for reading: " + name;
          Log.error(msg);
          output(StreamEnd.thrown(msg));
        });
        return;
      }
      InputStream opened = s;
      worker().executor().execute(() -> {
        if (gen != generation) {
          closeQuietly(opened);
          return;
        }
        in = opened;
        readNext(gen, limit > 0 ? limit : Long.MAX_VALUE);
      });
    });
  }

  /** Reads the next chunk on an I/O thread and outputs it on the worker. */
  private void readNext(int gen, long remaining) {
    InputStream s = in;
    BlockingIo.run(() -> {
      byte[] buf = new byte[(int) Math.min(CHUNK, remaining)];
      int n;
      IOException error = null;
      try {
        n = remaining <= 0 ? -1 : s.read(buf);
      } catch (IOException e) {
        n = -1;
        error = e;
      }
      int got = n;
      IOException failure = error;
      worker().executor().execute(() -> {
        if (gen != generation) return;
        if (got < 0) {
          closeQuietly(in);
          in = null;
          if (failure != null) {
            Log.error("read: " + name() + ": " + failure.getMessage());
            output(StreamEnd.of(StreamEnd.Error.READ_ERROR));
          } else {
            output(StreamEnd.normal());
          }
          return;
        }
        if (got > 0) output(Data.wrap(got == buf.length ? buf : Arrays.copyOf(buf, got)));
        if (gen == generation) readNext(gen, remaining - got);
      });
    });
  }

  private static void closeQuietly(InputStream s) {
    if (s == null || s == System.in) return;
    try {
      s.close();
    } catch (IOException e) {
      // nothing to do
    }
  }

  @Override
  protected void reset() {
    generation++;
    started = false;
    InputStream s = in;
    in = null;
    if (s != null) BlockingIo.run(() -> closeQuietly(s));
  }
}
