/**
 * The script-value contract: how Java code in any module exchanges values with scripts without
 * knowing the script language.
 *
 * <p>Value mapping:
 * <ul>
 *   <li>undefined is {@link io.pipy.api.script.Undefined#INSTANCE}; null is Java {@code null};</li>
 *   <li>booleans are {@link java.lang.Boolean}; strings are {@link java.lang.String};</li>
 *   <li>numbers are {@link java.lang.Integer} when the value is an integer that fits, and
 *       {@link java.lang.Double} otherwise; Java code must accept any {@link java.lang.Number};</li>
 *   <li>script objects implement {@link io.pipy.api.script.ScriptObject}, arrays
 *       {@link io.pipy.api.script.ScriptArray}, functions
 *       {@link io.pipy.api.script.ScriptFunction}, promises
 *       {@link io.pipy.api.script.ScriptPromise};</li>
 *   <li>any other Java object is a <em>host object</em>: scripts reach its members through the
 *       {@link io.pipy.api.script.HostClass} registered for its class or one of its supertypes;
 *   <li>a {@link java.util.Map} given as a global becomes a plain object with those properties.</li>
 * </ul>
 */
package io.pipy.api.script;
