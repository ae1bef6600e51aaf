package io.pipy.tcp;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;

/**
 * Turns a stream into datagrams: a {@code Data} outside any message becomes a datagram of its
 * own, as in Pipy 1.x; a message ({@code MessageStart Data* MessageEnd}) becomes one datagram of
 * its whole body, as in Pipy 0.x (Pipy 1.x would send each of its {@code Data} separately; one
 * datagram per message is what a script that frames its output as messages means, so we keep it).
 * Empty datagrams are not sent.
 */
final class DatagramFramer {

  /** Where finished datagrams go; takes over the {@code Data}. */
  interface Sink {
    void datagram(Data payload);
  }

  private final Sink sink;
  private Data body;

  DatagramFramer(Sink sink) {
    this.sink = sink;
  }

  /** Takes one event; returns false for a {@code StreamEnd}, which the caller handles. */
  boolean input(Event event) {
    if (event instanceof Data d) {
      if (body != null) {
        body.push(d);
      } else if (d.isEmpty()) {
        d.release();
      } else {
        sink.datagram(d);
      }
      return true;
    }
    if (event instanceof MessageStart) {
      if (body != null) body.release();
      body = new Data();
      return true;
    }
    if (event instanceof MessageEnd) {
      Data b = body;
      body = null;
      if (b != null) {
        if (b.isEmpty()) {
          b.release();
        } else {
          sink.datagram(b);
        }
      }
      return true;
    }
    return false;
  }

  /** Bytes of a message not finished yet. */
  int pending() {
    return body == null ? 0 : body.size();
  }

  /** Drops a message not finished yet. */
  void clear() {
    if (body != null) {
      body.release();
      body = null;
    }
  }
}
