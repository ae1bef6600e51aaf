package io.pipy.examples.countbytes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import io.pipy.api.Context;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.FilterFactory;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.PipyModule;
import io.pipy.api.Registry;
import io.pipy.api.StreamEnd;
import io.pipy.api.Transport;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CountBytesTest {

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final FilterFactory factory = new CountBytesModule.Factory();
  private Log.Level savedLevel;

  @BeforeEach
  void captureLog() {
    savedLevel = Log.level();
    Log.setLevel(Log.Level.INFO);
    Log.setOutput(new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLog() {
    Log.setOutput(System.err);
    Log.setLevel(savedLevel);
  }

  /** The messages logged, without the time stamps. */
  private List<String> logLines() {
    List<String> lines = new ArrayList<>();
    Matcher m = Pattern.compile("^\\S+ \\S+ (\\[\\w+\\] .*)$", Pattern.MULTILINE).matcher(log.toString(StandardCharsets.UTF_8));
    while (m.find()) lines.add(m.group(1));
    return lines;
  }

  @Test
  void passesEveryEventThroughUnchangedAndInOrder() {
    FilterHarness h = new FilterHarness(factory);
    Data a = Data.fromString("hello ");
    Data b = Data.fromString("world");
    MessageStart start = MessageStart.of(null);
    MessageEnd end = MessageEnd.plain();
    StreamEnd eos = StreamEnd.normal();
    h.feed(start, a, b, end, eos);
    List<Event> out = h.output();
    assertEquals(5, out.size());
    assertSame(start, out.get(0));
    assertSame(a, out.get(1));
    assertSame(b, out.get(2));
    assertSame(end, out.get(3));
    assertSame(eos, out.get(4));
    assertEquals("hello ", out.get(1).toString());
    assertEquals("world", out.get(2).toString());
    h.releaseOutput();
  }

  @Test
  void logsTheByteCountWhenTheStreamEnds() {
    FilterHarness h = new FilterHarness(factory);
    h.feed(Data.fromString("Hi, there!\n"));
    assertEquals(List.of(), logLines(), "nothing is logged before the stream ends");
    h.feed(Data.fromString("12345"), StreamEnd.normal());
    assertEquals(List.of("[INF] countBytes: 16 bytes"), logLines());
    h.releaseOutput();
  }

  @Test
  void countsZeroForAStreamWithoutData() {
    FilterHarness h = new FilterHarness(factory);
    h.feed(MessageStart.of(null), MessageEnd.plain(), StreamEnd.normal());
    assertEquals(List.of("[INF] countBytes: 0 bytes"), logLines());
  }

  @Test
  void logsAlsoWhenTheStreamEndsWithAnError() {
    FilterHarness h = new FilterHarness(factory);
    StreamEnd reset = StreamEnd.of(StreamEnd.Error.CONNECTION_RESET);
    h.feed(Data.fromString("abc"), reset);
    assertSame(reset, h.output().get(1));
    assertEquals(List.of("[INF] countBytes: 3 bytes"), logLines());
    h.releaseOutput();
  }

  @Test
  void aStringArgumentReplacesTheLabel() {
    FilterHarness h = new FilterHarness(factory, "inbound");
    h.feed(Data.fromString("abcd"), StreamEnd.normal());
    assertEquals(List.of("[INF] inbound: 4 bytes"), logLines());
    h.releaseOutput();
  }

  @Test
  void aFunctionArgumentIsCalledPerStreamWithTheStreamsContext() {
    List<Context> callers = new ArrayList<>();
    ScriptFunction label = new ScriptFunction() {
      @Override
      public Object call(Context caller, Object... args) {
        callers.add(caller);
        return "stream " + callers.size();
      }

      @Override
      public Object callWithThis(Context caller, Object thisValue, Object... args) {
        return call(caller, args);
      }

      @Override
      public String name() {
        return "label";
      }
    };
    FilterHarness h = new FilterHarness(factory, label);
    h.feed(Data.fromString("ab"), StreamEnd.normal());
    h.recycle();
    h.feed(Data.fromString("abc"), StreamEnd.normal());
    assertEquals(List.of("[INF] stream 1: 2 bytes", "[INF] stream 2: 3 bytes"), logLines());
    assertEquals(2, callers.size());
    assertSame(h.context(), callers.get(0));
    h.releaseOutput();
  }

  @Test
  void aFailingLabelFunctionIsReportedAndTheStreamGoesOn() {
    ScriptFunction broken = new ScriptFunction() {
      @Override
      public Object call(Context caller, Object... args) {
        throw new IllegalStateException("boom");
      }

      @Override
      public Object callWithThis(Context caller, Object thisValue, Object... args) {
        return call(caller, args);
      }

      @Override
      public String name() {
        return "broken";
      }
    };
    FilterHarness h = new FilterHarness(factory, broken);
    h.feed(Data.fromString("xyz"), StreamEnd.normal());
    assertEquals(2, h.output().size(), "the StreamEnd still goes out");
    assertEquals(List.of("[WRN] countBytes: label function failed: boom", "[INF] countBytes: 3 bytes"), logLines());
    h.releaseOutput();
  }

  @Test
  void aRecycledInstanceStartsCountingFromZero() {
    FilterHarness h = new FilterHarness(factory);
    h.feed(Data.fromString("0123456789"));
    h.recycle();
    h.feed(Data.fromString("01"), StreamEnd.normal());
    assertEquals(List.of("[INF] countBytes: 2 bytes"), logLines());
    h.releaseOutput();
  }

  @Test
  void instancesOfOnePrototypeCountSeparately() {
    FilterHarness one = new FilterHarness(factory);
    FilterHarness two = new FilterHarness(factory);
    one.feed(Data.fromString("aaaa"));
    two.feed(Data.fromString("bb"), StreamEnd.normal());
    one.feed(StreamEnd.normal());
    assertEquals(List.of("[INF] countBytes: 2 bytes", "[INF] countBytes: 4 bytes"), logLines());
    one.releaseOutput();
    two.releaseOutput();
  }

  @Test
  void pooledBuffersAreNeitherRetainedNorReleased() {
    ByteBuf chunk = PooledByteBufAllocator.DEFAULT.directBuffer(64);
    chunk.writeBytes(new byte[40]);
    FilterHarness h = new FilterHarness(factory);
    h.feed(Data.of(chunk), StreamEnd.normal());
    assertEquals(1, chunk.refCnt(), "the filter hands the Data on without touching its references");
    assertEquals(List.of("[INF] countBytes: 40 bytes"), logLines());
    h.releaseOutput();
    assertEquals(0, chunk.refCnt());
  }

  @Test
  void rejectsBadArgumentsWhenTheScriptLoads() {
    ScriptError notAString = assertThrows(ScriptError.class, () -> factory.create(FilterHarness.config(42)));
    assertEquals(ScriptError.Kind.TYPE_ERROR, notAString.kind());
    assertEquals("countBytes: label: number (expected: a string or a function)", notAString.getMessage());
    ScriptError tooMany = assertThrows(ScriptError.class, () -> factory.create(FilterHarness.config("a", "b")));
    assertTrue(tooMany.getMessage().contains("too many arguments"), tooMany.getMessage());
  }

  @Test
  void describesItselfForThePipelineGraph() {
    assertEquals("countBytes", new FilterHarness(factory).filter().describe());
    assertEquals("countBytes('in')", new FilterHarness(factory, "in").filter().describe());
  }

  @Test
  void serviceLoaderFindsTheModuleAndItRegistersCountBytes() {
    List<PipyModule> found = new ArrayList<>();
    for (PipyModule m : ServiceLoader.load(PipyModule.class, getClass().getClassLoader())) found.add(m);
    assertEquals(1, found.size(), "modules: " + found);
    assertEquals("count-bytes", found.get(0).name());
    List<String> filters = new ArrayList<>();
    found.get(0).install(new Registry() {
      @Override
      public void filter(FilterFactory f) {
        filters.add(f.name());
      }

      @Override
      public void global(String name, Object value) {
        throw new AssertionError("no globals expected");
      }

      @Override
      public void hostClass(HostClass<?> hostClass) {
        throw new AssertionError("no host classes expected");
      }

      @Override
      public void transport(Transport transport) {
        throw new AssertionError("no transports expected");
      }
    });
    assertEquals(List.of("countBytes"), filters);
  }
}
