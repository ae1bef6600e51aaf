package io.pipy.dist;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP/1.1 service on a free loopback port for end-to-end tests to proxy to (the JDK's
 * {@code com.sun.net.httpserver}, keep-alive included). It answers every request with
 * {@code "<name> <method> <path>"}, then {@code " <body>"} if the request had one, then a
 * newline; a path holding {@code /status/<code>} gets that status, one holding
 * {@code /slow/<ms>} waits that long before answering. It records every request
 * with the client port it came from, so a test can tell how many upstream connections a proxy
 * opened and which requests shared one.
 */
final class Upstream implements AutoCloseable {

  /** One request as the service saw it; header names in lower case. */
  record Hit(String method, String path, Map<String, String> headers, String body, int clientPort) {
  }

  private static final Pattern STATUS = Pattern.compile("/status/(\\d{3})(?:/|$)");
  private static final Pattern SLOW = Pattern.compile("/slow/(\\d{1,5})(?:/|$)");

  private final String name;
  private final HttpServer server;
  private final ExecutorService threads;
  private final List<Hit> hits = new CopyOnWriteArrayList<>();

  private Upstream(String name) throws IOException {
    this.name = name;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    this.threads = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, "upstream-" + name);
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  /** Starts a service called {@code name}. */
  static Upstream start(String name) throws IOException {
    Upstream u = new Upstream(name);
    u.server.start();
    return u;
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body;
      try (InputStream in = ex.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      Map<String, String> headers = new HashMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
      String path = ex.getRequestURI().getRawPath();
      if (ex.getRequestURI().getRawQuery() != null) path += "?" + ex.getRequestURI().getRawQuery();
      hits.add(new Hit(ex.getRequestMethod(), path, headers, body, ex.getRemoteAddress().getPort()));
      Matcher slow = SLOW.matcher(path);
      if (slow.find()) {
        try {
          Thread.sleep(Long.parseLong(slow.group(1)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Matcher m = STATUS.matcher(path);
      int status = m.find() ? Integer.parseInt(m.group(1)) : 200;
      byte[] reply = (name + " " + ex.getRequestMethod() + " " + path + (body.isEmpty() ? "" : " " + body) + "\n")
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("x-upstream", name);
      ex.sendResponseHeaders(status, reply.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(reply);
      }
    }
  }

  /** The service's name, the first word of its answers. */
  String name() {
    return name;
  }

  /** The port it listens on. */
  int port() {
    return server.getAddress().getPort();
  }

  /** Every request so far, in arrival order. */
  List<Hit> hits() {
    return new ArrayList<>(hits);
  }

  /** How many requests it has had. */
  int count() {
    return hits.size();
  }

  /** The client ports of its requests, each once, in order of first use: one per connection. */
  Set<Integer> connections() {
    Set<Integer> ports = new LinkedHashSet<>();
    for (Hit h : hits) ports.add(h.clientPort());
    return ports;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
