package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * {@code pack(batchSize?, options?)}: combines every {@code batchSize} (default 1) input messages
 * into one: the head of the first, the bodies joined (with {@code options.prefix},
 * {@code separator} and {@code postfix} strings), the {@code MessageEnd} of the last.
 * <ul>
 *   <li>{@code timeout} (seconds or {@code "5s"}, default 5): a batch of complete messages whose
 *       last message ended that long ago goes out, full or not (checked about every second);</li>
 *   <li>{@code interval} (default 5): when a message ends and the last batch went out at least
 *       that long ago, the batch goes out full or not (0 turns this off);</li>
 *   <li>{@code vacancy} is accepted and ignored (it tunes Pipy's chunk defragmentation).</li>
 * </ul>
 * At the end of the stream the batch goes out if all its messages are complete; a batch with
 * an unfinished message is dropped whole, as in Pipy. {@code Data} outside messages is dropped.
 *
 * <p>Unlike Pipy 1.5, which counts the first interval from time zero and so sends the first
 * message of every stream alone, the first interval starts with the stream.
 */
final class Pack extends Filter {

  private final int batchSize;
  private final double timeout;
  private final double interval;
  private final byte[] prefix;
  private final byte[] postfix;
  private final byte[] separator;

  private Object head;
  private Data buffer;
  private int starts;
  private int ends;
  private long lastInput;
  private long lastFlush = -1;
  private ScheduledFuture<?> timer;
  private int generation;

  private Pack(int batchSize, double timeout, double interval, byte[] prefix, byte[] postfix, byte[] separator) {
    this.batchSize = batchSize;
    this.timeout = timeout;
    this.interval = interval;
    this.prefix = prefix;
    this.postfix = postfix;
    this.separator = separator;
  }

  private Pack(Pack proto) {
    super(proto);
    this.batchSize = proto.batchSize;
    this.timeout = proto.timeout;
    this.interval = proto.interval;
    this.prefix = proto.prefix;
    this.postfix = proto.postfix;
    this.separator = proto.separator;
  }

  static Pack create(FilterConfig config) {
    Object a0 = config.arg(0);
    int batch = 1;
    Object opts = config.arg(1);
    if (a0 instanceof Number n) {
      batch = (int) n.doubleValue();
    } else if (a0 instanceof ScriptObject && Args.absent(opts)) {
      opts = a0;
    } else if (!Args.absent(a0)) {
      throw ScriptError.typeError("pack: batchSize expects a number, got " + Values.typeName(a0));
    }
    ScriptObject options = Args.options("pack", opts);
    return new Pack(Math.max(1, batch),
        Args.seconds("pack", options, "timeout", 5),
        Args.seconds("pack", options, "interval", 5),
        bytes(Args.string("pack", options, "prefix")),
        bytes(Args.string("pack", options, "postfix")),
        bytes(Args.string("pack", options, "separator")));
  }

  private static byte[] bytes(String s) {
    return s == null || s.isEmpty() ? null : s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Override
  protected Filter duplicate() {
    return new Pack(this);
  }

  @Override
  protected void process(Event event) {
    long now = System.nanoTime();
    if (lastFlush < 0) lastFlush = now;
    scheduleTimeout();
    if (event instanceof MessageStart ms) {
      if (starts == 0) {
        head = ms.head();
        if (buffer != null) buffer.release();
        buffer = new Data();
        if (prefix != null) buffer.push(prefix);
      } else if (separator != null) {
        buffer.push(separator);
      }
      starts++;
    } else if (event instanceof Data d) {
      if (buffer != null && starts > ends) buffer.push(d);
      else d.release();
    } else if (event instanceof MessageEnd me) {
      if (starts <= ends) return;
      ends++;
      lastInput = now;
      if (starts == ends && (ends >= batchSize || interval > 0 && now - lastFlush >= (long) (interval * 1e9))) {
        flush(me);
      }
    } else if (event instanceof StreamEnd) {
      if (starts == ends && ends > 0) flush(MessageEnd.plain());
      dropBatch();
      cancelTimer();
      output(event);
    }
  }

  private void flush(MessageEnd end) {
    Data body = buffer;
    buffer = null;
    if (postfix != null) body.push(postfix);
    Object h = head;
    head = null;
    starts = 0;
    ends = 0;
    lastFlush = System.nanoTime();
    output(MessageStart.of(h));
    if (body.isEmpty()) body.release();
    else output(body);
    output(end);
  }

  private void scheduleTimeout() {
    if (timer != null || timeout <= 0) return;
    long period = (long) (Math.min(timeout, 1.0) * 1000);
    int gen = generation;
    timer = worker().executor().schedule(() -> {
      if (gen != generation) return;
      timer = null;
      if (ends > 0 && starts == ends && System.nanoTime() - lastInput >= (long) (timeout * 1e9)) {
        flush(MessageEnd.plain());
      }
      if (gen == generation && starts > 0) scheduleTimeout();
    }, Math.max(1, period), TimeUnit.MILLISECONDS);
  }

  private void cancelTimer() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  private void dropBatch() {
    if (buffer != null) {
      buffer.release();
      buffer = null;
    }
    head = null;
    starts = 0;
    ends = 0;
  }

  @Override
  protected void reset() {
    generation++;
    cancelTimer();
    dropBatch();
    lastFlush = -1;
  }
}
