package io.pipy.engine;

import io.netty.channel.DefaultEventLoop;
import io.pipy.api.Context;
import io.pipy.api.ContextTemplate;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.Inbound;
import io.pipy.api.KeepAlive;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.Pipeline;
import io.pipy.api.PipelineLayout;
import io.pipy.api.StreamEnd;
import io.pipy.api.Worker;
import io.pipy.api.script.ScriptRuntime;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test kit for filters: runs a pipeline of filter prototypes on a real single-thread worker,
 * feeds it events and records what comes out. Recorded {@link Data} is copied and released at
 * once, so tests never leak buffers; a test that leaks shows up in Netty's paranoid detector.
 *
 * <pre>{@code
 * try (PipelineTester t = new PipelineTester()) {
 *   PipelineTester.Run run = t.run(new MyFilter());
 *   run.input(Data.fromString("hello"), StreamEnd.normal());
 *   assertEquals("HELLO", run.outputText());
 * }
 * }</pre>
 */
public final class PipelineTester implements AutoCloseable {

  /** What came out of a pipeline: events in order, {@code Data} as byte snapshots. */
  public sealed interface Recorded permits RecordedData, RecordedEvent {
  }

  /** The bytes of one output {@code Data}. */
  public record RecordedData(byte[] bytes) implements Recorded {
    /** The bytes as UTF-8 text. */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** An output event other than {@code Data}. */
  public record RecordedEvent(Event event) implements Recorded {
  }

  private final DefaultEventLoop loop = new DefaultEventLoop();
  private final TestWorker worker;

  /** A tester with a {@link SimpleScriptRuntime}. */
  public PipelineTester() {
    this(new SimpleScriptRuntime());
  }

  /** A tester whose worker offers {@code runtime} to filters. */
  public PipelineTester(ScriptRuntime runtime) {
    this.worker = new TestWorker(loop, runtime);
  }

  /** The worker pipelines run on. */
  public Worker worker() {
    return worker;
  }

  /** How many keep-alives filters hold right now (work in progress that keeps the process running). */
  public int keepAlives() {
    return ((TestWorker) worker).holds.get();
  }

  /** A layout of the given prototypes on this tester's worker. */
  public PipelineLayout layout(Filter... prototypes) {
    DefaultPipelineLayout layout = new DefaultPipelineLayout("test", "test.js", worker);
    for (Filter f : prototypes) layout.append(f);
    return layout;
  }

  /** A running pipeline of the given prototypes with a fresh context. */
  public Run run(Filter... prototypes) {
    return run(layout(prototypes));
  }

  /** A running pipeline of {@code layout} with a fresh context. */
  public Run run(PipelineLayout layout) {
    Run r = new Run();
    r.pipeline = call(() -> layout.instantiate(worker.newContext(null), r::record));
    return r;
  }

  /** Runs {@code task} on the worker thread and returns its result. */
  public <T> T call(Callable<T> task) {
    try {
      return loop.submit(task).get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException re) throw re;
      if (c instanceof Error err) throw err;
      throw new IllegalStateException(c);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code task} on the worker thread. */
  public void exec(Runnable task) {
    call(() -> {
      task.run();
      return null;
    });
  }

  /** Lets queued tasks on the worker run (timers due within {@code millis} included). */
  public void settle(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    exec(() -> { });
  }

  @Override
  public void close() {
    loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
  }

  /** A root context on this tester's worker with variables from {@code template} (append-only helper). */
  public Context newContext(ContextTemplate template) {
    return new Context(worker, template, null);
  }

  /** A running pipeline of {@code layout} with the given context (append-only helper). */
  public Run run(PipelineLayout layout, Context context) {
    Run r = new Run();
    r.pipeline = call(() -> layout.instantiate(context, r::record));
    return r;
  }

  /** One pipeline under test and its recorded output. */
  public final class Run {
    private Pipeline pipeline;
    private final List<Recorded> output = new ArrayList<>();

    private void record(Event e) {
      if (e instanceof Data d) {
        output.add(new RecordedData(d.toBytes()));
        d.release();
      } else {
        output.add(new RecordedEvent(e));
      }
    }

    /** The pipeline. */
    public Pipeline pipeline() {
      return pipeline;
    }

    /** Feeds events in order, on the worker thread. */
    public Run input(Event... events) {
      exec(() -> {
        for (Event e : events) pipeline.input(e);
      });
      return this;
    }

    /** Everything recorded so far. */
    public List<Recorded> output() {
      return call(() -> List.copyOf(output));
    }

    /** All output bytes, concatenated, as UTF-8. */
    public String outputText() {
      return call(() -> {
        StringBuilder sb = new StringBuilder();
        for (Recorded r : output) if (r instanceof RecordedData d) sb.append(d.text());
        return sb.toString();
      });
    }

    /** The output as a compact string, such as {@code "MS D(5) ME SE"}. */
    public String outputShape() {
      return call(() -> {
        StringBuilder sb = new StringBuilder();
        for (Recorded r : output) {
          if (sb.length() > 0) sb.append(' ');
          if (r instanceof RecordedData d) sb.append("D(").append(d.bytes().length).append(')');
          else {
            Event e = ((RecordedEvent) r).event();
            if (e instanceof MessageStart) sb.append("MS");
            else if (e instanceof MessageEnd) sb.append("ME");
            else if (e instanceof StreamEnd se) sb.append(se.hasError() ? "SE(" + se.error().scriptName() + ")" : "SE");
          }
        }
        return sb.toString();
      });
    }

    /** Releases the pipeline. */
    public void release() {
      exec(pipeline::release);
    }
  }

  /** A worker on a plain event loop, with keep-alives only counted. */
  private static final class TestWorker implements Worker {
    private final DefaultEventLoop loop;
    private final ScriptRuntime runtime;
    private final AtomicInteger holds = new AtomicInteger();
    private final ArrayDeque<Runnable> microtasks = new ArrayDeque<>();

    TestWorker(DefaultEventLoop loop, ScriptRuntime runtime) {
      this.loop = loop;
      this.runtime = runtime;
    }

    @Override
    public int index() {
      return 0;
    }

    @Override
    public ScheduledExecutorService executor() {
      return loop;
    }

    @Override
    public String ioTransport() {
      return "none";
    }

    @Override
    public boolean inWorkerThread() {
      return loop.inEventLoop();
    }

    @Override
    public ScriptRuntime scripts() {
      return runtime;
    }

    @Override
    public Context newContext(Inbound inbound) {
      return new Context(this, ContextTemplate.EMPTY, inbound);
    }

    @Override
    public KeepAlive keepAlive(String reason) {
      holds.incrementAndGet();
      return holds::decrementAndGet;
    }

    @Override
    public void microtask(Runnable task) {
      microtasks.add(task);
      loop.execute(() -> {
        Runnable r;
        while ((r = microtasks.poll()) != null) r.run();
      });
    }
  }
}
