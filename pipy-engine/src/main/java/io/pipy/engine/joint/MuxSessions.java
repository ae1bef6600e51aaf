package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptFunction;
import java.lang.ref.WeakReference;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The shared sub-pipelines ("sessions") of one {@code mux}/{@code muxQueue}/{@code merge}
 * prototype, that is of one place in one layout on one worker: pools of sessions by session
 * key. Lives as long as the prototype; used on the worker's thread only.
 *
 * <p>A pool holds the sessions of one key. A stream takes the least shared session whose share
 * count is under {@code maxQueue} (0: unlimited) and that has served fewer than
 * {@code maxMessages} streams (0: unlimited), else a new one. Messages of all streams of a
 * session are queued into its one pipeline; its output messages are handed back to the
 * streams in the order their requests went in ({@code outputCount} answers each). A session
 * that no stream uses is closed (its pipeline gets a StreamEnd and is released) once it has been
 * idle for {@code maxIdle}, or at once if its key object is gone or its message budget is
 * spent; the check runs every second, as in Pipy. A session whose pipeline ends is closed and
 * its waiting streams end with the same StreamEnd.
 */
final class MuxSessions {

  static final long CHECK_INTERVAL_MILLIS = 1000;

  /** Settings of a pool, fixed when the pool is made. */
  record Options(double maxIdle, int maxQueue, int maxMessages, int outputCount, ScriptFunction outputCountFn) {
  }

  private static final Object NULL_KEY = new Object();

  private final Map<Object, Pool> pools = new HashMap<>();
  private Worker worker;
  private ScheduledFuture<?> timer;

  /** The pool for {@code key}, or {@code null} if none yet. */
  Pool find(Object key) {
    return pools.get(normalize(key, false));
  }

  /** A new pool for {@code key}. */
  Pool create(Object key, Options options, Worker worker) {
    this.worker = worker;
    Object k = normalize(key, true);
    Pool p = new Pool(k, options);
    pools.put(k, p);
    return p;
  }

  int poolCount() {
    return pools.size();
  }

  int sessionCount() {
    int n = 0;
    for (Pool p : pools.values()) n += p.sessions.size();
    return n;
  }

  private static Object normalize(Object key, boolean keep) {
    if (Opts.absent(key)) return NULL_KEY;
    if (key instanceof Number n) return n.doubleValue();
    if (key instanceof String || key instanceof Boolean) return key;
    if (key instanceof CharSequence cs) return cs.toString();
    return new WeakKey(key);
  }

  /** An object key, held weakly and compared by identity, as Pipy does with object keys. */
  private static final class WeakKey extends WeakReference<Object> {
    private final int hash;

    WeakKey(Object referent) {
      super(referent);
      this.hash = System.identityHashCode(referent);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object o) {
      if (this == o) return true;
      if (!(o instanceof WeakKey w)) return false;
      Object a = get();
      return a != null && a == w.get();
    }
  }

