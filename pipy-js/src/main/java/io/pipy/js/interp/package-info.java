/**
 * The interpreter: the compiler from syntax tree to executable nodes (after a resolver pass
 * binds every name to a slot), and the nodes themselves. Expressions evaluate with
 * {@code eval(Frame)}, statements execute with {@code exec(Frame)} and return a completion code
 * ({@link io.pipy.js.interp.Stmt#NORMAL}, BREAK, CONTINUE, RETURN) instead of throwing, so
 * control flow costs no exceptions.
 */
package io.pipy.js.interp;
