/**
 * {@code stats}: counters, gauges and histograms with labels, kept per worker and summed
 * across workers on demand by {@link io.pipy.engine.stats.Stats}, which also renders them in
 * the Prometheus text format for the admin service ({@link io.pipy.engine.stats.Stats#prometheus()}).
 */
package io.pipy.engine.stats;
