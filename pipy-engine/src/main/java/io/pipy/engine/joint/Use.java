package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.LayoutRef;
import io.pipy.api.Pipeline;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code use(file, name?)} and {@code use([files], name, nameDown?, turnDown?)}: runs the stream
 * through pipelines of other modules, sharing the stream's context.
 *
 * <p>With one file: the layout {@code name} of that module (its entrance pipeline without a
 * name), like {@code link}; a missing layout is a load-time error.
 *
 * <p>With a list of files, a chain of stages, one per module that has the layout {@code name}
 * or {@code nameDown} (modules with neither are skipped). The input goes up the chain: through
 * each module's {@code name} pipeline into the next one's. After the last stage it comes back
 * down: through each module's {@code nameDown} pipeline, in reverse order, to the output. A
 * module without one of them just passes the stream on. Before a stage starts (at the first
 * event reaching it), {@code turnDown} is called (no arguments, the stream's context); if true,
 * the stream turns around there: it skips this and the later modules and goes down from the
 * previous module. Without {@code nameDown}, turning down or reaching the end goes straight to
 * the output. (Pipy tests the callback's result for truth only; a promise counts as true.)
 *
 * <p>The modules are resolved by the script binding through {@link FilterConfig#moduleLayout}.
 */
final class Use extends JointFilter {

  /** One module's pipelines: up and down, either may be missing. */
  record Stage(LayoutRef up, LayoutRef down) {
  }

  private final Stage[] stages;
  private final boolean linkDown;
  private final ScriptFunction turnDown;
  private final String description;

  private Hop[] hops;
  private EventTarget out;

  private Use(Stage[] stages, boolean linkDown, ScriptFunction turnDown, String description) {
    this.stages = stages;
    this.linkDown = linkDown;
    this.turnDown = turnDown;
    this.description = description;
  }

  private Use(Use prototype) {
    super(prototype);
    this.stages = prototype.stages;
    this.linkDown = prototype.linkDown;
    this.turnDown = prototype.turnDown;
    this.description = prototype.description;
  }

  static Filter create(FilterConfig config) {
    Object a0 = config.arg(0);
    if (a0 instanceof CharSequence file) {
      String f = file.toString();
      if (f.endsWith(".so") || f.endsWith(".dll")) {
        throw new ScriptError("use(): native modules are not supported: " + f);
      }
      Object n = config.arg(1);
      String name = Opts.absent(n) ? null : string("use", 2, n);
      LayoutRef ref = config.moduleLayout(f, name);
      if (ref == null) {
        throw new ScriptError("pipeline not found in module " + f + (name == null ? "" : ": " + name));
      }
      return new Use(new Stage[] {new Stage(ref, null)}, false, null, "use " + f + (name == null ? "" : " [" + name + "]"));
    }
    if (!(a0 instanceof ScriptArray files)) {
      throw ScriptError.typeError("use(): argument 1 must be a string or an array, got " + Values.typeName(a0));
    }
    Object n = config.arg(1);
    String name = Opts.absent(n) ? null : string("use", 2, n);
    String down = null;
    ScriptFunction when = null;
    Object a2 = config.arg(2);
    if (a2 instanceof CharSequence s) {
      down = s.toString();
      when = Opts.function("use", "argument 4", config.arg(3));
    } else {
      when = Opts.function("use", "argument 3", a2);
    }
    List<Stage> list = new ArrayList<>();
    String first = null;
    for (int i = 0; i < files.length(); i++) {
      String f = String.valueOf(files.get(i));
      if (first == null) first = f;
      LayoutRef up = config.moduleLayout(f, name);
      LayoutRef dn = down == null ? null : config.moduleLayout(f, down);
      if (up != null || dn != null) list.add(new Stage(up, dn));
    }
    String desc = "use " + (first == null ? "(0 modules)" : first)
        + (files.length() > 1 ? " (plus " + (files.length() - 1) + " more)" : "")
        + (name == null ? "" : " [" + name + "]");
    return new Use(list.toArray(new Stage[0]), down != null, when, desc);
  }

  private static String string(String filter, int pos, Object v) {
    if (v instanceof CharSequence s) return s.toString();
    throw ScriptError.typeError(filter + "(): argument " + pos + " must be a string, got " + Values.typeName(v));
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  protected Filter duplicate() {
    return new Use(this);
  }

  @Override
  protected void onEvent(Event event) {
    if (stages.length == 0) {
      output(event);
      return;
    }
    hop(0).input(event);
  }

  private Hop hop(int i) {
    if (hops == null) {
      hops = new Hop[stages.length];
      out = this::output;
    }
    Hop h = hops[i];
    if (h == null) hops[i] = h = new Hop(i);
    return h;
  }

  /** One stage of the chain for the current stream. */
  private final class Hop implements EventTarget {
    final int index;
    EventTarget target;
    Pipeline up;
    Pipeline down;
    EventTarget downInput;

    Hop(int index) {
      this.index = index;
    }

    @Override
    public void input(Event e) {
      if (target == null) {
        if (!choose()) {
          Events.drop(e);
          return;
        }
      }
      target.input(e);
    }

    private boolean choose() {
      boolean turned = false;
      if (turnDown != null) {
        int gen = generation;
        Object r = call(turnDown);
        if (r == FAILED || gen != generation) return false;
        turned = Values.truthy(r);
      }
      Stage s = stages[index];
      if (turned) {
        target = previousDown();
      } else if (s.up() != null) {
        EventTarget next = index + 1 < stages.length ? hop(index + 1) : downInput();
        up = startLayout(s.up().layout(), context(), next);
        target = up;
      } else {
        target = index + 1 < stages.length ? hop(index + 1) : downInput();
      }
      return true;
    }

    private EventTarget previousDown() {
      return linkDown && index > 0 ? hop(index - 1).downInput() : out;
    }

    EventTarget downInput() {
      if (downInput == null) {
        Stage s = stages[index];
        if (s.down() != null) {
          down = startLayout(s.down().layout(), context(), previousDown());
          downInput = down;
        } else {
          downInput = previousDown();
        }
      }
      return downInput;
    }

    void release() {
      Pipeline u = up;
      Pipeline d = down;
      up = null;
      down = null;
      target = null;
      downInput = null;
      JointFilter.release(u);
      JointFilter.release(d);
    }
  }

  @Override
  protected void onReset() {
    if (hops != null) {
      Hop[] hs = hops;
      hops = null;
      for (Hop h : hs) if (h != null) h.release();
    }
  }
}
