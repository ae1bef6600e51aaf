package io.pipy.engine.core;

import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/** The script classes {@code Message}, {@code MessageStart}, {@code MessageEnd}, {@code StreamEnd}. */
final class EventClasses {

  private EventClasses() {
  }

  /**
   * A head or tail argument: an object, or nothing (null). Pipy takes nothing else ("argument
   * #1 expects an object"); strings would make no sense to any protocol filter.
   */
  private static Object headOrTail(String where, int index, Object v) {
    if (Args.absent(v)) return null;
    if (v instanceof CharSequence || v instanceof Number || v instanceof Boolean) {
      throw ScriptError.typeError(where + ": argument #" + (index + 1) + " expects an object, got " + Values.typeName(v));
    }
    return v;
  }

  /**
   * {@code new Message()}, {@code new Message(body)}, {@code new Message(head, body)},
   * {@code new Message(head, body, tail)}; a lone argument that is a string or Data is the body,
   * an object is the head. A missing head or tail reads as {@code null}, as in Pipy.
   *
   * <p>Unlike Pipy, a message without a body reads {@code body} as an empty {@code Data} rather
   * than {@code null} (so {@code msg.body.size} never throws), and head, body and tail may be
   * assigned (Pipy silently ignores such assignments).
   */
  static final HostClass<Message> MESSAGE = HostClass.builder("Message", Message.class)
      .constructor((ctx, args) -> {
        Object a0 = Args.get(args, 0);
        if (args.length <= 1) {
          if (a0 instanceof CharSequence || a0 instanceof Data || Args.absent(a0)) {
            return new Message(null, Args.body("Message", a0), null);
          }
          return new Message(headOrTail("Message", 0, a0), null, null);
        }
        return new Message(headOrTail("Message", 0, a0), Args.body("Message", Args.get(args, 1)),
            headOrTail("Message", 2, Args.get(args, 2)));
      })
      .property("head", Message::head, (m, v) -> m.head(Args.absent(v) ? null : v))
      .property("body", Message::body, (m, v) -> m.body(Args.body("Message.body", v)))
      .property("tail", Message::tail, (m, v) -> m.tail(Args.absent(v) ? null : v))
      .build();

  static final HostClass<MessageStart> MESSAGE_START = HostClass.builder("MessageStart", MessageStart.class)
      .constructor((ctx, args) -> MessageStart.of(headOrTail("MessageStart", 0, Args.get(args, 0))))
      .getter("head", MessageStart::head)
      .build();

  static final HostClass<MessageEnd> MESSAGE_END = HostClass.builder("MessageEnd", MessageEnd.class)
      .constructor((ctx, args) -> MessageEnd.of(headOrTail("MessageEnd", 0, Args.get(args, 0)), Args.get(args, 1)))
      .getter("tail", MessageEnd::tail)
      .getter("payload", e -> e.payload() == null ? Undefined.INSTANCE : e.payload())
      .build();

  /**
   * {@code new StreamEnd()}, {@code new StreamEnd('ConnectionReset')}, or any other value as the
   * error. A string that names no error code is kept as the error value, as in Pipy.
   */
  static final HostClass<StreamEnd> STREAM_END = HostClass.builder("StreamEnd", StreamEnd.class)
      .constructor((ctx, args) -> {
        Object a0 = Args.get(args, 0);
        if (Args.absent(a0)) return StreamEnd.normal();
        if (a0 instanceof CharSequence s) {
          StreamEnd.Error e = StreamEnd.Error.fromScriptName(s.toString());
          if (e != null) return StreamEnd.of(e);
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
