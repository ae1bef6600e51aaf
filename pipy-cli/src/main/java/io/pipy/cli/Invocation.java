package io.pipy.cli;

import io.pipy.api.Log;
import java.net.InetSocketAddress;
import java.util.List;

/**
 * What the command line asks for, validated.
 *
 * @param help show the usage and exit
 * @param version show the version and exit
 * @param eval the target is script text, not a path ({@code -e})
 * @param file the target must be a path ({@code -f})
 * @param threads the number of workers
 * @param logLevel the log threshold
 * @param logOutput where log lines go: {@code "stderr"}, {@code "stdout"} or {@code "null"}
 * @param reusePort {@code --reuse-port}
 * @param printGraph false with {@code --no-graph}
 * @param io {@code auto}, {@code epoll}, {@code nio} or {@code io_uring}
 * @param adminAddress where to serve {@code GET /metrics} ({@code --admin-port}), or {@code null}
 * @param target the expression or pathname, or {@code null} if none was given
 * @param arguments the script arguments (after {@code --})
 */
record Invocation(boolean help, boolean version, boolean eval, boolean file, int threads,
    Log.Level logLevel, String logOutput, boolean reusePort, boolean printGraph, String io,
    InetSocketAddress adminAddress, String target, List<String> arguments) {
}
