package io.pipy.engine.algo;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code throttleConcurrency}, {@code throttleDataRate} and {@code throttleMessageRate}: they
 * pass every event through unchanged, only later when the quota runs out. A throttled stream
 * waits: its events are buffered in order and go out as the quota grows back; nothing is
 * dropped.
 *
 * <p>Two forms:
 * <ul>
 *   <li>Pipy 0.50 and 1.x: {@code (quota, options?)} where {@code quota} is an {@link Quota
 *       algo.Quota} or a function (run once per stream, in its context) returning one. Message
 *       rate takes 1 per {@code MessageStart}, data rate the size of each {@code Data} (a part
 *       that fits goes out at once), concurrency 1 per stream, given back when the stream's
 *       pipeline ends. {@code options.blockInput} is accepted; throttled input is always
 *       buffered here.</li>
 *   <li>Pipy 0.30: {@code (amount, account?)} where {@code amount} (or a function returning it)
 *       is a number (for data rate also a size string such as {@code "10k"}): that many per
 *       second for rates, that many at once for concurrency. {@code account} (a value or a
 *       function of the stream) names the bucket; streams of one account share it, streams of
 *       different accounts do not. An amount of 0 or less lets everything through.</li>
 * </ul>
 *
 * <p>Waiting streams are served in arrival order. Resetting a stream takes it out of the
 * queue and releases what it held.
 */
abstract class Throttle extends Filter implements Quota.Consumer {

  /** Per-prototype accounts of the 0.30 form, shared by the prototype's instances on one worker. */
  static final class Accounts {
    final Map<ValueKey, Quota> byValue = new HashMap<>();
    final Map<Object, Quota> byObject = new WeakHashMap<>();
  }

  private final Quota fixedQuota;
  private final ScriptFunction quotaF;
  private final Object legacyAmount;
  private final Object account;
  private final Accounts accounts;
  protected final String filterName;

  private Quota quota;
  private boolean evaluated;
  private boolean passThrough;
  private boolean paused;
  private boolean failed;
  private final ArrayDeque<Event> buffer = new ArrayDeque<>();
  private int generation;

  protected Throttle(String filterName, FilterConfig config) {
    this.filterName = filterName;
    Object a0 = config.arg(0);
    Object a1 = config.arg(1);
    if (a0 instanceof Quota q) {
      fixedQuota = q;
      quotaF = null;
      legacyAmount = null;
      account = null;
      checkOptions(a1);
    } else if (a0 instanceof ScriptFunction f) {
      fixedQuota = null;
      quotaF = f;
      legacyAmount = null;
      if (isOptions(a1)) {
        account = null;
      } else {
        account = a1;
      }
    } else if (a0 instanceof Number || a0 instanceof CharSequence) {
      fixedQuota = null;
      quotaF = null;
      legacyAmount = a0;
      account = a1;
      amount(a0); // validates
    } else {
      throw ScriptError.typeError(filterName + ": expects an algo.Quota or a function returning that");
    }
    accounts = new Accounts();
  }

  protected Throttle(Throttle proto) {
    super(proto);
    this.filterName = proto.filterName;
    this.fixedQuota = proto.fixedQuota;
    this.quotaF = proto.quotaF;
    this.legacyAmount = proto.legacyAmount;
    this.account = proto.account;
    this.accounts = proto.accounts;
  }

  private static boolean isOptions(Object v) {
    return v instanceof ScriptObject o && !(v instanceof ScriptFunction) && o.has("blockInput");
  }

  private void checkOptions(Object v) {
    if (Args.absent(v)) return;
    if (!(v instanceof ScriptObject) || v instanceof ScriptFunction) {
      throw ScriptError.typeError(filterName + ": options expects an object");
    }
  }

  /** Whether this filter meters rates (a legacy amount is per second) or concurrency. */
  protected abstract boolean isRate();

  /** Passes what {@code quota} allows of {@code e} and returns what has to wait, or null. */
  protected abstract Event consume(Event e, Quota quota);

  /** The amount of the 0.30 form from a number or a size string. */
  private double amount(Object v) {
    if (v instanceof Number n) return n.doubleValue();
    if (v instanceof CharSequence s) return Args.byteSize(filterName, s.toString());
    throw ScriptError.typeError(filterName + ": invalid quota, expected a number or a string");
  }

  @Override
  protected final void process(Event e) {
    if (failed) {
      drop(e);
      return;
    }
    if (!evaluated) {
      evaluated = true;
      try {
        evaluate();
      } catch (RuntimeException ex) {
        failed = true;
        drop(e);
        failStream(ex);
        return;
      }
    }
    if (passThrough) {
      output(e);
    } else if (paused) {
      buffer.addLast(e);
    } else {
      Event stalled = consume(e, quota);
      if (stalled != null) {
        buffer.addLast(stalled);
        paused = true;
        quota.enqueue(this);
      }
    }
  }

