package io.pipy.engine.core;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;

/** The script classes {@code Message}, {@code MessageStart}, {@code MessageEnd}, {@code StreamEnd}. */
final class EventClasses {

  private EventClasses() {
  }

  private static Object orUndefined(Object v) {
    return v == null ? Undefined.INSTANCE : v;
  }

  /**
   * {@code new Message()}, {@code new Message(body)}, {@code new Message(head, body)},
   * {@code new Message(head, body, tail)}; a lone argument that is a string or Data is the body,
   * any other lone argument is the head.
   */
  static final HostClass<Message> MESSAGE = HostClass.builder("Message", Message.class)
      .constructor((ctx, args) -> {
        Object a0 = Args.get(args, 0);
        if (args.length <= 1) {
          if (a0 instanceof CharSequence || a0 instanceof Data || Args.absent(a0)) {
            return new Message(null, Args.body("Message", a0), null);
          }
          return new Message(a0, null, null);
        }
        Object head = Args.absent(a0) ? null : a0;
        Object tail = Args.absent(Args.get(args, 2)) ? null : Args.get(args, 2);
        return new Message(head, Args.body("Message", Args.get(args, 1)), tail);
      })
      .property("head", m -> orUndefined(m.head()), (m, v) -> m.head(Args.absent(v) ? null : v))
      .property("body", Message::body, (m, v) -> m.body(Args.body("Message.body", v)))
      .property("tail", m -> orUndefined(m.tail()), (m, v) -> m.tail(Args.absent(v) ? null : v))
      .build();

  static final HostClass<MessageStart> MESSAGE_START = HostClass.builder("MessageStart", MessageStart.class)
      .constructor((ctx, args) -> MessageStart.of(Args.get(args, 0)))
      .getter("head", e -> orUndefined(e.head()))
      .build();

  static final HostClass<MessageEnd> MESSAGE_END = HostClass.builder("MessageEnd", MessageEnd.class)
      .constructor((ctx, args) -> MessageEnd.of(Args.get(args, 0), Args.get(args, 1)))
      .getter("tail", e -> orUndefined(e.tail()))
      .getter("payload", e -> orUndefined(e.payload()))
      .build();

  /** {@code new StreamEnd()}, {@code new StreamEnd('ConnectionReset')}, or any thrown value. */
  static final HostClass<StreamEnd> STREAM_END = HostClass.builder("StreamEnd", StreamEnd.class)
      .constructor((ctx, args) -> {
        Object a0 = Args.get(args, 0);
        if (Args.absent(a0)) return StreamEnd.normal();
        if (a0 instanceof CharSequence s) {
          StreamEnd.Error e = StreamEnd.Error.fromScriptName(s.toString());
          if (e == null) throw ScriptError.typeError("StreamEnd: unknown error '" + s + "'");
          return StreamEnd.of(e);
        }
        return StreamEnd.thrown(a0);
      })
      .getter("error", e -> {
        if (!e.hasError()) return Undefined.INSTANCE;
        if (e.value() != null) return e.value();
        return e.error().scriptName();
      })
      .build();
}
