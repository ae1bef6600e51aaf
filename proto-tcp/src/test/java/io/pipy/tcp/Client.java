package io.pipy.tcp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/** A blocking java.net.Socket client with bounded waits. */
final class Client implements AutoCloseable {

  final Socket socket;

  Client(InetAddress host, int port) throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(host, port), 5000);
    socket.setSoTimeout(5000);
  }

  Client(int port) throws IOException {
    this(InetAddress.getLoopbackAddress(), port);
  }

  Client send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads exactly {@code n} bytes as text. */
  String read(int n) throws IOException {
    byte[] buf = new byte[n];
    int got = 0;
    InputStream in = socket.getInputStream();
    while (got < n) {
      int r = in.read(buf, got, n - got);
      if (r < 0) throw new IOException("EOF after " + got + " of " + n + " bytes: " + new String(buf, 0, got, StandardCharsets.UTF_8));
      got += r;
    }
    return new String(buf, StandardCharsets.UTF_8);
  }

  /** Reads until the server closes its side; fails if that takes longer than the socket timeout. */
  String readToEnd() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    InputStream in = socket.getInputStream();
    int r;
    while ((r = in.read(buf)) >= 0) out.write(buf, 0, r);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Whether nothing arrives within {@code millis} (and the stream is still open). */
  boolean silentFor(int millis) throws IOException {
    int old = socket.getSoTimeout();
    socket.setSoTimeout(millis);
    try {
      socket.getInputStream().read();
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    } finally {
      socket.setSoTimeout(old);
    }
  }

  /** Closes with a reset (SO_LINGER 0). */
  void reset() throws IOException {
    socket.setSoLinger(true, 0);
    socket.close();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
