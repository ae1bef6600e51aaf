package io.pipy.engine.joint;

import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageStart;

/**
 * {@code branchMessageStart(cond1, layout1, ..., defaultLayout?)}: like dynamic
 * {@code branch}, but the conditions are called with the first {@code MessageStart} and tried
 * again at each later one until one is true; events before it are held.
 */
final class BranchMessageStart extends Switch {

  private BranchMessageStart(Arm[] arms) {
    super(arms, subsOf(arms));
  }

  private BranchMessageStart(BranchMessageStart prototype) {
    super(prototype);
  }

  static Filter create(FilterConfig config) {
    return Branch.build("branchMessageStart", config, false, BranchMessageStart::new);
  }

  @Override
  protected Filter duplicate() {
    return new BranchMessageStart(this);
  }

  @Override
  protected Object[] evaluationPoint(Event event) {
    return event instanceof MessageStart ? new Object[] {event} : null;
  }
}
