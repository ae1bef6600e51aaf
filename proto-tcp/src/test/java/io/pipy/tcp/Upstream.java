package io.pipy.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A plain blocking TCP server on 127.0.0.1 for {@code connect} tests, one thread per connection,
 * running a {@link Behaviour} on each accepted socket.
 */
final class Upstream implements AutoCloseable {

  /** What the server does with one connection; the socket is closed when it returns. */
  @FunctionalInterface
  interface Behaviour {
    void serve(Socket s) throws IOException;
  }

  /** Echoes everything, then half-closes after the client's FIN. */
  static final Behaviour ECHO = s -> {
    InputStream in = s.getInputStream();
    OutputStream out = s.getOutputStream();
    byte[] buf = new byte[64 * 1024];
    int n;
    while ((n = in.read(buf)) >= 0) out.write(buf, 0, n);
    s.shutdownOutput();
  };

  final ServerSocket server;
  final AtomicInteger accepted = new AtomicInteger();
  final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  Upstream(Behaviour behaviour) throws IOException {
    server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        Socket s;
        try {
          s = server.accept();
        } catch (IOException e) {
          return;
        }
        accepted.incrementAndGet();
        open.add(s);
        Thread t = new Thread(() -> {
          try (s) {
            behaviour.serve(s);
          } catch (IOException e) {
            if (!server.isClosed()) failures.add(e);
          } catch (Throwable e) {
            failures.add(e);
          }
        }, "upstream-conn");
        t.setDaemon(true);
        t.start();
      }
    }, "upstream-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  String target() {
    return "127.0.0.1:" + port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : open) s.close();
  }
}
