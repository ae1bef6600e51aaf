package io.pipy.engine.filters;

import io.pipy.api.FilterConfig;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * The common part of the {@code replace*} filters: what replaces the removed events is either a
 * constant (an event, a {@code Message}, an array of those, or nothing) output every time, or
 * what a callback returns (or fulfils its promise with). See {@link Events} for what is
 * accepted.
 */
abstract class ReplaceFilter extends CallbackFilter {

  /** The constant replacement when there is no callback. */
  private final Object constant;

  protected ReplaceFilter(String filter, Object replacement) {
    super(replacement instanceof ScriptFunction f ? f : null);
    if (replacement instanceof ScriptFunction) {
      this.constant = Undefined.INSTANCE;
    } else if (Events.isEvents(replacement)) {
      this.constant = replacement;
    } else {
      throw ScriptError.typeError(filter + ": replacement expects a function, an event, a Message or an array of those, got "
          + Values.typeName(replacement));
    }
  }

  protected ReplaceFilter(ReplaceFilter proto) {
    super(proto);
    this.constant = proto.constant;
  }

  /** The replacement argument of a filter taking {@code (replacement)}. */
  static Object replacementArg(FilterConfig config) {
    return config.arg(0);
  }

  /**
   * Outputs the replacement for {@code arg} (the script-visible removed value). Returns
   * {@code false} if the stream failed. The stream may be paused afterwards.
   */
  protected final boolean replace(Object arg) {
    if (callback == null) {
      Events.emit(constant, this::output);
      return true;
    }
    return invoke(arg);
  }

  @Override
  protected final boolean onResult(Object result) {
    if (Events.emit(result, this::output)) return true;
    fail(ScriptError.typeError("the replacement is not an event, a Message or an array of those, got " + Values.typeName(result)));
    return false;
  }
}
