package io.pipy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Message;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptPromise;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A layout's onStart events go in before any other input, also when they come later from a promise. */
@Timeout(30)
class OnStartTest {

  /** A promise settled by the test. */
  static final class TestPromise implements ScriptPromise {
    final List<Consumer<Object>> waiting = new ArrayList<>();

    @Override
    public void then(Consumer<Object> onFulfilled, Consumer<Object> onRejected) {
      waiting.add(onFulfilled);
    }

    void resolve(Object v) {
      for (Consumer<Object> c : waiting) c.accept(v);
    }
  }

  static ScriptFunction returning(Object value) {
    return new ScriptFunction() {
      @Override
      public Object call(Context caller, Object... args) {
        return value;
      }

      @Override
      public Object callWithThis(Context caller, Object thisValue, Object... args) {
        return value;
      }

      @Override
      public String name() {
        return "onStart";
      }
    };
  }

  @Test
  void initialEventsComeFirst() {
    try (PipelineTester t = new PipelineTester()) {
      PipelineLayout layout = t.layout(new TestModules.PassFilter());
      layout.onStart(returning(new Message(null, Data.fromString("first"), null)));
      PipelineTester.Run run = t.run(layout);
      run.input(Data.fromString("second"), StreamEnd.normal());
      assertEquals("MS D(5) ME D(6) SE", run.outputShape());
      run.release();
    }
  }

  @Test
  void inputWaitsForAPromisedStart() {
    try (PipelineTester t = new PipelineTester()) {
      TestPromise promise = new TestPromise();
      PipelineLayout layout = t.layout(new TestModules.PassFilter());
      layout.onStart(returning(promise));
      PipelineTester.Run run = t.run(layout);
      run.input(Data.fromString("later"));
      assertEquals("", run.outputShape());
      t.exec(() -> promise.resolve(Data.fromString("early")));
      assertEquals("earlylater", run.outputText());
      run.release();
    }
  }

  @Test
  void onEndRunsWhenThePipelineIsReleased() {
    try (PipelineTester t = new PipelineTester()) {
      int[] ended = new int[1];
      PipelineLayout layout = t.layout(new TestModules.PassFilter());
      layout.onEnd(new ScriptFunction() {
        @Override
        public Object call(Context caller, Object... args) {
          ended[0]++;
          return null;
        }

        @Override
        public Object callWithThis(Context caller, Object thisValue, Object... args) {
          return call(caller, args);
        }

        @Override
        public String name() {
          return "onEnd";
        }
      });
      Pipeline p = t.call(() -> layout.instantiate(t.worker().newContext(null), io.pipy.api.EventTarget.DISCARD));
      t.exec(p::release);
      assertEquals(1, ended[0]);
    }
  }
}
