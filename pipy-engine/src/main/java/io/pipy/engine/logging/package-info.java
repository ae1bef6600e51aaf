/**
 * {@code logging}: text, JSON and binary loggers whose records go to shared
 * {@link io.pipy.engine.logging.LogSink sinks} (standard output and error, files with
 * rotation, syslog, HTTP endpoints). Workers only queue records; every sink writes on a thread
 * of its own from a bounded queue, dropping and counting what does not fit, so a slow or dead
 * destination never blocks a pipeline. {@link io.pipy.engine.logging.LogHistory} keeps the
 * latest lines of each logger for the admin service.
 */
package io.pipy.engine.logging;
