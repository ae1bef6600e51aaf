package io.pipy.engine.logging;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Log records sent in batches to an HTTP endpoint: a request (by default {@code POST}) whose
 * body is {@code prefix}, the records joined by {@code separator}, then {@code postfix} (all
 * empty by default, as in Pipy). A batch goes when it has {@code batchSize} records or
 * {@code interval} seconds after its first record. A failed request is retried after
 * {@code retryDelay} while new records wait in the bounded queue (which drops and counts what
 * does not fit), so a dead endpoint costs memory up to {@code bufferLimit} and nothing else.
 */
final class HttpSink extends LogSink {

  record Options(String method, Map<String, String> headers, int batchSize, double intervalSeconds,
      String prefix, String postfix, String separator, long bufferLimit, double retryDelaySeconds,
      double timeoutSeconds) {
  }

  private final URI uri;
  private final Options options;
  private final HttpClient client;
  private final List<Record> pending = new ArrayList<>();
  private long batchStarted;
  private long retryAt;
  private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
  private final java.util.concurrent.atomic.AtomicLong failures = new java.util.concurrent.atomic.AtomicLong();

  HttpSink(URI uri, Options options) {
    super(uri.toString(), 1_000_000, Math.max(1, options.bufferLimit()));
    this.uri = uri;
    this.options = options;
    this.client = HttpClient.newBuilder()
        .connectTimeout(Duration.ofMillis((long) (options.timeoutSeconds() * 1000)))
        .executor(Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "pipy-log-http-client");
          t.setDaemon(true);
          return t;
        }))
        .build();
  }

  /** Requests sent successfully. */
  long requests() {
    return requests.get();
  }

  /** Requests that failed. */
  long failures() {
    return failures.get();
  }

  @Override
  protected int batchLimit() {
    return Math.max(0, options.batchSize() - pending.size());
  }

  @Override
  protected void write(List<Record> batch) throws Exception {
    if (pending.isEmpty()) batchStarted = System.nanoTime();
    pending.addAll(batch);
    if (pending.size() >= options.batchSize()) send();
    else sendIfDue();
  }

  @Override
  protected long idleNanos() {
    return TimeUnit.MILLISECONDS.toNanos(pending.isEmpty() ? 1000 : 20);
  }

  @Override
  protected void onIdle() throws Exception {
    sendIfDue();
  }

  @Override
  protected boolean hasUnsent() {
    return !pending.isEmpty();
  }

  private void sendIfDue() throws Exception {
    if (pending.isEmpty()) return;
    long now = System.nanoTime();
    if (now - batchStarted >= (long) (options.intervalSeconds() * 1e9)) send();
  }

  private void send() throws InterruptedException, java.io.IOException {
    if (pending.isEmpty()) return;
    long now = System.nanoTime();
    if (now < retryAt) return;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] sep = options.separator().getBytes(StandardCharsets.UTF_8);
    body.writeBytes(options.prefix().getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < pending.size(); i++) {
      if (i > 0) body.writeBytes(sep);
      body.writeBytes(pending.get(i).bytes());
    }
    body.writeBytes(options.postfix().getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder rb = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofMillis((long) (options.timeoutSeconds() * 1000)))
        .method(options.method(), HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    for (Map.Entry<String, String> h : options.headers().entrySet()) {
      if (!isRestricted(h.getKey())) rb.header(h.getKey(), h.getValue());
    }
    try {
      HttpResponse<Void> res = client.send(rb.build(), HttpResponse.BodyHandlers.discarding());
      requests.incrementAndGet();
      if (res.statusCode() >= 500) throw new java.io.IOException("HTTP " + res.statusCode());
      pending.clear();
      retryAt = 0;
    } catch (java.io.IOException | IllegalArgumentException e) {
      failures.incrementAndGet();
      retryAt = System.nanoTime() + (long) (options.retryDelaySeconds() * 1e9);
      batchStarted = retryAt - (long) (options.intervalSeconds() * 1e9);
      throw new java.io.IOException("cannot send logs: " + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
    }
  }

  private static boolean isRestricted(String name) {
    String n = name.toLowerCase();
    return n.equals("host") || n.equals("content-length") || n.equals("connection") || n.equals("expect")
        || n.equals("upgrade");
  }
}
