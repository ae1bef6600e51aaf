/**
 * {@code algo}: caches, quotas, URL routing, load balancers, resource pools, the cross-worker
 * {@link io.pipy.engine.algo.SharedMap}, percentiles, {@code algo.hash} and {@code algo.uuid};
 * the {@code throttle*} filters; and {@link io.pipy.engine.algo.AlgoModule}, which registers
 * them together with {@code stats}, {@code logging}, {@code os} and the formats.
 *
 * <p>Everything here but {@code SharedMap} and quotas made with a {@code key} belongs to the
 * worker whose script made it and is used on that worker's thread only, without locks, as in
 * Pipy, where each worker runs its own copy of the script. {@link io.pipy.engine.algo.Args}
 * reads script arguments with Pipy-shaped messages for the other packages too.
 */
package io.pipy.engine.algo;