  private void evaluate() {
    if (fixedQuota != null) {
      quota = fixedQuota;
      return;
    }
    Object amount = legacyAmount;
    if (quotaF != null) {
      Object r = quotaF.call(context());
      if (r instanceof Quota q) {
        quota = q;
        return;
      }
      if (!(r instanceof Number) && !(r instanceof CharSequence)) {
        throw new ScriptError(filterName + ": function did not return an object of type algo.Quota");
      }
      amount = r;
    }
    double n = amount(amount);
    if (!(n > 0)) {
      passThrough = true;
      return;
    }
    Object key = account instanceof ScriptFunction f ? f.call(context()) : account;
    if (key == null) key = Undefined.INSTANCE;
    quota = account(key, n);
  }

  private Quota account(Object key, double n) {
    boolean byObject = !(key == Undefined.INSTANCE || key instanceof CharSequence || key instanceof Number
        || key instanceof Boolean);
    Quota q = byObject ? accounts.byObject.get(key) : accounts.byValue.get(ValueKey.of(key));
    if (q == null) {
      q = new Quota(n, isRate() ? 1 : 0, 0, Double.POSITIVE_INFINITY, null, worker().executor());
      if (byObject) accounts.byObject.put(key, q);
      else accounts.byValue.put(ValueKey.of(key), q);
    }
    return q;
  }

  @Override
  public final boolean onConsume(Quota q) {
    int gen = generation;
    Event e;
    while ((e = buffer.pollFirst()) != null) {
      Event stalled = consume(e, q);
      if (gen != generation) return true;
      if (stalled != null) {
        buffer.addFirst(stalled);
        return false;
      }
    }
    paused = false;
    return true;
  }

  private static void drop(Event e) {
    if (e instanceof Data d) d.release();
  }

  /** The quota this stream uses, once its first event came (for tests). */
  final Quota quota() {
    return quota;
  }

  /** Whether the stream is waiting for quota. */
  final boolean isPaused() {
    return paused;
  }

  @Override
  protected void reset() {
    generation++;
    if (quota != null) quota.dequeue(this);
    Event e;
    while ((e = buffer.pollFirst()) != null) drop(e);
    quota = null;
    evaluated = false;
    passThrough = false;
    paused = false;
    failed = false;
  }

  /** {@code throttleMessageRate}: one unit per message. */
  static final class MessageRate extends Throttle {
    MessageRate(FilterConfig c) {
      super("throttleMessageRate", c);
    }

    MessageRate(MessageRate p) {
      super(p);
    }

    static Filter create(FilterConfig c) {
      return new MessageRate(c);
    }

    @Override
    protected Filter duplicate() {
      return new MessageRate(this);
    }

    @Override
    protected boolean isRate() {
      return true;
    }

    @Override
    protected Event consume(Event e, Quota q) {
      if (e instanceof MessageStart) {
        if (q.consume(1) > 0) {
          output(e);
          return null;
        }
        return e;
      }
      output(e);
      return null;
    }
  }

  /** {@code throttleDataRate}: one unit per byte. */
  static final class DataRate extends Throttle {
    DataRate(FilterConfig c) {
      super("throttleDataRate", c);
    }

    DataRate(DataRate p) {
      super(p);
    }

    static Filter create(FilterConfig c) {
      return new DataRate(c);
    }

    @Override
    protected Filter duplicate() {
      return new DataRate(this);
    }

    @Override
    protected boolean isRate() {
      return true;
    }

    @Override
    protected Event consume(Event e, Quota q) {
      if (e instanceof Data d) {
        int size = d.size();
        if (size == 0) {
          output(d);
          return null;
        }
        int n = (int) q.consume(size);
        if (n >= size) {
          output(d);
          return null;
        }
        if (n > 0) output(d.shift(n));
        return d;
      }
      output(e);
      return null;
    }
  }

  /** {@code throttleConcurrency}: one unit per stream, held until the stream's pipeline ends. */
  static final class Concurrency extends Throttle {
    private boolean active;

    Concurrency(FilterConfig c) {
      super("throttleConcurrency", c);
    }

    Concurrency(Concurrency p) {
      super(p);
    }

    static Filter create(FilterConfig c) {
      return new Concurrency(c);
    }

    @Override
    protected Filter duplicate() {
      return new Concurrency(this);
    }

    @Override
    protected boolean isRate() {
      return false;
    }

    @Override
    protected Event consume(Event e, Quota q) {
      if (!active) {
        if (q.consume(1) <= 0) return e;
        active = true;
      }
      output(e);
      return null;
    }

    /** Whether this stream holds a unit. */
    boolean isActive() {
      return active;
    }

    @Override
    protected void reset() {
      Quota q = quota();
      boolean wasActive = active;
      active = false;
      super.reset();
      if (wasActive && q != null) q.produceLater(1);
    }
  }
}
