package io.pipy.js.runtime;

import io.pipy.api.script.SourceLocation;

/** A script call frame as the runtime sees it, for backtraces. */
public interface CallFrame {

  /** The frame that called this one, or null. */
  CallFrame caller();

  /** The function's name for backtraces. */
  String functionName();

  /** Where execution currently is in this frame. */
  SourceLocation location();
}
