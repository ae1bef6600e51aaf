package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * {@code link}: runs the stream through a sub-pipeline that shares the stream's context, as if
 * its filters stood in place of the link; the sub-pipeline's output is the link's output.
 *
 * <ul>
 *   <li>{@code link('name')} – the layout of that name in the module; {@code link().to(...)} –
 *       the attached layout.</li>
 *   <li>{@code link(() => name)} – the function is called (no arguments) at each event until it
 *       returns something: a layout name, or a pipeline object. While it returns null or
 *       undefined, the events are <em>dropped</em> (as Pipy does). It may return a promise.</li>
 *   <li>{@code link('a', condA, 'b', condB, 'c')} (Pipy 0.50) – the first layout whose condition
 *       is true, a trailing name is the default; the empty name means no sub-pipeline (events
 *       pass straight through). With no choice, input is held and the conditions are tried
 *       again at each further event.</li>
 * </ul>
 */
class Link extends Switch {

  private final ScriptFunction nameFn;
  private final Function<String, PipelineLayout> lookup;

  Link(Arm[] arms, int limit, ScriptFunction nameFn, Function<String, PipelineLayout> lookup) {
    super(arms, limit);
    this.nameFn = nameFn;
    this.lookup = lookup;
  }

  Link(Link prototype) {
    super(prototype);
    this.nameFn = prototype.nameFn;
    this.lookup = prototype.lookup;
  }

  static Filter create(FilterConfig config) {
    return build("link", config, Link::new);
  }

  /** The constructor shape shared with {@link LinkAsync}. */
  interface Maker {
    Link make(Arm[] arms, int limit, ScriptFunction nameFn, Function<String, PipelineLayout> lookup);
  }

  static Filter build(String name, FilterConfig config, Maker make) {
    int argc = config.argCount();
    Object a0 = config.arg(0);
    if (argc == 0 || Opts.absent(a0) && argc == 1) {
      return make.make(new Arm[] {new Arm(null, 0)}, 1, null, null);
    }
    if (argc == 1) {
      if (a0 instanceof ScriptFunction f) {
        return make.make(new Arm[0], 0, f, config.layoutLookup());
      }
      if (a0 instanceof CharSequence s && s.length() == 0) {
        return make.make(new Arm[] {new Arm(null, -1)}, 0, null, null);
      }
      Link l = make.make(new Arm[] {new Arm(null, 0)}, 1, null, null);
      l.addSubPipeline(a0 instanceof CharSequence s ? config.layoutNamed(s.toString()) : config.layoutOf(a0));
      return l;
    }
    // Pipy 0.50: link(layout1, cond1, layout2, cond2, ..., defaultLayout?)
    int n = (argc + 1) / 2;
    List<Arm> arms = new ArrayList<>(n);
    List<LayoutRef> refs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Object layout = config.arg(2 * i);
      if (!(layout instanceof CharSequence s)) {
        throw ScriptError.typeError(name + "(): argument " + (2 * i + 1) + " must be a string, got " + Values.typeName(layout));
      }
      ScriptFunction cond = null;
      if (2 * i + 1 < argc) {
        Object c = config.arg(2 * i + 1);
        if (!(c instanceof ScriptFunction f)) {
          throw ScriptError.typeError(name + "(): argument " + (2 * i + 2) + " must be a function, got " + Values.typeName(c));
        }
        cond = f;
      }
      if (s.length() == 0) {
        arms.add(new Arm(cond, -1));
      } else {
        arms.add(new Arm(cond, refs.size()));
        refs.add(config.layoutNamed(s.toString()));
      }
    }
    Link l = make.make(arms.toArray(new Arm[0]), refs.size(), null, null);
    for (LayoutRef r : refs) l.addSubPipeline(r);
    return l;
  }

  @Override
  protected Filter duplicate() {
    return new Link(this);
  }

  @Override
  protected Object[] evaluationPoint(Event event) {
    return Branch.NO_ARGS;
  }

  @Override
  protected void onEvent(Event event) {
    if (nameFn == null || decided()) {
      super.onEvent(event);
      return;
    }
    Object r = call(nameFn);
    if (r == FAILED) {
      Events.drop(event);
      return;
    }
    if (r instanceof ScriptPromise p) {
      super.onEvent(event); // held until the promise settles
      await(p, v -> {
        if (Values.isNullish(v)) {
          dropPending();
        } else {
          start(v);
        }
      });
      return;
    }
    if (Values.isNullish(r)) {
      Events.drop(event);
      return;
    }
    super.onEvent(event);
    if (!decided()) start(r);
  }

  private void start(Object target) {
    PipelineLayout layout = null;
    if (target instanceof PipelineLayout l) {
      layout = l;
    } else if (target instanceof LayoutRef ref) {
      layout = ref.layout();
    } else if (target instanceof CharSequence s) {
      layout = lookup == null ? null : lookup.apply(s.toString());
      if (layout == null) {
        fail(new ScriptError("unknown pipeline layout name: " + s));
        return;
      }
    } else {
      fail(ScriptError.typeError("callback did not return a string"));
      return;
    }
    chooseLayout(layout);
  }
}
