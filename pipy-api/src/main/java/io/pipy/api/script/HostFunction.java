package io.pipy.api.script;

import io.pipy.api.Context;
import java.util.Objects;

/**
 * A Java function scripts can call, such as the global {@code println} or a static method like
 * {@code Data.from}. Scripts see a function named {@link #name()} with {@code length} equal to
 * {@link #arity()}.
 */
public final class HostFunction {

  /** The body of a host function. */
  @FunctionalInterface
  public interface Body {
    /**
     * Runs the function. {@code caller} is the calling pipeline's context (or the worker's default
     * context); throw {@link ScriptError} to raise a script error at the call site.
     */
    Object call(Context caller, Object thisValue, Object[] args);
  }

  private final String name;
  private final int arity;
  private final Body body;

  private HostFunction(String name, int arity, Body body) {
    this.name = Objects.requireNonNull(name);
    this.arity = arity;
    this.body = Objects.requireNonNull(body);
  }

  /** A host function named {@code name} declaring {@code arity} parameters. */
  public static HostFunction of(String name, int arity, Body body) {
    return new HostFunction(name, arity, body);
  }

  /** The name scripts see. */
  public String name() {
    return name;
  }

  /** The number of declared parameters. */
  public int arity() {
    return arity;
  }

  /** Runs the function. */
  public Object call(Context caller, Object thisValue, Object[] args) {
    return body.call(caller, thisValue, args);
  }

  @Override
  public String toString() {
    return "function " + name + "() { [native code] }";
  }
}
