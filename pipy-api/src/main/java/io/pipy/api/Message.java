package io.pipy.api;

/**
 * A whole message as a script value: head, body and tail, as in {@code new Message(head, body)}.
 *
 * <p>The body is a script-held {@link Data}: its chunks are on the GC heap (see {@link Data}),
 * so a message can be kept in a variable and sent any number of times. {@link #writeTo} sends a
 * duplicate of the body each time, never the body itself.
 */
public final class Message {

  private Object head;
  private Data body;
  private Object tail;

  /**
   * A message. {@code body} must be script-safe ({@link Data#forScript()}); {@code null} means
   * empty. Heads and tails are script values or {@code null}.
   */
  public Message(Object head, Data body, Object tail) {
    this.head = head;
    this.body = body == null ? new Data() : body;
    this.tail = tail;
  }

  /** The head, or {@code null}. */
  public Object head() {
    return head;
  }

  /** Replaces the head. */
  public void head(Object head) {
    this.head = head;
  }

  /** The body; never {@code null}. */
  public Data body() {
    return body;
  }

  /** Replaces the body; {@code null} means empty. */
  public void body(Data body) {
    this.body = body == null ? new Data() : body;
  }

  /** The tail, or {@code null}. */
  public Object tail() {
    return tail;
  }

  /** Replaces the tail. */
  public void tail(Object tail) {
    this.tail = tail;
  }

  /** Sends the message as {@code MessageStart}, the body (if any) and {@code MessageEnd}. */
  public void writeTo(EventTarget out) {
    out.input(MessageStart.of(head));
    if (!body.isEmpty()) out.input(body.retainedDuplicate());
    out.input(MessageEnd.of(tail, null));
  }
}
