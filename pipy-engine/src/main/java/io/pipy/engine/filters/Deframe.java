package io.pipy.engine.filters;

import io.netty.buffer.ByteBuf;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code deframe(states)}: a byte-level state machine. {@code states} maps state names to
 * functions (or constant results); the first one is the initial state. The current state's
 * function is called, in the stream's context, with each input byte (a number) and returns the
 * next state's name, or an array {@code [event..., nextState, readSize?, readBuffer?]}:
 * <ul>
 *   <li>leading events (a {@code Data} as a duplicate) are output;</li>
 *   <li>with {@code readSize}, the next {@code readSize} bytes are read at once: appended to
 *       {@code readBuffer} when it is a {@code Data}, pushed as numbers when it is an array,
 *       or passed to the output as {@code Data} when there is none; then {@code nextState}'s
 *       function is called with that buffer (or -1 for passed bytes) instead of a byte.</li>
 * </ul>
 * Only {@code Data} is read; a {@code StreamEnd} is passed on and the machine starts over;
 * {@code MessageStart} and {@code MessageEnd} are dropped. An unknown state name, a bad
 * result or a throwing function ends the stream with a {@code RuntimeError}.
 */
final class Deframe extends Filter {

  private final Object[] states;
  private final Map<String, Integer> index;

  private int state;
  private int readLength;
  private Data readData;
  private ScriptArray readArray;
  private Object readArg;
  private boolean failed;

  private Deframe(Object[] states, Map<String, Integer> index) {
    this.states = states;
    this.index = index;
  }

  private Deframe(Deframe proto) {
    super(proto);
    this.states = proto.states;
    this.index = proto.index;
  }

  static Deframe create(FilterConfig config) {
    Object a = config.arg(0);
    if (!(a instanceof ScriptObject o) || a instanceof ScriptFunction) {
      throw ScriptError.typeError("deframe: states expects an object, got " + Values.typeName(a));
    }
    List<Object> list = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (String k : o.keys()) {
      index.put(k, list.size());
      list.add(o.get(k));
    }
    if (list.isEmpty()) throw new ScriptError("deframe: no states");
    return new Deframe(list.toArray(), index);
  }

  @Override
  protected Filter duplicate() {
    return new Deframe(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
    } else if (event instanceof Data d) {
      deframe(d);
    } else if (event instanceof StreamEnd) {
      output(event);
      restart();
    }
  }

  private void deframe(Data d) {
    while (!d.isEmpty() && state >= 0) {
      if (readLength > 0) {
        int n = Math.min(readLength, d.size());
        Data in = d.shift(n);
        if (readData != null) {
          readData.push(in.forScript());
          in.release();
        } else if (readArray != null) {
          for (byte b : in.toBytes()) readArray.push(b & 0xff);
          in.release();
        } else {
          output(in);
        }
        readLength -= n;
        if (readLength == 0) {
          readData = null;
          readArray = null;
          state = next(state, -1);
        }
      } else {
        ByteBuf chunk = d.chunk(0);
        int consumed = 0;
        for (int i = chunk.readerIndex(), e = chunk.writerIndex(); i < e; i++) {
          int c = chunk.getUnsignedByte(i);
          consumed++;
          state = next(state, c);
          if (state < 0 || readLength > 0) break;
        }
        d.skip(consumed);
      }
    }
    d.release();
  }

  /** Runs state {@code s} with byte {@code c}; the next state, or -1 if the stream failed. */
  private int next(int s, int c) {
    if (failed) return -1;
    Object v = states[s];
    if (v instanceof ScriptFunction f) {
      Object arg = readArg != null ? readArg : (Object) c;
      readArg = null;
      try {
        v = f.call1(context(), arg);
      } catch (RuntimeException e) {
        return fail(e);
      }
    }
    if (v instanceof ScriptArray a) {
      int i = 0;
      for (Object e; (e = a.get(i)) instanceof Event ev; i++) {
        output(ev instanceof Data data ? data.retainedDuplicate() : ev);
      }
      Object size = a.get(i + 1);
      Object buf = a.get(i + 2);
      if (!Values.isNullish(size)) {
        double n = Values.toNumber(size);
        if (!(n > 0)) return fail(new ScriptError("deframe: invalid reading length " + Values.number(n)));
        if (buf instanceof Data data) {
          readData = data;
          readArg = data;
        } else if (buf instanceof ScriptArray arr) {
          readArray = arr;
          readArg = arr;
        } else if (!Values.isNullish(buf)) {
          return fail(new ScriptError("deframe: invalid read buffer"));
        }
        readLength = (int) n;
      }
      v = a.get(i);
    }
    if (v instanceof CharSequence name) {
      Integer id = index.get(name.toString());
      if (id == null) return fail(new ScriptError("deframe: invalid state: " + name));
      return id;
    }
    return fail(new ScriptError("deframe: invalid state returned: " + Values.typeName(v)));
  }

  private int fail(RuntimeException e) {
    failed = true;
    readLength = 0;
    readData = null;
    readArray = null;
    readArg = null;
    failStream(e);
    return -1;
  }

  private void restart() {
    state = 0;
    readLength = 0;
    readData = null;
    readArray = null;
    readArg = null;
  }

  @Override
  protected void reset() {
    restart();
    failed = false;
  }
}
