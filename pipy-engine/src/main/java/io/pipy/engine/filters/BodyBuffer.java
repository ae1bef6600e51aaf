package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptObject;

/**
 * A message body being collected, with Pipy's optional {@code bufferLimit}: bytes past the limit
 * are dropped, keeping the first {@code bufferLimit} bytes.
 */
final class BodyBuffer {

  private final long limit;
  private Data body;

  BodyBuffer(long limit) {
    this.limit = limit;
  }

  /** Keeps a copy of {@code data}'s bytes (a retained duplicate); {@code data} is untouched. */
  void keepCopy(Data data) {
    if (data.isEmpty() || full()) return;
    add(data.retainedDuplicate());
  }

  /** Takes {@code data} over. */
  void take(Data data) {
    if (data.isEmpty() || full()) {
      data.release();
      return;
    }
    add(data);
  }

  private boolean full() {
    return limit >= 0 && body != null && body.size() >= limit;
  }

  private void add(Data owned) {
    if (body == null) body = new Data();
    if (limit >= 0 && body.size() + (long) owned.size() > limit) {
      int room = (int) (limit - body.size());
      Data part = owned.shift(room);
      owned.release();
      owned = part;
    }
    body.push(owned);
  }

  /** The body so far as a script-held {@code Data}; the buffer is left empty. */
  Data flushForScript() {
    Data b = body;
    body = null;
    if (b == null) return new Data();
    Data s = b.forScript();
    b.release();
    return s;
  }

  /** Drops what is held. */
  void clear() {
    if (body != null) {
      body.release();
      body = null;
    }
  }

  /** The limit from {@code options.bufferLimit}, or -1 for none. */
  static long limitOf(String filter, ScriptObject options) {
    return Args.size(filter, options, "bufferLimit", -1);
  }

  /**
   * Splits Pipy's two argument forms of the message filters: 1.x {@code (callback, options)}
   * and 0.50 {@code (sizeLimit, callback)} with a number or a size string first. Returns the
   * callback-or-replacement and sets {@code limitOut[0]}.
   */
  static Object splitArgs(String filter, FilterConfig config, long[] limitOut) {
    Object a0 = config.arg(0);
    if (config.argCount() >= 2 && (a0 instanceof Number || a0 instanceof CharSequence)) {
      limitOut[0] = a0 instanceof Number n ? (long) n.doubleValue() : Args.parseSize(filter, "sizeLimit", a0.toString());
      if (limitOut[0] < 0) limitOut[0] = -1;
      return config.arg(1);
    }
    limitOut[0] = limitOf(filter, Args.options(filter, config.arg(1)));
    return a0;
  }

}
