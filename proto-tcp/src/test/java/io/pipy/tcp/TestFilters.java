package io.pipy.tcp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Inbound;
import io.pipy.api.StreamEnd;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Small Java filters for transport tests. */
final class TestFilters {

  private TestFilters() {
  }

  /** Passes everything through: the stream comes back to the client, FIN included. */
  static final class Echo extends Filter {
    Echo() {
    }

    private Echo(Echo p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Echo(this);
    }

    @Override
    protected void process(Event event) {
      output(event);
    }
  }

  /** Upper-cases text. */
  /**
   * Answers each input with {@link #burst()}: many small chunks, large ones between them, and
   * more than 40 KB of 1 KB chunks, each chunk a Data event of its own (from pooled memory, so a
   * chunk the writer forgets to release shows as a leak).
   */
  static final class Burst extends Filter {
    Burst() {
    }

    private Burst(Burst p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Burst(this);
    }

    /** The chunks one input is answered with, in order. */
    static List<String> burst() {
      List<String> chunks = new ArrayList<>();
      for (int i = 0; i < 50; i++) chunks.add(String.format("small-%03d|", i));
      chunks.add("L".repeat(1025));
      chunks.add("after-large|");
      chunks.add("M".repeat(1024));
      for (int i = 0; i < 40; i++) chunks.add(String.format("%03d", i) + "s".repeat(997));
      return chunks;
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) {
        d.release();
        for (String chunk : burst()) {
          byte[] bytes = chunk.getBytes(StandardCharsets.US_ASCII);
          ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer(bytes.length);
          output(Data.of(b.writeBytes(bytes)));
        }
      } else {
        output(event);
      }
    }
  }

  static final class Upper extends Filter {
    Upper() {
    }

    private Upper(Upper p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Upper(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) {
        String s = d.toString();
        d.release();
        output(Data.fromString(s.toUpperCase(Locale.ROOT)));
      } else {
        output(event);
      }
    }
  }

  /** Outputs every input {@code Data} {@code times} times over, counting the input bytes. */
  static final class Amplify extends Filter {
    final int times;
    final AtomicLong inputBytes;

    Amplify(int times, AtomicLong inputBytes) {
      this.times = times;
      this.inputBytes = inputBytes;
    }

    private Amplify(Amplify p) {
      super(p);
      this.times = p.times;
      this.inputBytes = p.inputBytes;
    }

    @Override
    protected Filter duplicate() {
      return new Amplify(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) {
        inputBytes.addAndGet(d.size());
        for (int i = 1; i < times; i++) output(d.retainedDuplicate());
        output(d);
      } else {
        output(event);
      }
    }
  }

  /** Consumes everything and outputs nothing: a stream that never answers nor ends by itself. */
  static final class Sink extends Filter {
    Sink() {
    }

    private Sink(Sink p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Sink(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) d.release();
    }
  }

  /**
   * Upper-cases what comes in; when the input ends, waits {@code delayMillis} (on the worker's
   * timer, outside any I/O event) and then says "bye" and ends its output.
   */
  static final class LateBye extends Filter {
    final long delayMillis;
    private ScheduledFuture<?> timer;

    LateBye(long delayMillis) {
      this.delayMillis = delayMillis;
    }

    private LateBye(LateBye p) {
      super(p);
      this.delayMillis = p.delayMillis;
    }

    @Override
    protected Filter duplicate() {
      return new LateBye(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) {
        String s = d.toString();
        d.release();
        output(Data.fromString(s.toUpperCase(Locale.ROOT)));
      } else if (event instanceof StreamEnd se && !se.hasError()) {
        timer = worker().executor().schedule(() -> {
          timer = null;
          output(Data.fromString("bye"));
          output(StreamEnd.normal());
        }, delayMillis, TimeUnit.MILLISECONDS);
      }
    }

    @Override
    protected void reset() {
      if (timer != null) timer.cancel(false);
      timer = null;
    }
  }

  /** What {@link Probe}s saw: per stream, the inbound, the worker and the StreamEnds that came in. */
  static final class ProbeLog {
    final List<Inbound> inbounds = new CopyOnWriteArrayList<>();
    final List<Integer> workerIndexes = new CopyOnWriteArrayList<>();
    final List<String> ends = new CopyOnWriteArrayList<>();
    final List<String> problems = new CopyOnWriteArrayList<>();
  }

  /** Records what passes and passes it on. */
  static final class Probe extends Filter {
    final ProbeLog log;
    private boolean started;

    Probe(ProbeLog log) {
      this.log = log;
    }

    private Probe(Probe p) {
      super(p);
      this.log = p.log;
    }

    @Override
    protected Filter duplicate() {
      return new Probe(this);
    }

    @Override
    protected void process(Event event) {
      if (!worker().inWorkerThread()) log.problems.add("event off the worker thread");
      if (!started) {
        started = true;
        log.inbounds.add(context().inbound());
        log.workerIndexes.add(worker().index());
      }
      if (event instanceof StreamEnd se) log.ends.add(se.hasError() ? se.error().scriptName() : "normal");
      output(event);
    }

    @Override
    protected void reset() {
      started = false;
    }
  }

  /**
   * On its first input, outputs {@code size} bytes of 'z' in 64 KiB pieces and then a StreamEnd
   * (normal, or with {@code error}); swallows all input.
   */
  static final class Reply extends Filter {
    final int size;
    final StreamEnd end;
    private boolean replied;

    Reply(int size, StreamEnd end) {
      this.size = size;
      this.end = end;
    }

    private Reply(Reply p) {
      super(p);
      this.size = p.size;
      this.end = p.end;
    }

    @Override
    protected Filter duplicate() {
      return new Reply(this);
    }

    @Override
    protected void process(Event event) {
      if (event instanceof Data d) d.release();
      if (replied) return;
      replied = true;
      byte[] piece = new byte[64 * 1024];
      java.util.Arrays.fill(piece, (byte) 'z');
      for (int left = size; left > 0; left -= piece.length) {
        output(Data.copyOf(piece, 0, Math.min(left, piece.length)));
      }
      output(end);
    }

    @Override
    protected void reset() {
      replied = false;
    }
  }
}
