package io.pipy.tcp;

import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;

/**
 * {@code pipy.inbound} and {@code pipy.outbound}: the open connections of the calling worker,
 * with {@code count} and {@code forEach(callback)}. A callback that returns {@code false} does not
 * stop the walk (Pipy ignores the result); one that throws does.
 */
public final class ConnectionList {

  /** {@code pipy.inbound}. */
  public static final ConnectionList INBOUND = new ConnectionList(true);

  /** {@code pipy.outbound}. */
  public static final ConnectionList OUTBOUND = new ConnectionList(false);

  private final boolean inbound;

  private ConnectionList(boolean inbound) {
    this.inbound = inbound;
  }

  /** The number of open connections of the calling worker. */
  public int count() {
    Connections c = Connections.ofThisWorker();
    return inbound ? c.inboundCount() : c.outboundCount();
  }

  static final HostClass<ConnectionList> CLASS = HostClass.builder("ConnectionList", ConnectionList.class)
      .getter("count", ConnectionList::count)
      .method("forEach", 1, (caller, self, args) -> {
        if (args.length < 1 || !(args[0] instanceof ScriptFunction fn)) {
          throw ScriptError.typeError("forEach: callback: expected a function");
        }
        Connections c = Connections.ofThisWorker();
        if (self.inbound) {
          c.forEachInbound(i -> {
            fn.call1(caller, i);
            return true;
          });
        } else {
          c.forEachOutbound(o -> {
            fn.call1(caller, o);
            return true;
          });
        }
        return Undefined.INSTANCE;
      })
      .build();

  @Override
  public String toString() {
    return inbound ? "[object Inbound]" : "[object Outbound]";
  }
}
