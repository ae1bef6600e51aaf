package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Pipeline;
import java.util.ArrayList;

/**
 * One HTTP/1 request read by {@code demuxHTTP} and the sub-pipeline answering it. It is the
 * sub-pipeline's output target: answers that come before their turn (pipelining) wait here.
 * The sub-pipeline is released once the request has gone in whole and the answer has come out
 * whole.
 */
final class H1Exchange implements EventTarget {

  static final int PLAIN = 0;
  static final int CONNECT = 1;
  static final int WEBSOCKET = 2;
  static final int H2C = 3;

  private final DemuxHttp owner;
  Pipeline pipeline;
  String method;
  boolean headRequest;
  boolean close;
  /** What the request asks the connection to turn into: {@link #PLAIN} for nothing. */
  int tunnel;
  /** The {@code HTTP2-Settings} of an h2c upgrade. */
  String h2Settings;
  /** An error answer standing in for a malformed request. */
  DecodeError error;

  boolean inputDone;
  boolean responded;
  boolean started;
  boolean informational;
  boolean tunnelOk;
  /** Answers wait here until the upgrade decision is made. */
  boolean holding;
  /** After an h2c upgrade, the HTTP/2 stream the answer goes to. */
  H2Stream h2;
  ArrayList<Event> held;

  H1Exchange(DemuxHttp owner) {
    this.owner = owner;
  }

  @Override
  public void input(Event event) {
    owner.response(this, event);
  }

  /** Keeps an answer event until this exchange's turn. */
  void hold(Event e) {
    if (held == null) held = new ArrayList<>(4);
    held.add(e);
  }

  /** The held events, handed over. */
  ArrayList<Event> takeHeld() {
    ArrayList<Event> h = held;
    held = null;
    return h;
  }

  /** Releases the sub-pipeline once both directions are done. */
  void releaseIfDone() {
    if (inputDone && responded) release();
  }

  /** Releases the sub-pipeline and anything held. */
  void release() {
    Pipeline p = pipeline;
    pipeline = null;
    if (p != null) p.release();
    ArrayList<Event> h = takeHeld();
    if (h != null) {
      for (Event e : h) {
        if (e instanceof Data d) d.release();
      }
    }
  }
}
