/**
 * PipyJS: the script language of Pipy for the JVM. {@link io.pipy.js.PipyJsLanguage} is the
 * {@link io.pipy.api.script.ScriptLanguage} the engine finds; the subpackages hold the parser
 * ({@code syntax}), the compiler and interpreter ({@code interp}), the object model
 * ({@code runtime}), the standard library ({@code builtins}) and the binding of Pipy's
 * configuration API ({@code bridge}).
 */
package io.pipy.js;
