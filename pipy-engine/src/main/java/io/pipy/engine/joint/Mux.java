package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * {@code mux(sessionSelector?, options?)} and {@code muxQueue(...)} (the same filter since Pipy
 * 0.99): messages from many streams share one sub-pipeline, a session, picked by a session key;
 * each stream gets back, in order, the answers to its own messages.
 *
 * <p>The key is evaluated at the stream's first event: the selector's result (it may return a
 * promise), or, without selector or when it returns undefined, the stream's inbound connection.
 * Equal primitive keys share sessions; object keys are compared by identity and held weakly.
 * Sessions are shared only among streams of the same filter prototype (one place in one layout
 * on one worker). The session pipeline shares the context of the stream that opened it, and its
 * {@code onStart} gets the session key.
 *
 * <p>Options (an object, or a function returning one, evaluated when a key is first seen):
 * {@code maxIdle} (seconds or a duration string; default 60), {@code maxQueue} (streams sharing a
 * session at once; default 1, 0 for no limit), {@code maxMessages} (streams a session serves in
 * all; default 0, no limit), {@code outputCount} (answers per message, or a function of the
 * MessageStart; default 1). Input messages are sent into the session whole, after their
 * MessageEnd. The output ends once the input has ended and every answer is out, or when the
 * session ends. See {@link MuxSessions} for sharing and idle expiry.
 *
 * <p>Pipy 0.50's {@code mux('layout', key?, options?)} / {@code muxQueue(...)} name the layout
 * first; for them {@code maxQueue} defaults to 0 (all streams of a key share one session, as
 * in 0.50). {@code merge} ({@link Merge}) feeds a copy of its input into the session, outputs
 * its input unchanged and discards the session's output.
 */
class Mux extends JointFilter {

  private final MuxSessions sessions;
  private final Object selector;
  private final Object options;
  private final MuxSessions.Options fixed;
  private final boolean merge;
  private final String filterName;
  private final int defaultMaxQueue;

  private boolean keyReady;
  private Object key;
  private MuxSessions.Session session;
  private Attachment stream;

  Mux(String filterName, Object selector, Object options, boolean merge, int defaultMaxQueue) {
    this.sessions = new MuxSessions();
    this.selector = selector;
    this.options = options;
    this.merge = merge;
    this.filterName = filterName;
    this.defaultMaxQueue = defaultMaxQueue;
    this.fixed = options instanceof ScriptFunction ? null
        : parse(filterName, Opts.object(filterName, options), merge, defaultMaxQueue);
  }

  Mux(Mux prototype) {
    super(prototype);
    this.sessions = prototype.sessions;
    this.selector = prototype.selector;
    this.options = prototype.options;
    this.fixed = prototype.fixed;
    this.merge = prototype.merge;
    this.filterName = prototype.filterName;
    this.defaultMaxQueue = prototype.defaultMaxQueue;
  }

  static Filter create(FilterConfig config) {
    return build("mux", config, false);
  }

  static Mux build(String name, FilterConfig config, boolean merge) {
    Object a0 = config.arg(0);
    String layout = null;
    int at = 0;
    if (a0 instanceof CharSequence s) {
      layout = s.toString();
      at = 1;
    }
    Object selector = Undefined.INSTANCE;
    Object opts;
    Object x = config.arg(at);
    Object y = config.arg(at + 1);
    if (layout != null) {
      // 0.50: (layout, key?, options?)
      selector = x;
      opts = y;
    } else if (x instanceof ScriptFunction) {
      selector = x;
      opts = y;
    } else if (x instanceof ScriptObject && Opts.absent(y)) {
      opts = x;
    } else if (Opts.absent(x)) {
      opts = y;
    } else {
      throw ScriptError.typeError(name + "(): argument 1 must be a function or an object, got " + Values.typeName(x));
    }
    if (!Opts.absent(opts) && !(opts instanceof ScriptObject) && !(opts instanceof ScriptFunction)) {
      throw ScriptError.typeError(name + "(): options must be an object or a function, got " + Values.typeName(opts));
    }
    int maxQueue = merge || layout != null ? 0 : 1;
    Mux m = merge ? new Merge(name, selector, opts, maxQueue)
        : name.equals("muxQueue") ? new MuxQueue(name, selector, opts, maxQueue)
        : new Mux(name, selector, opts, false, maxQueue);
    if (layout != null) m.addSubPipeline(config.layoutNamed(layout));
    return m;
  }

  static MuxSessions.Options parse(String name, ScriptObject o, boolean merge, int defaultMaxQueue) {
    double maxIdle = Opts.seconds(name, "maxIdle", Opts.get(o, "maxIdle"), 60);
    int maxQueue = Opts.integer(name, "maxQueue", Opts.get(o, "maxQueue"), defaultMaxQueue);
    int maxMessages = Opts.integer(name, "maxMessages", Opts.get(o, "maxMessages"), 0);
    Object oc = Opts.get(o, "outputCount");
    int count = 1;
    ScriptFunction countFn = null;
    if (oc instanceof ScriptFunction f) {
      countFn = f;
    } else {
      count = Opts.integer(name, "outputCount", oc, 1);
    }
    if (merge) {
      count = 0;
      countFn = null;
    }
    return new MuxSessions.Options(maxIdle, maxQueue, maxMessages, count, countFn);
  }

