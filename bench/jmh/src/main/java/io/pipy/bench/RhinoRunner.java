package io.pipy.bench;

import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;

/** Rhino running the same script, interpreted (optimization level -1) or compiled to bytecode (9). */
final class RhinoRunner implements Runner {

  private final Scriptable scope;
  private final Function fn;
  private final Object[] args;
  private final boolean interpreted;

  @SuppressWarnings("deprecation")
  RhinoRunner(String benchmark, boolean interpreted) {
    this.interpreted = interpreted;
    Context cx = enter();
    ScriptableObject s = cx.initStandardObjects();
    Function[] registered = new Function[1];
    ScriptableObject.putProperty(s, "register", new org.mozilla.javascript.BaseFunction() {
      @Override
      public Object call(Context c, Scriptable sc, Scriptable thisObj, Object[] a) {
        registered[0] = (Function) a[0];
        return Context.getUndefinedValue();
      }
    });
    cx.evaluateString(s, BenchScripts.RHINO_MESSAGE, "message.js", 1, null);
    cx.evaluateString(s, BenchScripts.SCRIPTS.get(benchmark), benchmark + ".js", 1, null);
    this.scope = s;
    this.fn = registered[0];
    if (benchmark.equals("callback")) {
      NativeObject head = new NativeObject();
      ScriptableObject.putProperty(head, "path", "/api/users/42");
      NativeObject msg = new NativeObject();
      ScriptableObject.putProperty(msg, "head", head);
      this.args = new Object[] {msg};
    } else {
      this.args = new Object[0];
    }
  }

  @SuppressWarnings("deprecation")
  private Context enter() {
    Context cx = Context.getCurrentContext();
    if (cx == null) {
      cx = Context.enter();
      cx.setLanguageVersion(Context.VERSION_ES6);
      cx.setOptimizationLevel(interpreted ? -1 : 9);
    }
    return cx;
  }

  @Override
  public Object run() {
    Context cx = enter();
    return fn.call(cx, scope, scope, args);
  }
}
