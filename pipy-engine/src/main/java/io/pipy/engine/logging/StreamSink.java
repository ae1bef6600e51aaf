package io.pipy.engine.logging;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.List;

/** Log lines to standard output or standard error, each followed by a line break. */
final class StreamSink extends LogSink {

  private final OutputStream out;

  StreamSink(String description, OutputStream out, int maxRecords, long maxBytes) {
    super(description, maxRecords, maxBytes);
    this.out = out;
  }

  static StreamSink stdout() {
    return new StreamSink("stdout", new FileOutputStream(FileDescriptor.out), 100_000, 16L << 20);
  }

  static StreamSink stderr() {
    return new StreamSink("stderr", new FileOutputStream(FileDescriptor.err), 100_000, 16L << 20);
  }

  @Override
  protected void write(List<Record> batch) throws Exception {
    int size = 0;
    for (Record r : batch) size += r.bytes().length + 1;
    byte[] buf = new byte[size];
    int p = 0;
    for (Record r : batch) {
      System.arraycopy(r.bytes(), 0, buf, p, r.bytes().length);
      p += r.bytes().length;
      buf[p++] = '\n';
    }
    out.write(buf);
    out.flush();
  }

  @Override
  protected long idleNanos() {
    return 0;
  }
}
