package io.pipy.js.runtime;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.SourceLocation;
import java.util.List;

/**
 * A script exception in flight. Built without a Java stack trace (it is control flow for the
 * script, not a Java bug). Errors raised by the runtime start <em>pending</em> (a kind and a
 * message) and become real Error objects once a realm is at hand; the first script frame the
 * exception leaves records the location and the script backtrace.
 */
public final class JsThrow extends RuntimeException {

  private Object value;
  private final ScriptError.Kind pendingKind;
  private final String pendingMessage;
  /** Source offset of the node that raised it, when known before a frame records it. */
  public int pos = -1;
  SourceLocation location;
  List<String> backtrace;

  /** Throws a script value. */
  public JsThrow(Object value) {
    super(null, null, false, false);
    this.value = value;
    this.pendingKind = null;
    this.pendingMessage = null;
  }

  /** A pending error of {@code kind}; its Error object is made when first needed. */
  public JsThrow(ScriptError.Kind kind, String message) {
    super(message, null, false, false);
    this.pendingKind = kind;
    this.pendingMessage = message;
  }

  /** Records the source offset of the node raising this error. */
  public JsThrow at(int position) {
    if (pos < 0 && location == null) pos = position;
    return this;
  }

  public boolean isPending() {
    return value == null && pendingKind != null;
  }

  /** The thrown value, making the Error object in {@code realm} if still pending. */
  public Object value(Realm realm) {
    if (value == null && pendingKind != null) {
      value = realm.newError(pendingKind, pendingMessage);
      if (value instanceof JsError e && location != null) e.setStack(location, backtrace);
    }
    return value;
  }

  /** The value if already made, else null. */
  public Object rawValue() {
    return value;
  }

  public ScriptError.Kind pendingKind() {
    return pendingKind;
  }

  public String pendingMessage() {
    return pendingMessage;
  }

  public SourceLocation location() {
    return location;
  }

  public List<String> backtrace() {
    return backtrace == null ? List.of() : backtrace;
  }

  public boolean hasTrace() {
    return location != null || backtrace != null;
  }

  /** Records where the exception was raised and the script frames it passed. */
  public void trace(SourceLocation where, List<String> frames) {
    if (location == null && backtrace == null) {
      location = where;
      backtrace = frames;
      if (value instanceof JsError e && !e.hasStack()) e.setStack(where, frames);
    }
  }

  @Override
  public String getMessage() {
    if (pendingMessage != null) return pendingKind.scriptName() + ": " + pendingMessage;
    return String.valueOf(value);
  }
}
