package io.pipy.http;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Filters to put in sub-pipelines under test: servers that answer, and recorders. */
final class TestFilters {

  private TestFilters() {
  }

  /** A shared record of what sub-pipelines saw. */
  static final class Log {
    final List<String> lines = new ArrayList<>();
    final ArrayDeque<Answer> waiting = new ArrayDeque<>();
    int instances;

    synchronized void add(String s) {
      lines.add(s);
    }

    synchronized List<String> lines() {
      return List.copyOf(lines);
    }
  }

  /**
   * Reads a request message and answers it with {@code fn(request)}; a {@code null} answer
   * waits in {@code log.waiting} for the test to call {@link #reply}. Records the events it
   * gets that are not part of the request (StreamEnd) in the log.
   */
  static final class Answer extends Filter {
    private final Log log;
    private final Function<Message, Message> fn;
    private Object head;
    private Data body;
    Message request;

    Answer(Log log, Function<Message, Message> fn) {
      this.log = log;
      this.fn = fn;
    }

    private Answer(Answer proto) {
      super(proto);
      this.log = proto.log;
      this.fn = proto.fn;
      log.instances++;
    }

    @Override
    protected Filter duplicate() {
      return new Answer(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof MessageStart ms) {
        head = ms.head();
        body = new Data();
      } else if (e instanceof Data d) {
        if (body != null) {
          body.push(d.forScript());
        }
        d.release();
      } else if (e instanceof MessageEnd) {
        if (head == null) return;
        request = new Message(head, body, null);
        head = null;
        body = null;
        Message res = fn.apply(request);
        if (res == null) {
          log.waiting.add(this);
        } else {
          res.writeTo(this::output);
        }
      } else if (e instanceof StreamEnd se) {
        log.add("end " + se);
        output(se);
      }
    }

    /** Sends the answer of a waiting request; call on the worker thread. */
    void reply(Message m) {
      m.writeTo(this::output);
    }

    /** Sends some events of the answer of a waiting request; call on the worker thread. */
    void send(Event... events) {
      for (Event e : events) output(e);
    }

    /** Ends the stream with {@code se} instead of answering. */
    void fail(StreamEnd se) {
      output(se);
    }

    @Override
    protected void reset() {
      head = null;
      body = null;
      request = null;
    }
  }

  /** The method, path and body of a request, as its answer's body. */
  static Message echo(Message req) {
    ScriptObject h = (ScriptObject) req.head();
    return new Message(null, Data.fromString(h.get("method") + " " + h.get("path") + " " + req.body()), null);
  }

  /** Records the context of each message it sees, and passes everything on. */
  static final class ContextProbe extends Filter {
    private final List<io.pipy.api.Context> contexts;

    ContextProbe(List<io.pipy.api.Context> contexts) {
      this.contexts = contexts;
    }

    private ContextProbe(ContextProbe proto) {
      super(proto);
      this.contexts = proto.contexts;
    }

    @Override
    protected Filter duplicate() {
      return new ContextProbe(this);
    }

    @Override
    protected void process(Event e) {
      if (e instanceof MessageStart) contexts.add(context());
      output(e);
    }
  }

  /** Records every event it sees in the log, and passes it on. */
  static final class Tap extends Filter {
    private final Log log;
    private final String name;

    Tap(Log log, String name) {
      this.log = log;
      this.name = name;
    }

    private Tap(Tap proto) {
      super(proto);
      this.log = proto.log;
      this.name = proto.name;
    }

    @Override
    protected Filter duplicate() {
      return new Tap(this);
    }

    @Override
    protected void process(Event e) {
      String s = e instanceof Data d ? "D(" + d.toString() + ")" : e.toString();
      if (e instanceof MessageStart ms && ms.head() != null) s = "MS " + ms.head();
      if (e instanceof MessageEnd me && me.tail() != null) s = "ME " + me.tail();
      log.add(name + " " + s);
      output(e);
    }
  }
}
