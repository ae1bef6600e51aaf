package io.pipy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class PipelineTest {

  /** Upper-cases Data and counts resets. */
  static final class Upper extends Filter {
    static int resets;
    int seen;

    Upper() {
    }

    Upper(Upper p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Upper(this);
    }

    @Override
    protected void process(Event event) {
      seen++;
      if (event instanceof Data d) {
        String s = d.toString();
        d.release();
        output(Data.fromString(s.toUpperCase()));
      } else {
        output(event);
      }
    }

    @Override
    protected void reset() {
      resets++;
      seen = 0;
    }
  }

  @Test
  void eventsFlowThroughFiltersInOrder() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineTester.Run run = t.run(new Upper(), new TestModules.PassFilter());
      run.input(MessageStart.of(null), Data.fromString("abc"), MessageEnd.plain(), StreamEnd.normal());
      assertEquals("MS D(3) ME SE", run.outputShape());
      assertEquals("ABC", run.outputText());
      run.release();
    }
  }

  @Test
  void aReleasedPipelineIsRecycledAndResetAndDropsLateInput() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout layout = t.layout(new Upper());
      List<Event> out = new ArrayList<>();
      Pipeline first = t.call(() -> layout.instantiate(t.worker().newContext(null), out::add));
      int before = Upper.resets;
      t.exec(first::release);
      assertEquals(before + 1, Upper.resets);
      Pipeline second = t.call(() -> layout.instantiate(t.worker().newContext(null), EventTarget.DISCARD));
      assertSame(first, second, "recycled from the layout's pool");
      t.exec(second::release);
      // Input after release is dropped and its buffers released (the leak detector would complain otherwise).
      t.exec(() -> second.input(Data.of(io.netty.buffer.PooledByteBufAllocator.DEFAULT.directBuffer().writeBytes(new byte[] {1}))));
      assertTrue(out.isEmpty());
    }
  }

  @Test
  void releaseDuringDispatchWaitsUntilTheCallReturns() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout layout = t.layout(new Upper(), new Upper());
      int[] resetsSeenByOwner = new int[1];
      Pipeline[] holder = new Pipeline[1];
      t.exec(() -> {
        holder[0] = layout.instantiate(t.worker().newContext(null), e -> {
          if (e instanceof Data d) d.release();
          if (e instanceof StreamEnd) {
            int before = Upper.resets;
            holder[0].release();
            resetsSeenByOwner[0] = Upper.resets - before;
          }
        });
        int before = Upper.resets;
        holder[0].input(StreamEnd.normal());
        assertEquals(0, resetsSeenByOwner[0], "no filter is reset while it is still on the stack");
        assertEquals(before + 2, Upper.resets, "both filters reset once the input call returned");
      });
    }
  }

  @Test
  void contextsAreClonedShallowly() {
    try (PipelineTester t = new PipelineTester()) {
      t.exec(() -> {
        io.pipy.api.Context a = t.worker().newContext(null);
        io.pipy.api.Context b = a.cloneShallow();
        assertSame(a.worker(), b.worker());
        assertSame(a.inbound(), b.inbound());
      });
    }
  }
}
