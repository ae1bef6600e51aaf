package io.pipy.tcp;

import io.pipy.api.script.HostClass;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;

/**
 * How scripts see an {@link Outbound}. Pipy's members are {@code state}, {@code localAddress},
 * {@code localPort}, {@code remoteAddress}, {@code remotePort} and {@code close()}; {@code id},
 * {@code protocol}, {@code host}, {@code port}, {@code address}, {@code retries},
 * {@code connectionTime} and {@code buffered} are ours.
 */
final class OutboundClass {

  private OutboundClass() {
  }

  static final HostClass<Outbound> CLASS = HostClass.builder("Outbound", Outbound.class)
      .getter("id", o -> Values.number(o.id()))
      .getter("protocol", Outbound::protocol)
      .getter("state", o -> o.state().scriptName())
      .getter("host", Outbound::host)
      .getter("port", Outbound::port)
      .getter("address", Outbound::address)
      .getter("localAddress", Outbound::localAddress)
      .getter("localPort", Outbound::localPort)
      .getter("remoteAddress", Outbound::remoteAddress)
      .getter("remotePort", Outbound::remotePort)
      .getter("retries", Outbound::retries)
      .getter("connectionTime", o -> Values.number(o.connectionTime()))
      .getter("buffered", o -> Values.number(o.buffered()))
      .method("close", 0, (caller, o, args) -> {
        o.abort();
        return Undefined.INSTANCE;
      })
      .build();
}
