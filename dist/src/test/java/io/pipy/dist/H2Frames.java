package io.pipy.dist;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Raw HTTP/2 frames (RFC 9113 section 4.1) for tests that must send what no client would. */
final class H2Frames {

  private H2Frames() {
  }

  /** A frame: 24-bit length, type, flags, 31-bit stream id, payload. */
  static byte[] frame(int type, int flags, int stream, byte[] payload) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int n = payload.length;
    out.write(n >>> 16);
    out.write(n >>> 8);
    out.write(n);
    out.write(type);
    out.write(flags);
    out.write(stream >>> 24 & 0x7f);
    out.write(stream >>> 16);
    out.write(stream >>> 8);
    out.write(stream);
    out.writeBytes(payload);
    return out.toByteArray();
  }

  static byte[] join(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) out.writeBytes(p);
    return out.toByteArray();
  }

  /**
   * The HPACK block of {@code GET / http, :authority a}: three indexed fields of the static
   * table (2, 6, 4) and a literal value for index 1.
   */
  static byte[] getRoot() {
    return new byte[] {(byte) 0x82, (byte) 0x86, (byte) 0x84, 0x41, 0x01, 'a'};
  }

  /**
   * Reads frames until the peer closes: for each {type, flags (for GOAWAY: its error code),
   * stream}. Fails after the socket's read timeout, so a server that never closes fails the test.
   */
  static List<int[]> readAll(InputStream in) throws IOException {
    byte[] b = in.readAllBytes();
    List<int[]> frames = new ArrayList<>();
    int i = 0;
    while (i + 9 <= b.length) {
      int n = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | b[i + 2] & 0xff;
      int type = b[i + 3] & 0xff;
      int flags = b[i + 4] & 0xff;
      int stream = (b[i + 5] & 0x7f) << 24 | (b[i + 6] & 0xff) << 16 | (b[i + 7] & 0xff) << 8 | b[i + 8] & 0xff;
      if (type == 7 && n >= 8) {
        int p = i + 9 + 4;
        flags = (b[p] & 0xff) << 24 | (b[p + 1] & 0xff) << 16 | (b[p + 2] & 0xff) << 8 | b[p + 3] & 0xff;
      }
      frames.add(new int[] {type, flags, stream});
      i += 9 + n;
    }
    return frames;
  }

  static String describe(List<int[]> frames) {
    StringBuilder sb = new StringBuilder();
    for (int[] f : frames) sb.append(String.format("[type %d, %d, stream %d] ", f[0], f[1], f[2]));
    return sb.toString();
  }
}
