package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code demux(options?)} and {@code demuxQueue(options?)} (the same filter since Pipy 0.99):
 * every input message gets its own sub-pipeline, with a shallow clone of the stream's context;
 * the answers come out in the order of the requests, however the sub-pipelines interleave.
 *
 * <p>Option {@code outputCount} (a number, or a function called with each MessageStart): how many
 * messages each sub-pipeline answers with (default 1; 0: none is awaited). A negative count
 * {@code -n} means n answers, and no further input is processed until they are out.
 *
 * <p>A sub-pipeline lives until its request has been fed completely and its answers are out
 * (or it ended). One that ends ({@code StreamEnd}) before it has answered ends the whole output
 * with that {@code StreamEnd}, as Pipy does. When the input ends, the output ends after the
 * last pending answer. Pipy 0.50's {@code demux('layout')} names the layout.
 */
class Demux extends JointFilter {

  /** One request and its sub-pipeline. */
  private final class Stream {
    Pipeline pipeline;
    int count;
    boolean inputDone;
    boolean outputDone;
    boolean started;
    EventQueue buffer;
    StreamEnd eos;

    void input(Event e) {
      if (pipeline != null) {
        pipeline.input(e);
      } else {
        Events.drop(e);
      }
    }
  }

  private final int outputCount;
  private final ScriptFunction outputCountFn;

  private Stream current;
  private final ArrayDeque<Stream> receivers = new ArrayDeque<>();
  private final List<Stream> streams = new ArrayList<>();
  private StreamEnd inputEnd;
  private boolean holdAfterMessage;

  Demux(int outputCount, ScriptFunction outputCountFn) {
    this.outputCount = outputCount;
    this.outputCountFn = outputCountFn;
  }

  Demux(Demux prototype) {
    super(prototype);
    this.outputCount = prototype.outputCount;
    this.outputCountFn = prototype.outputCountFn;
  }

  static Filter create(FilterConfig config) {
    return build("demux", config, false);
  }

  static Filter build(String name, FilterConfig config, boolean queue) {
    Object a0 = config.arg(0);
    String layout = null;
    if (a0 instanceof CharSequence s) {
      layout = s.toString();
      a0 = config.arg(1);
    }
    ScriptObject options = Opts.object(name, a0);
    Object oc = Opts.get(options, "outputCount");
    int count = 1;
    ScriptFunction countFn = null;
    if (oc instanceof ScriptFunction f) {
      countFn = f;
    } else {
      count = Opts.integer(name, "outputCount", oc, 1);
    }
    Demux d = queue ? new DemuxQueue(count, countFn) : new Demux(count, countFn);
    if (layout != null) d.addSubPipeline(config.layoutNamed(layout));
    return d;
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Demux(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (event instanceof MessageStart ms) {
      if (current != null) return;
      int n = outputCount;
      if (outputCountFn != null) {
        Object r = call(outputCountFn, ms);
        if (r == FAILED) return;
        n = Values.toInt(r, 1);
      }
      if (n < 0) {
        n = -n;
        holdAfterMessage = true;
      }
      Stream s = new Stream();
      s.count = n;
      streams.add(s);
      if (n > 0) receivers.add(s);
      current = s;
      s.pipeline = startSub(0, true, e -> fromStream(s, e));
      s.pipeline.input(ms);
    } else if (event instanceof Data d) {
      if (current != null) {
        current.input(d);
      } else {
        d.release();
      }
    } else if (event instanceof MessageEnd me) {
      endInput(me);
    } else if (event instanceof StreamEnd se) {
      int gen = generation;
      endInput(se);
      if (gen != generation || closed) return;
      if (receivers.isEmpty()) {
        finish(se);
      } else {
        inputEnd = se;
      }
    }
  }

  private void endInput(Event end) {
    Stream s = current;
    if (s == null) return;
    int gen = generation;
    s.input(end);
    if (gen != generation) return;
    current = null;
    s.inputDone = true;
    recycle(s);
    if (holdAfterMessage && !receivers.isEmpty()) {
      holdAfterMessage = false;
      pause();
    } else {
      holdAfterMessage = false;
    }
  }

  /** Releases the sub-pipeline of {@code s} once its input and output are both done. */
  private void recycle(Stream s) {
    if (s.inputDone && s.outputDone && s.pipeline != null) {
      Pipeline p = s.pipeline;
      s.pipeline = null;
      streams.remove(s);
      release(p);
    }
  }

  private void fromStream(Stream s, Event e) {
    if (receivers.peekFirst() == s) {
      if (e instanceof MessageStart) {
        if (!s.started) {
          s.started = true;
          output(e);
        }
      } else if (e instanceof Data d) {
        if (s.started) {
          output(d);
        } else {
          d.release();
        }
      } else if (e instanceof MessageEnd) {
        if (s.started) {
          s.started = false;
          int gen = generation;
          output(e);
          if (gen != generation) return;
          if (--s.count == 0) shift();
        }
      } else if (e instanceof StreamEnd se) {
        s.outputDone = true;
        if (s.started) {
          s.started = false;
          int gen = generation;
          output(MessageEnd.plain());
          if (gen != generation) return;
          if (--s.count == 0) {
            shift();
          } else {
            finish(se);
          }
        } else {
          finish(se);
        }
      }
    } else if (s.count > 0 && receivers.contains(s)) {
      if (e instanceof MessageStart) {
        if (!s.started) {
          s.started = true;
          buffer(s).add(e);
        }
      } else if (e instanceof Data d) {
        if (s.started) {
          buffer(s).add(d);
        } else {
          d.release();
        }
      } else if (e instanceof MessageEnd) {
        if (s.started) {
          s.started = false;
          buffer(s).add(e);
          if (--s.count == 0) {
            s.outputDone = true;
            recycle(s);
          }
        }
      } else if (e instanceof StreamEnd se) {
        s.outputDone = true;
        s.eos = se;
        if (s.started) {
          s.started = false;
          buffer(s).add(MessageEnd.plain());
          s.count--;
        }
        recycle(s);
      }
    } else {
      Events.drop(e);
      if (e instanceof StreamEnd) {
        s.outputDone = true;
        recycle(s);
      }
    }
  }

  private static EventQueue buffer(Stream s) {
    if (s.buffer == null) s.buffer = new EventQueue();
    return s.buffer;
  }

  /** The head receiver is done: flush the next ones that are ready, in order. */
  private void shift() {
    Stream head = receivers.pollFirst();
    head.outputDone = true;
    recycle(head);
    int gen = generation;
    Stream r;
    while ((r = receivers.peekFirst()) != null) {
      if (r.buffer != null) {
        Event e;
        while (gen == generation && (e = r.buffer.poll()) != null) output(e);
        if (gen != generation) return;
      }
      if (r.count > 0) {
        if (r.eos != null) finish(r.eos);
        return;
      }
      receivers.pollFirst();
      r.outputDone = true;
      recycle(r);
    }
    if (inputEnd != null) {
      finish(inputEnd);
    } else if (paused()) {
      resume();
    }
  }

  @Override
  protected void onReset() {
    current = null;
    for (Stream r : receivers) {
      if (r.buffer != null) r.buffer.clear();
    }
    receivers.clear();
    inputEnd = null;
    holdAfterMessage = false;
    if (!streams.isEmpty()) {
      Stream[] all = streams.toArray(new Stream[0]);
      streams.clear();
      for (Stream s : all) {
        Pipeline p = s.pipeline;
        s.pipeline = null;
        if (s.buffer != null) s.buffer.clear();
        release(p);
      }
    }
  }
}
