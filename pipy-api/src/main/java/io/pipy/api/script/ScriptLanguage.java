package io.pipy.api.script;

/**
 * A script language implementation, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.pipy.api.script.ScriptLanguage}). The engine makes one
 * {@link ScriptRealm} per worker from it.
 */
public interface ScriptLanguage {

  /** The language's name, such as {@code "pipyjs"}. */
  String name();

  /** A fresh realm (globals, module cache) for one worker. */
  ScriptRealm newRealm(ScriptHost host);
}
