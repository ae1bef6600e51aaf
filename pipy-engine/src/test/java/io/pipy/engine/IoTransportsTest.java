package io.pipy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.channel.IoHandlerFactory;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.uring.IoUring;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Which transport the workers get, and what happens when the probed one cannot start. */
@Timeout(30)
class IoTransportsTest {

  private final List<String> attempts = new ArrayList<>();

  @Test
  void autoPrefersIoUringThenEpollThenNio() {
    String expected = IoUring.isAvailable() ? "io_uring" : Epoll.isAvailable() ? "epoll" : "nio";
    assertEquals(expected, IoTransports.choose("auto"));
    assertEquals("nio", IoTransports.choose("nio"));
  }

  @Test
  void anUnknownTransportIsNamedInTheError() {
    EngineException e = assertThrows(EngineException.class, () -> IoTransports.choose("kqueue"));
    assertEquals("unknown I/O transport 'kqueue' (expected: auto, epoll, io_uring, nio)", e.getMessage());
  }

  @Test
  void aProbedTransportThatCannotStartGivesWayToTheNextOne() throws Exception {
    String first = IoTransports.choose("auto");
    assumeTrue(!first.equals("nio"), "no native transport here to fall back from");
    String next = first.equals("io_uring") && Epoll.isAvailable() ? "epoll" : "nio";
    IoTransports.Choice choice = IoTransports.newGroup(2, "auto", new DefaultThreadFactory("io-test"), failing(first));
    try {
      assertEquals(next, choice.name());
      assertEquals(List.of(first, next), attempts);
      // The group that did start runs tasks on its loops.
      assertEquals("ran", choice.group().submit(() -> "ran").get(10, TimeUnit.SECONDS));
    } finally {
      choice.group().shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
  }

  @Test
  void aTransportAskedForByNameThatCannotStartFailsStartUp() {
    RuntimeException e = assertThrows(RuntimeException.class,
        () -> IoTransports.newGroup(1, "nio", new DefaultThreadFactory("io-test"), failing("nio")));
    assertTrue(String.valueOf(e.getCause()).contains("no ring for you"), e::toString);
    assertEquals(List.of("nio"), attempts);
  }

  /** Real handler factories, except that {@code broken}'s handlers fail to start. */
  private Function<String, IoHandlerFactory> failing(String broken) {
    return name -> {
      attempts.add(name);
      if (!name.equals(broken)) return IoTransports.handlerFactory(name);
      return executor -> {
        throw new IllegalStateException("no ring for you");
      };
    };
  }
}
