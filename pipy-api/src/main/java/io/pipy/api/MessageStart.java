package io.pipy.api;

/**
 * The start of a message, carrying its head: a script object (for HTTP, an object with
 * {@code method}, {@code path}, {@code headers} …) or {@code null}.
 *
 * <p>Immutable as an event; the head object itself is a script value and may be changed by
 * scripts that hold it.
 */
public final class MessageStart implements Event {

  private static final MessageStart NO_HEAD = new MessageStart(null);

  private final Object head;

  private MessageStart(Object head) {
    this.head = head;
  }

  /** A message start with the given head; {@code null} and undefined mean no head. */
  public static MessageStart of(Object head) {
    if (head == null || head == io.pipy.api.script.Undefined.INSTANCE) return NO_HEAD;
    return new MessageStart(head);
  }

  /** The head object, or {@code null}. */
  public Object head() {
    return head;
  }

  @Override
  public String toString() {
    return "MessageStart";
  }
}
