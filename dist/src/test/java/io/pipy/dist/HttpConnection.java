package io.pipy.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One client connection speaking HTTP/1.1 over a plain socket, for tests that care which
 * requests share a connection: requests go one at a time on the same socket until
 * {@link #close()}. Responses are read by {@code content-length}, chunked encoding or to the end
 * of the stream. Reads time out after 10 seconds.
 */
final class HttpConnection implements AutoCloseable {

  /** A response; header names in lower case. */
  record Response(int status, Map<String, String> headers, String body) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  private final Socket socket;
  private final InputStream in;
  private final OutputStream out;

  HttpConnection(int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    socket.setSoTimeout(10_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
  }

  /** {@code GET path} with extra headers given as name, value, name, value... */
  Response get(String path, String... headers) throws IOException {
    return send("GET", path, null, headers);
  }

  /** {@code POST path} with {@code body}. */
  Response post(String path, String body, String... headers) throws IOException {
    return send("POST", path, body, headers);
  }

  /** Sends a request ({@code Host: 127.0.0.1} unless given) and reads its response. */
  Response send(String method, String path, String body, String... headers) throws IOException {
    StringBuilder sb = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n");
    boolean host = false;
    for (int i = 0; i < headers.length; i += 2) {
      host |= headers[i].equalsIgnoreCase("host");
      sb.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
    }
    if (!host) sb.append("Host: 127.0.0.1\r\n");
    byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (body != null) sb.append("Content-Length: ").append(content.length).append("\r\n");
    sb.append("\r\n");
    out.write(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(content);
    out.flush();
    return read();
  }

  private Response read() throws IOException {
    String statusLine = line();
    String[] parts = statusLine.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) throw new IOException("not an HTTP response: " + statusLine);
    int status = Integer.parseInt(parts[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (String h = line(); !h.isEmpty(); h = line()) {
      int colon = h.indexOf(':');
      headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (headers.containsKey("content-length")) {
      body.write(bytes(Integer.parseInt(headers.get("content-length"))));
    } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      for (int n = Integer.parseInt(line().trim(), 16); n > 0; n = Integer.parseInt(line().trim(), 16)) {
        body.write(bytes(n));
        line();
      }
      line();
    } else {
      body.write(in.readAllBytes());
    }
    return new Response(status, headers, body.toString(StandardCharsets.UTF_8));
  }

  private String line() throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) throw new IOException("connection closed in the middle of a response: " + b);
      if (c != '\r') b.write(c);
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  private byte[] bytes(int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) throw new IOException("connection closed after " + b.length + " of " + n + " body bytes");
    return b;
  }

  /** A request on a connection of its own, closed afterwards. */
  static Response once(int port, String method, String path, String body, String... headers) throws IOException {
    try (HttpConnection c = new HttpConnection(port)) {
      return c.send(method, path, body, headers);
    }
  }

  /**
   * Ends the connection the polite way: half-closes it, then waits (up to 5 seconds) for the
   * server to close its side, so that the server has seen the connection end before the test
   * goes on (a proxy gives back what the connection held when it ends).
   */
  @Override
  public void close() throws IOException {
    try {
      if (!socket.isClosed() && !socket.isOutputShutdown()) {
        socket.shutdownOutput();
        socket.setSoTimeout(5000);
        in.readAllBytes();
      }
    } catch (IOException ignored) {
      // reset or timed out: closed either way below
    } finally {
      socket.close();
    }
  }
}
