package io.pipy.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.pipy.api.Log;
import io.pipy.engine.stats.Stats;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The part of Pipy's admin service that exists here: {@code GET /metrics}, the metrics of all
 * workers summed, in the Prometheus text format, on the address given by {@code --admin-port}.
 * Other paths get 404 and other methods 405, as in Pipy.
 *
 * <p>It runs on a thread of its own (the JDK's small HTTP server), never on a worker: reading
 * the metrics waits for every worker to take its snapshot.
 */
final class AdminService implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService thread;

  private AdminService(HttpServer server, ExecutorService thread) {
    this.server = server;
    this.thread = thread;
  }

  /** Starts serving on {@code address}; fails if it cannot listen there. */
  static AdminService start(InetSocketAddress address) throws IOException {
    HttpServer server = HttpServer.create(address, 50);
    ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pipy-admin");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(thread);
    server.createContext("/", AdminService::handle);
    server.start();
    InetAddress ip = server.getAddress().getAddress();
    Log.info("[admin] Listening on TCP port " + server.getAddress().getPort() + " at "
        + (ip instanceof Inet6Address && ip.isAnyLocalAddress() ? "::" : ip.getHostAddress()));
    return new AdminService(server, thread);
  }

  private static void handle(HttpExchange ex) throws IOException {
    try (ex) {
      if (!ex.getRequestURI().getPath().equals("/metrics")) {
        reply(ex, 404, "text/plain", "Not Found\n");
      } else if (!ex.getRequestMethod().equals("GET") && !ex.getRequestMethod().equals("HEAD")) {
        ex.getResponseHeaders().set("allow", "GET, HEAD");
        reply(ex, 405, "text/plain", "Method Not Allowed\n");
      } else {
        String text;
        try {
          text = Stats.prometheus();
        } catch (RuntimeException e) {
          Log.error("[admin] cannot read the metrics: " + e.getMessage());
          reply(ex, 500, "text/plain", "cannot read the metrics\n");
          return;
        }
        reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", text);
      }
    }
  }

  private static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("content-type", type);
    boolean head = ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    thread.shutdownNow();
  }
}
