package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.StreamEnd;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for {@code connect(...)} in a sub-pipeline: records the bytes it is sent and
 * answers what the test tells it to. Every instance that sees an event joins {@code all}.
 */
final class FakeUpstream extends Filter {

  /** Every instance that has been used, in order. */
  static final class All {
    final List<FakeUpstream> list = new ArrayList<>();

    synchronized FakeUpstream get(int i) {
      return list.get(i);
    }

    synchronized int size() {
      return list.size();
    }
  }

  private final All all;
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();
  private int taken;
  private boolean joined;
  StreamEnd ended;

  FakeUpstream(All all) {
    this.all = all;
  }

  private FakeUpstream(FakeUpstream proto) {
    super(proto);
    this.all = proto.all;
  }

  @Override
  protected Filter duplicate() {
    return new FakeUpstream(this);
  }

  @Override
  protected void process(Event e) {
    if (!joined) {
      joined = true;
      received.reset();
      taken = 0;
      ended = null;
      synchronized (all) {
        all.list.add(this);
      }
    }
    if (e instanceof Data d) {
      received.writeBytes(d.toBytes());
      d.release();
    } else if (e instanceof StreamEnd se) {
      ended = se;
    }
  }

  @Override
  protected void reset() {
    joined = false; // what it saw stays readable until it serves again
  }

  /** The bytes received since the last call, as text. */
  String take() {
    byte[] b = received.toByteArray();
    String s = new String(b, taken, b.length - taken, StandardCharsets.ISO_8859_1);
    taken = b.length;
    return s;
  }

  /** The bytes received since the last call. */
  byte[] takeBytes() {
    byte[] b = received.toByteArray();
    byte[] out = java.util.Arrays.copyOfRange(b, taken, b.length);
    taken = b.length;
    return out;
  }

  /** Sends bytes back, as a server would; call on the worker thread. */
  void reply(byte[] bytes) {
    output(TestSupport.bytes(bytes));
  }

  void reply(String text) {
    reply(text.getBytes(StandardCharsets.ISO_8859_1));
  }

  /** Ends the upstream stream, as a failing connection would. */
  void fail(StreamEnd se) {
    output(se);
  }
}
