package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;

/** The request of one HTTP/2 stream of {@code serveHTTP}, gathered whole before the handler sees it. */
final class ServeH2Request implements EventTarget {

  private final ServeHttp server;
  private final H2Stream stream;
  private Object head;
  private Data body;
  private boolean started;

  ServeH2Request(ServeHttp server, H2Stream stream) {
    this.server = server;
    this.stream = stream;
  }

  @Override
  public void input(Event e) {
    if (e instanceof MessageStart ms) {
      head = ms.head();
      started = true;
    } else if (e instanceof Data d) {
      if (started) {
        if (body == null) body = d;
        else body.push(d);
      } else {
        d.release();
      }
    } else if (e instanceof MessageEnd me) {
      if (!started) return;
      started = false;
      Data b = body;
      body = null;
      Data scriptBody = null;
      if (b != null) {
        scriptBody = b.forScript();
        b.release();
      }
      server.answerH2(stream, new Message(head, scriptBody, me.tail()));
      head = null;
    } else if (e instanceof StreamEnd) {
      started = false;
      head = null;
      if (body != null) {
        body.release();
        body = null;
      }
    }
  }
}
