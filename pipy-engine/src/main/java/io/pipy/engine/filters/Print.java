package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

/**
 * {@code print()}: writes the bytes of every {@code Data}, as they are and each followed by a
 * line break, where Pipy's log goes (standard error), and passes every event on unchanged.
 */
final class Print extends Filter {

  private static volatile PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.err), true);

  private Print() {
  }

  private Print(Print proto) {
    super(proto);
  }

  static Print create(FilterConfig config) {
    return new Print();
  }

  /** Sends printed bytes to {@code stream} from now on; for tests and launchers. */
  static void setOutput(PrintStream stream) {
    out = stream;
  }

  @Override
  protected Filter duplicate() {
    return new Print(this);
  }

  @Override
  protected void process(Event event) {
    if (event instanceof Data d) write(out, d);
    output(event);
  }

  private static void write(PrintStream s, Data d) {
    synchronized (s) {
      for (int i = 0, n = d.chunkCount(); i < n; i++) {
        var c = d.chunk(i);
        try {
          c.getBytes(c.readerIndex(), (OutputStream) s, c.readableBytes());
        } catch (java.io.IOException e) {
          return;
        }
      }
      s.write('\n');
      s.flush();
    }
  }
}
