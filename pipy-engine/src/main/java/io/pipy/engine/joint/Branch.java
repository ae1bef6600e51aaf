package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code branch(cond1, layout1, cond2, layout2, ..., defaultLayout?)}.
 *
 * <p><b>Dynamic</b> (some condition is a function): at the first input event the conditions
 * are called in order with no arguments; the first true one picks its layout, a trailing layout
 * without condition is the default. If nothing is picked (no default), input is held and the
 * conditions are tried again at every further event. The choice holds for the whole stream.
 * Layouts are names or builder functions. The sub-pipeline shares the stream's context.
 *
 * <p><b>Static</b> (no condition is a function): the conditions are evaluated once, at
 * configuration time; the chosen builder's filters run in place (here: in a sub-pipeline that
 * shares the context, which behaves the same), and with no choice events pass straight through.
 */
final class Branch extends Switch {

  private Branch(Arm[] arms) {
    super(arms, subsOf(arms));
  }

  private Branch(Branch prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return build("branch", config, true, Branch::new);
  }

  @Override
  protected Filter duplicate() {
    return new Branch(this);
  }

  @Override
  protected Object[] evaluationPoint(Event event) {
    return NO_ARGS;
  }

  static final Object[] NO_ARGS = new Object[0];

  /** Builds a branch-family filter from {@code (cond, layout)* default?} arguments. */
  static <F extends Switch> F build(String name, FilterConfig config, boolean allowStatic,
      java.util.function.Function<Arm[], F> make) {
    int argc = config.argCount();
    if (argc < 2) throw new ScriptError(name + "(): requires at least 2 arguments");
    int n = (argc + 1) / 2;
    boolean hasDefault = argc % 2 == 1;
    boolean dynamic = false;
    for (int i = 0; i < n; i++) {
      if (2 * i + 1 < argc && config.arg(2 * i) instanceof ScriptFunction) {
        dynamic = true;
        break;
      }
    }
    if (!dynamic && allowStatic) {
      for (int i = 1; i < argc; i += 2) requireFunction(name, config, i);
      if (hasDefault) requireFunction(name, config, argc - 1);
      int selected = -1;
      for (int i = 0; i + 1 < argc; i += 2) {
        if (Values.truthy(config.arg(i))) {
          selected = i + 1;
          break;
        }
      }
      if (selected < 0 && hasDefault) selected = argc - 1;
      if (selected < 0) {
        return make.apply(new Arm[] {new Arm(null, -1)});
      }
      F f = make.apply(new Arm[] {new Arm(null, 0)});
      f.addSubPipeline(config.layoutOf(config.arg(selected)));
      return f;
    }
    List<Arm> arms = new ArrayList<>(n);
    List<LayoutRef> layouts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int p = 2 * i;
      ScriptFunction cond = null;
      if (p + 1 < argc) {
        if (!(config.arg(p) instanceof ScriptFunction f)) {
          throw ScriptError.typeError(name + "(): argument " + (p + 1) + " must be a function, got " + Values.typeName(config.arg(p)));
        }
        cond = f;
        p++;
      }
      Object layout = config.arg(p);
      if (!(layout instanceof CharSequence) && !(layout instanceof ScriptFunction)) {
        throw ScriptError.typeError(name + "(): argument " + (p + 1) + " must be a string or a function, got " + Values.typeName(layout));
      }
      arms.add(new Arm(cond, layouts.size()));
      layouts.add(config.layoutOf(layout));
    }
    F f = make.apply(arms.toArray(new Arm[0]));
    for (LayoutRef r : layouts) f.addSubPipeline(r);
    return f;
  }

  private static void requireFunction(String name, FilterConfig config, int i) {
    if (!(config.arg(i) instanceof ScriptFunction)) {
      throw ScriptError.typeError(name + "(): argument " + (i + 1) + " must be a function, got " + Values.typeName(config.arg(i)));
    }
  }
}
