package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DatagramFramerTest {

  private final List<String> datagrams = new ArrayList<>();
  private final DatagramFramer framer = new DatagramFramer(d -> {
    datagrams.add(d.toString());
    d.release();
  });

  @BeforeEach
  void setUp() {
    LeakWatch.install();
    LeakWatch.check();
  }

  @AfterEach
  void tearDown() {
    assertEquals(List.of(), LeakWatch.check(), "Netty warnings and leak reports");
  }

  @Test
  void eachBareDataIsOneDatagram() {
    assertTrue(framer.input(Data.fromString("one")));
    assertTrue(framer.input(Data.fromString("two")));
    assertEquals(List.of("one", "two"), datagrams);
  }

  @Test
  void aMessageIsOneDatagramOfItsWholeBody() {
    framer.input(MessageStart.of(null));
    framer.input(Data.fromString("he"));
    framer.input(Data.fromString("llo"));
    assertEquals(List.of(), datagrams, "nothing goes out before the message ends");
    assertEquals(5, framer.pending());
    framer.input(MessageEnd.plain());
    assertEquals(List.of("hello"), datagrams);
    assertEquals(0, framer.pending());
  }

  @Test
  void emptyDataAndEmptyMessagesSendNothing() {
    framer.input(Data.fromString(""));
    framer.input(MessageStart.of(null));
    framer.input(MessageEnd.plain());
    assertEquals(List.of(), datagrams);
  }

  @Test
  void streamEndIsLeftToTheCallerAndClearDropsAnUnfinishedMessage() {
    framer.input(MessageStart.of(null));
    framer.input(Data.fromString("half"));
    assertFalse(framer.input(StreamEnd.normal()));
    framer.clear();
    assertEquals(0, framer.pending());
    assertEquals(List.of(), datagrams);
  }
}
