/**
 * The module built into the engine: the script classes every Pipy script can use
 * ({@code Message}, {@code Data}, {@code MessageStart}, {@code MessageEnd}, {@code StreamEnd},
 * the inbound connection) and the output globals {@code print}, {@code println} and
 * {@code console}.
 */
package io.pipy.engine.core;