  @Override
  public int subPipelineLimit() {
    return 1;
  }

  @Override
  protected Filter duplicate() {
    return new Mux(this);
  }

  /** The shared sessions of this prototype; for tests. */
  MuxSessions sessions() {
    return sessions;
  }

  @Override
  protected void onEvent(Event event) {
    if (!keyReady) {
      Object k = selector;
      if (selector instanceof ScriptFunction f) {
        k = call(f);
        if (k == FAILED) {
          Events.drop(event);
          return;
        }
        if (k instanceof ScriptPromise p) {
          await(p, this::setKey);
          process(event); // held until the key is known
          return;
        }
      }
      setKey(k);
    }
    int gen = generation;
    Attachment a = attach();
    if (gen != generation) {
      Events.drop(event);
      return;
    }
    if (merge) {
      if (a != null) a.input(Events.copy(event));
      if (gen != generation || closed) {
        Events.drop(event);
        return;
      }
      if (event instanceof StreamEnd se) {
        finish(se);
      } else {
        output(event);
      }
    } else if (a != null) {
      a.input(event);
    } else {
      Events.drop(event);
    }
  }

  private void setKey(Object k) {
    keyReady = true;
    key = k == Undefined.INSTANCE ? context().inbound() : k;
  }

  private Attachment attach() {
    if (session != null && session.closed) {
      Attachment old = stream;
      stream = null;
      session = null;
      if (old != null) old.detach();
    }
    if (stream == null) {
      if (session == null) {
        MuxSessions.Pool pool = sessions.find(key);
        if (pool == null) {
          MuxSessions.Options o = fixed;
          if (o == null) {
            Object v = eval(options);
            if (v == FAILED) return null;
            if (!(v instanceof ScriptObject obj)) {
              fail(ScriptError.typeError("callback did not return an object for options"));
              return null;
            }
            try {
              o = parse(filterName, obj, merge, defaultMaxQueue);
            } catch (RuntimeException e) {
              fail(e);
              return null;
            }
          }
          pool = sessions.create(key, o, worker());
        }
        MuxSessions.Session s = pool.pick();
        if (s == null) {
          s = pool.add();
          // Not guarded: the session outlives the stream that opened it. Its onStart gets the
          // session key, as in Pipy.
          s.pipeline = subPipelines().get(0).layout().instantiate(context(), s::reply, pipeline().chain(), new Object[] {key});
        }
        session = s;
      }
      stream = new Attachment(session);
      session.share();
    }
    return stream;
  }

  @Override
  protected void onReset() {
    Attachment a = stream;
    stream = null;
    session = null;
    keyReady = false;
    key = null;
    if (a != null) a.detach();
  }

  /** This stream's use of its session. */
  private final class Attachment implements MuxSessions.MuxStream {
    private final MuxSessions.Session session;
    private final int gen = generation;
    private boolean detached;
    private MessageStart start;
    private Data body;
    private int owed;
    private StreamEnd eos;

    Attachment(MuxSessions.Session session) {
      this.session = session;
    }

    void input(Event e) {
      if (e instanceof MessageStart ms) {
        if (start == null) {
          start = ms;
          body = new Data();
        }
      } else if (e instanceof Data d) {
        if (start != null) {
          body.push(d);
        } else {
          d.release();
        }
      } else if (e instanceof MessageEnd || merge && e instanceof StreamEnd) {
        if (start != null) send(e instanceof MessageEnd ? e : MessageEnd.plain());
      } else if (e instanceof StreamEnd se) {
        dropMessage();
        if (owed > 0) {
          eos = se;
        } else {
          finish(se);
        }
      }
    }

    private void send(Event end) {
      MessageStart ms = start;
      Data b = body;
      start = null;
      body = null;
      MuxSessions.Options o = session.pool.options;
      int n = o.outputCount();
      if (o.outputCountFn() != null) {
        Object r = call(o.outputCountFn(), ms);
        if (r == FAILED) {
          b.release();
          return;
        }
        n = Values.toInt(r, 1);
      }
      if (n < 0 || session.closed || session.pipeline == null) {
        b.release();
        return;
      }
      if (n > 0) {
        session.receivers.add(new MuxSessions.Receiver(this, n));
        owed++;
      }
      io.pipy.api.Pipeline p = session.pipeline;
      p.input(ms);
      if (!b.isEmpty()) {
        p.input(b);
      } else {
        b.release();
      }
      p.input(end);
    }

    private void dropMessage() {
      start = null;
      if (body != null) {
        body.release();
        body = null;
      }
    }

    private boolean live() {
      return !detached && gen == generation && !merge;
    }

    @Override
    public void emit(Event e) {
      if (live()) {
        output(e);
      } else {
        Events.drop(e);
      }
    }

    @Override
    public void answered() {
      owed--;
      if (owed == 0 && eos != null && live()) finish(eos);
    }

    @Override
    public void end(StreamEnd end) {
      if (live()) finish(end);
    }

    void detach() {
      if (detached) return;
      detached = true;
      dropMessage();
      session.unshare();
    }
  }
}
