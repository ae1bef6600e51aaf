package io.pipy.api;

/**
 * The end of a message, carrying an optional tail (for HTTP, the trailers) and an optional
 * payload (protocol-specific extra data). Both are script values or {@code null}.
 */
public final class MessageEnd implements Event {

  private static final MessageEnd PLAIN = new MessageEnd(null, null);

  private final Object tail;
  private final Object payload;

  private MessageEnd(Object tail, Object payload) {
    this.tail = tail;
    this.payload = payload;
  }

  /** A message end with neither tail nor payload; one shared instance. */
  public static MessageEnd plain() {
    return PLAIN;
  }

  /** A message end with the given tail and payload; {@code null} or undefined mean none. */
  public static MessageEnd of(Object tail, Object payload) {
    tail = nullIfUndefined(tail);
    payload = nullIfUndefined(payload);
    if (tail == null && payload == null) return PLAIN;
    return new MessageEnd(tail, payload);
  }

  private static Object nullIfUndefined(Object v) {
    return v == io.pipy.api.script.Undefined.INSTANCE ? null : v;
  }

  /** The tail object, or {@code null}. */
  public Object tail() {
    return tail;
  }

  /** The payload, or {@code null}. */
  public Object payload() {
    return payload;
  }

  @Override
  public String toString() {
    return "MessageEnd";
  }
}
