/**
 * The standard built-in objects, one class per family ({@code ObjectBuiltins},
 * {@code ArrayBuiltins} …), each installing its constructor and prototype methods into a realm.
 */
package io.pipy.js.builtins;