  private void scheduleCheck() {
    if (timer != null || worker == null) return;
    timer = worker.executor().schedule(this::check, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Closes the sessions that have been idle long enough; runs on the worker every second while any is idle. */
  void check() {
    timer = null;
    long now = System.nanoTime();
    boolean idleLeft = false;
    for (Pool pool : new ArrayList<>(pools.values())) {
      boolean gone = pool.key instanceof WeakKey w && w.get() == null;
      if (gone) {
        pools.remove(pool.key);
        pool.gone = true;
      }
      for (Session s : new ArrayList<>(pool.sessions)) {
        if (s.shareCount > 0 || s.closed) continue;
        boolean spent = pool.options.maxMessages > 0 && s.messageCount >= pool.options.maxMessages;
        if (pool.gone || spent || now - s.freeTime >= (long) (pool.options.maxIdle * 1e9)) {
          s.expire();
        } else {
          idleLeft = true;
        }
      }
    }
    if (idleLeft) scheduleCheck();
  }

  /** Sessions of one key. */
  final class Pool {
    final Object key;
    final Options options;
    final List<Session> sessions = new ArrayList<>(2);
    boolean gone;

    Pool(Object key, Options options) {
      this.key = key;
      this.options = options;
    }

    /** A session with room for one more stream, or {@code null} if a new one is needed. */
    Session pick() {
      Session best = null;
      for (Session s : sessions) {
        if (s.closed) continue;
        if (options.maxQueue > 0 && s.shareCount >= options.maxQueue) continue;
        if (options.maxMessages > 0 && s.messageCount >= options.maxMessages) continue;
        if (best == null || s.shareCount < best.shareCount) best = s;
      }
      if (best != null) best.messageCount++;
      return best;
    }

    /** A new session; its pipeline is attached by the caller. */
    Session add() {
      Session s = new Session(this);
      s.messageCount = 1;
      sessions.add(s);
      return s;
    }

    void remove(Session s) {
      sessions.remove(s);
      if (sessions.isEmpty() && pools.get(key) == this) pools.remove(key);
    }
  }

  /** One shared sub-pipeline and the queue of answers owed to its streams. */
  final class Session {
    final Pool pool;
    Pipeline pipeline;
    int shareCount;
    int messageCount;
    long freeTime;
    boolean closed;
    final ArrayDeque<Receiver> receivers = new ArrayDeque<>();

    Session(Pool pool) {
      this.pool = pool;
    }

    /** A stream starts using this session. */
    void share() {
      shareCount++;
    }

    /** A stream stops using this session. */
    void unshare() {
      if (--shareCount == 0 && !closed) {
        freeTime = System.nanoTime();
        scheduleCheck();
      }
    }

    /** What the session pipeline outputs. */
    void reply(Event e) {
      if (closed) {
        Events.drop(e);
        return;
      }
      Receiver r = receivers.peekFirst();
      if (r != null) {
        if (r.receive(e)) receivers.remove(r);
        if (e instanceof StreamEnd end) {
          List<Receiver> rest = new ArrayList<>(receivers);
          receivers.clear();
          close();
          for (Receiver x : rest) x.stream.end(end);
        }
      } else if (e instanceof StreamEnd) {
        close();
      } else {
        Events.drop(e);
      }
    }

    /** Closes an idle session: its pipeline gets a StreamEnd and is released. */
    void expire() {
      if (closed) return;
      Pipeline p = pipeline;
      if (p != null) p.input(StreamEnd.normal());
      close();
    }

    /** Ends the session: no more streams, the pipeline is released. */
    void close() {
      if (closed) return;
      closed = true;
      pool.remove(this);
      Pipeline p = pipeline;
      pipeline = null;
      if (p != null) p.release();
    }
  }

  /** The answers one request is owed. */
  static final class Receiver {
    final MuxStream stream;
    int count;
    boolean started;

    Receiver(MuxStream stream, int count) {
      this.stream = stream;
      this.count = count;
    }

    /** Takes one event of the session output; true when this receiver has all its answers. */
    boolean receive(Event e) {
      if (e instanceof MessageStart) {
        if (!started) {
          started = true;
          stream.emit(e);
        }
      } else if (e instanceof Data d) {
        if (started) {
          stream.emit(d);
        } else {
          d.release();
        }
      } else if (e instanceof MessageEnd || e instanceof StreamEnd) {
        if (started) {
          started = false;
          stream.emit(e instanceof StreamEnd ? MessageEnd.plain() : e);
          if (--count == 0) {
            stream.answered();
            return true;
          }
        }
      }
      return false;
    }
  }

  /**
   * One stream's use of a session: gathers each input message whole and queues it into the
   * session; gets its answers back. Detached when the stream's filter moves on; answers still
   * owed are then consumed and dropped, so the other streams' pairing stays right.
   */
  interface MuxStream {
    /** An answer event for this stream. */
    void emit(Event e);

    /** One request has all its answers. */
    void answered();

    /** The session ended. */
    void end(StreamEnd end);
  }

  /** Iterates pools; for tests. */
  Iterator<Pool> pools() {
    return pools.values().iterator();
  }
}
