package io.pipy.engine.joint;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Message;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;

/**
 * {@code branchMessage(cond1, layout1, ..., defaultLayout?)}: like dynamic {@code branch}, but
 * the conditions are called with the first whole {@link Message} (head, body, tail) and tried
 * again at each later one until one is true; the events are held meanwhile and then go, as
 * they came, to the chosen sub-pipeline.
 */
final class BranchMessage extends Switch {

  private boolean reading;
  private Object head;
  private Data body;

  private BranchMessage(Arm[] arms) {
    super(arms, subsOf(arms));
  }

  private BranchMessage(BranchMessage prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return Branch.build("branchMessage", config, false, BranchMessage::new);
  }

  @Override
  protected Filter duplicate() {
    return new BranchMessage(this);
  }

  @Override
  protected Object[] evaluationPoint(Event event) {
    if (event instanceof MessageStart ms) {
      if (!reading) {
        reading = true;
        head = ms.head();
        if (body != null) body.release();
        body = new Data();
      }
    } else if (event instanceof Data d) {
      if (reading && !d.isEmpty()) body.push(d.retainedDuplicate());
    } else if (event instanceof MessageEnd me) {
      if (reading) {
        reading = false;
        Data b = body;
        body = null;
        Data scriptBody = b.forScript();
        b.release();
        Message msg = new Message(head, scriptBody, me.tail());
        head = null;
        return new Object[] {msg};
      }
    }
    return null;
  }

  @Override
  protected void resetEvaluation() {
    reading = false;
    head = null;
    if (body != null) {
      body.release();
      body = null;
    }
  }
}
