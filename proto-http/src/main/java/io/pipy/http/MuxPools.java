package io.pipy.http;

import io.pipy.api.Worker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The sessions of one {@code muxHTTP} call on one worker, by session key: every instance made
 * from the same prototype shares them, so streams with equal keys share upstream connections,
 * and streams from other {@code muxHTTP} calls never do (as in Pipy).
 *
 * <p>A pool picks the least-shared session that has room ({@link MuxSession#hasRoom},
 * {@code maxMessages}) or opens a new one. Sessions nobody uses are closed after {@code maxIdle}, or as soon as they
 * cannot serve again; a timer checks while there are idle sessions.
 */
final class MuxPools {

  /** The sessions of one key. */
  static final class Pool {
    final MuxPools owner;
    final Object key;
    final MuxOptions options;
    final List<MuxSession> sessions = new ArrayList<>(2);

    Pool(MuxPools owner, Object key, MuxOptions options) {
      this.owner = owner;
      this.key = key;
      this.options = options;
    }

    /** Closes and forgets {@code s}. */
    void remove(MuxSession s) {
      sessions.remove(s);
      if (sessions.isEmpty()) owner.pools.remove(key, this);
    }
  }

  /** {@link MuxSession#freeSince} of a session freed since the last recycle() looked. */
  private static final long UNSTAMPED = Long.MIN_VALUE;

  private final HashMap<Object, Pool> pools = new HashMap<>();
  private ScheduledFuture<?> timer;
  private long timerPeriod;
  /** Set at shutdown: sessions close as soon as nobody uses them. */
  private boolean draining;

  /** A session for a stream with {@code key}; {@code options} makes the pool's options when it is new. */
  MuxSession alloc(Object key, MuxHttp opener, java.util.function.Supplier<MuxOptions> options) {
    Pool pool = pools.get(key);
    if (pool == null) {
      pool = new Pool(this, key, options.get());
      pools.put(key, pool);
    }
    MuxOptions o = pool.options;
    MuxSession best = null;
    for (MuxSession s : pool.sessions) {
      if (s.ended() || !s.hasRoom(o.maxQueue())) continue;
      if (o.maxMessages() > 0 && s.messages >= o.maxMessages()) continue;
      if (best == null || s.shares < best.shares) best = s;
    }
    if (best == null) {
      best = new MuxSession(pool);
      pool.sessions.add(best);
      best.open(opener);
    }
    best.messages++;
    best.shares++;
    return best;
  }

  /** A stream is done with {@code s}. */
  void free(MuxSession s, Worker worker) {
    if (--s.shares > 0 || s.ended()) return;
    // Stamped by the next recycle() instead of reading the clock on every request: a session
    // closes at most one timer period after maxIdle, never before.
    s.freeSince = UNSTAMPED;
    MuxOptions o = s.pool.options;
    if (draining || (o.maxMessages() > 0 && s.messages >= o.maxMessages())) {
      s.close();
      return;
    }
    schedule(worker, Math.min(1000, Math.max(1, o.maxIdleMillis())));
  }

  /** The number of sessions open for {@code key}; for tests. */
  int sessionCount(Object key) {
    Pool p = pools.get(key);
    return p == null ? 0 : p.sessions.size();
  }

  private void schedule(Worker worker, long period) {
    if (timer != null && period >= timerPeriod) return;
    if (timer != null) timer.cancel(false);
    timerPeriod = period;
    timer = worker.executor().scheduleWithFixedDelay(() -> {
      try {
        recycle();
      } catch (RuntimeException e) {
        io.pipy.api.Log.error("muxHTTP: closing idle sessions: " + e);
      }
    }, period, period, TimeUnit.MILLISECONDS);
  }

  private void recycle() {
    long now = System.nanoTime();
    boolean idle = false;
    for (Pool pool : new ArrayList<>(pools.values())) {
      for (MuxSession s : new ArrayList<>(pool.sessions)) {
        if (s.shares > 0 || s.ended()) continue;
        if (s.freeSince == UNSTAMPED) {
          s.freeSince = now;
          idle = true;
          continue;
        }
        long idleMillis = (now - s.freeSince) / 1_000_000;
        if (idleMillis >= pool.options.maxIdleMillis()) {
          s.close();
        } else {
          idle = true;
        }
      }
    }
    if (!idle && timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  /** Shutdown: closes the idle sessions now and every other one when its last stream is done. */
  void drain() {
    draining = true;
    for (Pool pool : new ArrayList<>(pools.values())) {
      for (MuxSession s : new ArrayList<>(pool.sessions)) {
        if (s.shares == 0 && !s.ended()) s.close();
      }
    }
  }

  /** Closes every session; for shutdown. */
  void closeAll() {
    for (Iterator<Pool> i = new ArrayList<>(pools.values()).iterator(); i.hasNext(); ) {
      for (MuxSession s : new ArrayList<>(i.next().sessions)) s.close();
    }
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }
}
