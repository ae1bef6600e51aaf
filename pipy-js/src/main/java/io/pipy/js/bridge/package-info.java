/**
 * Pipy's script API on top of the engine: {@code pipy(...)} and the Configuration builder whose
 * methods are the installed filters, plus the sub-pipeline builders {@code $=>$...}.
 */
package io.pipy.js.bridge;
