package io.pipy.js.interp;

import io.pipy.api.Context;
import io.pipy.api.script.SourceLocation;
import io.pipy.js.runtime.CallFrame;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.Realm;

/** The activation of one script function call. */
final class Frame implements CallFrame {
  final Closure callee;
  final FunctionCode code;
  final Realm realm;
  /** The context of the pipeline on whose behalf the call runs. */
  final Context ctx;
  Object thisValue;
  final Object[] args;
  final Object[] locals;
  Env env;
  JsObject newTarget;
  CallFrame caller;
  /** The source offset being executed (kept at calls), for locations. */
  int pos;
  Object returnValue;
  /** The label of a pending labelled break/continue, or null. */
  String label;
  /** The completion value of module code (the value of the last expression statement). */
  Object completion;
  JsObject argumentsObject;

  Frame(Closure callee, FunctionCode code, Context ctx, Object thisValue, Object[] args, JsObject newTarget) {
    this.callee = callee;
    this.code = code;
    this.realm = callee.realm;
    this.ctx = ctx;
    this.thisValue = thisValue;
    this.args = args;
    this.locals = code.localsTemplate.length == 0 ? code.localsTemplate : code.localsTemplate.clone();
    this.newTarget = newTarget;
    this.pos = code.pos;
  }

  @Override
  public CallFrame caller() {
    return caller;
  }

  @Override
  public String functionName() {
    return code.displayName();
  }

  @Override
  public SourceLocation location() {
    return code.source.location(pos);
  }
}
