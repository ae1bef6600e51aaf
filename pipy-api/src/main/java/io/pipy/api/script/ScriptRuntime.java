package io.pipy.api.script;

import io.pipy.api.Context;
import java.util.List;

/**
 * The script language's services for Java code on one worker: making script objects and
 * converting values with full script semantics. One instance per worker; use it on that
 * worker's thread only.
 */
public interface ScriptRuntime {

  /** A new empty plain object. */
  ScriptObject newObject();

  /**
   * A template for plain objects with the own properties {@code keys} (distinct, none an array
   * index), writable, enumerable and configurable, in that order. Implementations may cache it
   * for the same {@code keys} array, so keep the array in a constant.
   */
  default ObjectTemplate template(String... keys) {
    return values -> {
      ScriptObject o = newObject();
      for (int i = 0; i < keys.length; i++) o.define(keys[i], values[i]);
      return o;
    };
  }

  /**
   * A template for plain objects with the same own properties as {@code sample} (data
   * properties, writable, enumerable and configurable, none an array index), in its order; or
   * {@code null} when {@code sample} is anything else or the implementation cannot make one.
   * Not cached: callers keep the template as long as they need it.
   */
  default ObjectTemplate templateOf(ScriptObject sample) {
    return null;
  }

  /** A new array holding {@code elements}. */
  ScriptArray newArray(List<?> elements);

  /** The script's {@code String(v)}: may call the value's {@code toString}. */
  String toStringValue(Context caller, Object v);

  /** How {@code println} and {@code console.log} show {@code v}. */
  String toDisplayString(Object v);

  /** The script's {@code JSON.stringify(v)}, or {@code null} for values JSON cannot show. */
  String toJson(Object v);

  /** A new pending promise, for host functions that answer later (such as {@code http.Agent}). */
  default ScriptPromise.Deferred newPromise() {
    throw new UnsupportedOperationException("this script runtime cannot make promises");
  }

  /** A script error object of {@code kind} with {@code message}, to hand to scripts as a value. */
  default Object newError(ScriptError.Kind kind, String message) {
    return message;
  }
}
