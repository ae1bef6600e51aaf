package io.pipy.engine.core;

import io.pipy.api.Inbound;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.Values;

/** How scripts see an inbound connection ({@code __inbound}). */
final class InboundClass {

  private InboundClass() {
  }

  static final HostClass<Inbound> CLASS = HostClass.builder("Inbound", Inbound.class)
      .getter("id", i -> Values.number(i.id()))
      .getter("localAddress", Inbound::localAddress)
      .getter("localPort", Inbound::localPort)
      .getter("remoteAddress", Inbound::remoteAddress)
      .getter("remotePort", Inbound::remotePort)
      .getter("destinationAddress", Inbound::destinationAddress)
      .getter("destinationPort", Inbound::destinationPort)
      .build();
}
