package io.pipy.js.runtime;

import io.pipy.api.script.SourceLocation;
import java.util.List;

/** An Error object: an ordinary object that also remembers where it was thrown. */
public final class JsError extends JsObject {

  private SourceLocation location;
  private List<String> frames;
  private boolean hasStack;

  public JsError(JsObject proto) {
    super(proto);
  }

  @Override
  public String className() {
    return "Error";
  }

  public boolean hasStack() {
    return hasStack;
  }

  public SourceLocation location() {
    return location;
  }

  public List<String> frames() {
    return frames == null ? List.of() : frames;
  }

  /** Records the location and frames, and sets the {@code stack} property. */
  public void setStack(SourceLocation where, List<String> backtrace) {
    if (hasStack) return;
    hasStack = true;
    this.location = where;
    this.frames = backtrace;
    StringBuilder sb = new StringBuilder();
    Object name = get("name");
    Object message = get("message");
    sb.append(name instanceof CharSequence ? name : "Error");
    if (message instanceof CharSequence m && m.length() > 0) sb.append(": ").append(m);
    if (backtrace != null) {
      for (String f : backtrace) sb.append("\n    at ").append(f);
    }
    defineOwn("stack", sb.toString(), Shape.HIDDEN);
  }
}
