package io.pipy.examples.countbytes;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;

/**
 * {@code countBytes([label])}: passes every event through unchanged and, when the stream ends,
 * logs how many bytes of {@link Data} went by: {@code countBytes: 1234 bytes}.
 *
 * <p>{@code label} replaces the word {@code countBytes} in the log line. It is a string, or a
 * function called once per stream (when the stream ends) that returns one, so a script can write
 * {@code countBytes(() => `from ${__inbound.remoteAddress}`)}.
 *
 * <p>Per-stream state is a single counter, so each pipeline's instance is cheap; the prototype
 * only holds the label.
 */
final class CountBytes extends Filter {

  /** The fixed label, or null for the default. */
  private final String label;
  /** The function computing the label per stream, or null. */
  private final ScriptFunction labelFunction;

  private long count;

  /** A prototype with a fixed label, one computed per stream by {@code labelFunction}, or (both null) the default. */
  CountBytes(String label, ScriptFunction labelFunction) {
    this.label = label;
    this.labelFunction = labelFunction;
  }

  private CountBytes(CountBytes prototype) {
    super(prototype);
    this.label = prototype.label;
    this.labelFunction = prototype.labelFunction;
  }

  @Override
  protected Filter duplicate() {
    return new CountBytes(this);
  }

  @Override
  protected void process(Event event) {
    if (event instanceof Data data) {
      // Read the size first: once output, the Data belongs to the next filter.
      count += data.size();
    } else if (event instanceof StreamEnd) {
      report();
    }
    output(event);
  }

  private void report() {
    String prefix = label != null ? label : CountBytesModule.FILTER_NAME;
    if (labelFunction != null) {
      try {
        prefix = String.valueOf(labelFunction.call(context()));
      } catch (RuntimeException e) {
        // A failing label must not break the stream it only observes.
        Log.warn("countBytes: label function failed: " + e.getMessage());
      }
    }
    Log.info(prefix + ": " + count + " bytes");
  }

  @Override
  protected void reset() {
    count = 0;
  }

  @Override
  public String describe() {
    if (labelFunction != null) return name() + "(<function>)";
    return label == null ? name() : name() + "('" + label + "')";
  }
}
