/**
 * JMH benchmarks of the PipyJS interpreter, with Rhino (interpreted and compiled) running the
 * same scripts in the same JMH run. Run with {@code bench/interp.sh}; results in
 * {@code bench/README.md}.
 */
package io.pipy.bench;
