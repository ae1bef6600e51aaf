package io.pipy.tcp;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;
import java.net.InetSocketAddress;

/**
 * {@code connect(target, options)}: sends its input to a TCP (or UDP) peer and outputs what the
 * peer sends back.
 *
 * <p>The connection is made on the first input event (a stream that ends before saying anything
 * just ends), to {@code target}, a {@code 'host:port'} string or a function returning one, called
 * with the stream's context. {@code options} is an object or a function returning one per stream;
 * see {@link ConnectOptions}. {@link #reset()} lets go of the connection and closes it.
 */
final class Connect extends Filter {

  private final Object target;
  private final Target fixedTarget;
  private final ConnectOptions options;
  private final ScriptFunction optionsFunction;
  private Outbound outbound;
  private boolean inputEnded;

  /** A prototype; {@code target} is a string or a function, {@code options} an object, a function or nothing. */
  Connect(Object target, Object options) {
    this.target = target;
    if (target instanceof ScriptFunction) {
      fixedTarget = null;
    } else if (target instanceof CharSequence cs) {
      try {
        fixedTarget = Target.parse(cs.toString());
      } catch (IllegalArgumentException e) {
        throw new ScriptError(e.getMessage());
      }
    } else {
      throw ScriptError.typeError("connect: target: " + OptionValues.show(target) + " (expected: a 'host:port' string or a function returning one)");
    }
    if (options instanceof ScriptFunction f) {
      this.optionsFunction = f;
      this.options = null;
    } else {
      this.optionsFunction = null;
      try {
        this.options = ConnectOptions.parse(options);
      } catch (IllegalArgumentException e) {
        throw new ScriptError("connect: " + e.getMessage());
      }
    }
  }

  private Connect(Connect p) {
    super(p);
    this.target = p.target;
    this.fixedTarget = p.fixedTarget;
    this.options = p.options;
    this.optionsFunction = p.optionsFunction;
  }

  @Override
  protected Filter duplicate() {
    return new Connect(this);
  }

  @Override
  protected void process(Event event) {
    if (inputEnded) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (outbound == null) {
      if (event instanceof StreamEnd) {
        inputEnded = true;
        output(event);
        return;
      }
      if (!open()) {
        if (event instanceof Data d) d.release();
        return;
      }
    }
    if (event instanceof StreamEnd) inputEnded = true;
    outbound.send(event);
  }

  /** Makes the outbound for this stream; false (and the stream ended with an error) if the script's values are bad. */
  private boolean open() {
    Context ctx = context();
    Target t;
    ConnectOptions o;
    InetSocketAddress bind = null;
    try {
      t = fixedTarget != null ? fixedTarget : targetOf(((ScriptFunction) target).call(ctx));
      o = optionsFunction == null ? options : ConnectOptions.parse(optionsFunction.call(ctx));
      Object b = o.bindFunction() != null ? o.bindFunction().call(ctx) : o.bind();
      if (!Values.isNullish(b)) {
        if (!(b instanceof CharSequence cs)) throw new IllegalArgumentException("bind: " + OptionValues.show(b) + " (expected: an IP address with an optional port)");
        bind = BindAddress.parse(cs.toString());
      }
    } catch (IllegalArgumentException e) {
      inputEnded = true;
      failStream(new ScriptError("connect: " + e.getMessage()));
      return false;
    } catch (RuntimeException e) {
      inputEnded = true;
      failStream(e);
      return false;
    }
    Outbound.StateListener listener = null;
    ScriptFunction onState = o.onState();
    if (onState != null) {
      listener = ob -> {
        try {
          onState.call1(ctx, ob);
          return true;
        } catch (RuntimeException e) {
          failStream(e);
          return false;
        }
      };
    }
    Outbound ob = o.udp()
        ? new UdpOutbound(worker(), o, t, bind, this::emit, listener)
        : new TcpOutbound(worker(), o, t, bind, this::emit, listener);
    outbound = ob;
    ob.start();
    return outbound == ob && !ob.isClosed();
  }

  private static Target targetOf(Object value) {
    if (value instanceof CharSequence cs) return Target.parse(cs.toString());
    throw new IllegalArgumentException("target: " + OptionValues.show(value) + " (expected: a 'host:port' string)");
  }

  /** Output of the outbound. */
  private void emit(Event event) {
    output(event);
  }

  @Override
  protected void reset() {
    Outbound o = outbound;
    outbound = null;
    inputEnded = false;
    if (o != null) o.close();
  }

  /** The outbound of the current stream, or null (for tests). */
  Outbound outbound() {
    return outbound;
  }
}
