package io.pipy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class InputBatchTest {

  @Test
  void outsideABatchNothingIsKept() {
    InputBatch b = InputBatch.current();
    List<String> ran = new ArrayList<>();
    assertFalse(b.atEnd(() -> ran.add("never")));
    b.end();
    assertEquals(List.of(), ran);
  }

  @Test
  void tasksRunInOrderAtTheEndAlsoThoseTheyAskFor() {
    InputBatch b = InputBatch.current();
    List<String> ran = new ArrayList<>();
    b.begin();
    assertTrue(b.atEnd(() -> {
      ran.add("first");
      b.atEnd(() -> ran.add("asked for by the first"));
    }));
    b.atEnd(() -> {
      throw new IllegalStateException("a failing task");
    });
    b.atEnd(() -> ran.add("second"));
    assertEquals(List.of(), ran, "nothing before the end");
    b.end();
    assertEquals(List.of("first", "second", "asked for by the first"), ran);
    assertFalse(b.atEnd(() -> ran.add("after the end")), "the batch is closed");
    b.end();
    assertEquals(3, ran.size());
  }

  @Test
  void eachThreadHasItsOwn() throws Exception {
    InputBatch here = InputBatch.current();
    InputBatch[] there = new InputBatch[1];
    Thread t = new Thread(() -> there[0] = InputBatch.current());
    t.start();
    t.join();
    assertTrue(here != there[0]);
    assertTrue(here == InputBatch.current());
  }
}
