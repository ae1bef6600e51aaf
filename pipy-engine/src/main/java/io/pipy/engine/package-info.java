/**
 * The runtime: module discovery, workers, pipeline layouts and pipelines, and the start-up
 * sequence that loads scripts and opens listeners. {@link io.pipy.engine.Engine} is the entry
 * point; everything else here is internal to the module.
 */
package io.pipy.engine;
