package io.pipy.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;

/** One WebSocket frame (RFC 6455 section 5.2), as a test client writes and reads them. */
record WebSocketFrame(boolean fin, int opcode, boolean masked, byte[] payload) {

  private static final Random RANDOM = new Random();

  /** A final frame as a client sends it: masked with a random key. */
  static byte[] masked(int opcode, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x80 | opcode);
    int n = payload.length;
    if (n < 126) {
      out.write(0x80 | n);
    } else if (n < 65536) {
      out.write(0x80 | 126);
      out.write(n >>> 8);
      out.write(n);
    } else {
      out.write(0x80 | 127);
      for (int i = 7; i >= 0; i--) out.write((int) ((long) n >>> (i * 8)));
    }
    byte[] mask = new byte[4];
    RANDOM.nextBytes(mask);
    out.writeBytes(mask);
    for (int i = 0; i < n; i++) out.write(payload[i] ^ mask[i & 3]);
    return out.toByteArray();
  }

  /** Reads the next frame; fails at the end of the stream. */
  static WebSocketFrame read(InputStream in) throws IOException {
    int b0 = next(in);
    int b1 = next(in);
    long n = b1 & 0x7f;
    if (n == 126) {
      n = (long) next(in) << 8 | next(in);
    } else if (n == 127) {
      n = 0;
      for (int i = 0; i < 8; i++) n = n << 8 | next(in);
    }
    boolean masked = (b1 & 0x80) != 0;
    byte[] mask = new byte[4];
    if (masked) {
      for (int i = 0; i < 4; i++) mask[i] = (byte) next(in);
    }
    byte[] payload = in.readNBytes((int) n);
    if (payload.length != n) throw new IOException("frame cut short: " + payload.length + " of " + n + " bytes");
    if (masked) {
      for (int i = 0; i < payload.length; i++) payload[i] ^= mask[i & 3];
    }
    return new WebSocketFrame((b0 & 0x80) != 0, b0 & 0x0f, masked, payload);
  }

  private static int next(InputStream in) throws IOException {
    int c = in.read();
    if (c < 0) throw new IOException("connection closed in a frame");
    return c;
  }
}
