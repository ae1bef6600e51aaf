package io.pipy.js;

import io.pipy.api.script.ScriptHost;
import io.pipy.api.script.ScriptLanguage;
import io.pipy.api.script.ScriptRealm;

/** The PipyJS language, found by {@link java.util.ServiceLoader}. */
public final class PipyJsLanguage implements ScriptLanguage {

  @Override
  public String name() {
    return "pipyjs";
  }

  @Override
  public ScriptRealm newRealm(ScriptHost host) {
    return new PipyJsRealm(host);
  }
}
