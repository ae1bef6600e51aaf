package io.pipy.api;

import java.util.Arrays;

/**
 * The state a stream carries through its pipelines: the context variables of every script
 * module ({@code _x} in the configuration style), the fiber variables of the pipeline style,
 * and the inbound connection the stream came from.
 *
 * <p>Each root pipeline gets a new context. Sub-pipelines either share their parent's context
 * ({@code link}, {@code use}, {@code branch}, {@code mux} …) or get a {@link #cloneShallow()
 * shallow clone} of it ({@code demux}, {@code demuxHTTP}, {@code fork} …).
 *
 * <p>Script functions see the context of the pipeline that calls them; Java code passes it
 * explicitly ({@link io.pipy.api.script.ScriptFunction#call(Context, Object...)}), never through a
 * thread-local.
 */
public final class Context {

  private static final Object[] NONE = new Object[0];

  private final Worker worker;
  private final ContextTemplate template;
  private Object[][] variables;
  private Inbound inbound;
  private Object fiber;

  /** A fresh context: every module's variables at their initial values. */
  public Context(Worker worker, ContextTemplate template, Inbound inbound) {
    this.worker = worker;
    this.template = template;
    this.inbound = inbound;
    this.variables = new Object[Math.max(1, template.moduleCount())][];
  }

  private Context(Context parent) {
    this.worker = parent.worker;
    this.template = parent.template;
    this.inbound = parent.inbound;
    this.fiber = parent.fiber;
    Object[][] vars = parent.variables.clone();
    for (int i = 0; i < vars.length; i++) {
      if (vars[i] != null) vars[i] = vars[i].clone();
    }
    this.variables = vars;
  }

  /** The worker this context lives on. */
  public Worker worker() {
    return worker;
  }

  /** The inbound connection the stream came from, or {@code null} (tasks, spawned pipelines). */
  public Inbound inbound() {
    return inbound;
  }

  /** Sets the inbound connection; done by transports when they start a root pipeline. */
  public void inbound(Inbound inbound) {
    this.inbound = inbound;
  }

  /**
   * The variable slots of script module {@code module}, created from its initial values on
   * first use. Callers index into the array directly; this is the hot path of {@code _x}.
   */
  public Object[] variables(int module) {
    Object[][] vars = variables;
    if (module < vars.length) {
      Object[] v = vars[module];
      if (v != null) return v;
    } else {
      variables = vars = Arrays.copyOf(vars, Math.max(module + 1, template.moduleCount()));
    }
    Object[] init = template.initialVariables(module);
    Object[] v = init == null ? NONE : init.clone();
    vars[module] = v;
    return v;
  }

  /**
   * The script language's per-context state for fiber variables; opaque to everyone else and
   * carried into {@link #cloneShallow() clones}.
   */
  public Object fiber() {
    return fiber;
  }

  /** Sets the script language's per-context fiber state. */
  public void fiber(Object fiber) {
    this.fiber = fiber;
  }

  /**
   * A new context with copies of every module's variable slots (values themselves are shared,
   * as Pipy does) and the same inbound.
   */
  public Context cloneShallow() {
    return new Context(this);
  }
}
