package io.pipy.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The interpreter benchmarks of the pjs-language issue: recursive fib(27); a 100 000-element
 * array then map/filter/reduce; string building; a hot loop of property reads and writes on
 * small objects; one typical Pipy callback ({@code msg => new Message(msg.head.path)}) called
 * from Java. Each runs under PipyJS and Rhino 1.9 (interpreted and compiled) in one JMH run.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xss8m", "-Xmx2g"})
public class InterpreterBench {

  @Param({"fib", "array", "string", "props", "callback"})
  public String benchmark;

  @Param({"pipyjs", "rhino-interpreted", "rhino-compiled"})
  public String engine;

  private Runner runner;

  @Setup
  public void setUp() {
    runner = switch (engine) {
      case "pipyjs" -> new PipyJsRunner(benchmark);
      case "rhino-interpreted" -> new RhinoRunner(benchmark, true);
      case "rhino-compiled" -> new RhinoRunner(benchmark, false);
      default -> throw new IllegalArgumentException("engine: " + engine + " (expected: pipyjs, rhino-interpreted, rhino-compiled)");
    };
  }

  @Benchmark
  public Object run() {
    return runner.run();
  }
}
