package io.pipy.engine.filters;

import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * {@code exec(command, options?)}: runs a process when the first event arrives and makes its
 * standard input and output the stream: input {@code Data} is written to the process, its
 * output comes out as {@code Data}. {@code command} is a command line (split into arguments as
 * Pipy splits them: double quotes and backslashes honoured, no shell), an array of arguments,
 * or a function returning
 * either, evaluated then.
 *
 * <p>When the process has exited and its output is drained, a {@code StreamEnd} goes out; with
 * {@code options.onExit(exitCode, stderr)} what that returns goes out instead (events, a
 * {@code Message}, an array of those). A {@code StreamEnd} on the input kills the process, as
 * in Pipy, and so does the end of the pipeline. Options: {@code stderr} (true: the process's
 * standard error is output too; otherwise it is collected for {@code onExit}), {@code env} (an
 * object, or a function returning one: the process's whole environment), {@code onStart(pid)}.
 * {@code pty} is not supported.
 *
 * <p>Starting the process, writing and reading all happen on I/O threads; the worker never
 * waits for the process.
 */
final class Exec extends Filter {

  private final Object command;
  private final boolean stderr;
  private final Object env;
  private final ScriptFunction onStart;
  private final ScriptFunction onExit;

  private Child child;

  private Exec(Object command, boolean stderr, Object env, ScriptFunction onStart, ScriptFunction onExit) {
    this.command = command;
    this.stderr = stderr;
    this.env = env;
    this.onStart = onStart;
    this.onExit = onExit;
  }

  private Exec(Exec proto) {
    super(proto);
    this.command = proto.command;
    this.stderr = proto.stderr;
    this.env = proto.env;
    this.onStart = proto.onStart;
    this.onExit = proto.onExit;
  }

  static Exec create(FilterConfig config) {
    Object c = config.arg(0);
    if (Args.absent(c)) throw ScriptError.typeError("exec: command expects a string, an array or a function");
    ScriptObject o = Args.options("exec", config.arg(1));
    Object start = Args.option(o, "onStart");
    Object exit = Args.option(o, "onExit");
    if (Args.bool(o, "pty", false)) Log.warn("exec: option pty is not supported; running without a terminal");
    return new Exec(c, Args.bool(o, "stderr", false), Args.option(o, "env"),
        Args.absent(start) ? null : Args.function("exec", "onStart", start),
        Args.absent(exit) ? null : Args.function("exec", "onExit", exit));
  }

  @Override
  protected Filter duplicate() {
    return new Exec(this);
  }

  @Override
  protected void process(Event event) {
    if (child == null) {
      List<String> argv;
      Map<String, String> environment;
      try {
        Object c = command instanceof ScriptFunction f ? f.call(context()) : command;
        argv = c instanceof ScriptArray a ? arrayArgs(a) : splitArgs(worker().scripts().toStringValue(context(), c));
        environment = environment();
      } catch (RuntimeException e) {
        child = new Child();
        child.done = true;
        Events.drop(event);
        failStream(e);
        return;
      }
      child = new Child();
      if (argv.isEmpty()) {
        child.done = true;
        Events.drop(event);
        failStream(new ScriptError("exec: no command"));
        return;
      }
      child.start(argv, environment);
    }
    if (event instanceof Data d) {
      child.write(d);
    } else if (event instanceof StreamEnd) {
      child.kill();
    }
  }

  private List<String> arrayArgs(ScriptArray a) {
    List<String> out = new ArrayList<>();
    for (int i = 0, n = a.length(); i < n; i++) out.add(worker().scripts().toStringValue(context(), a.get(i)));
    return out;
  }

  private Map<String, String> environment() {
    Object e = env instanceof ScriptFunction f ? f.call(context()) : env;
    if (Args.absent(e)) return null;
    if (!(e instanceof ScriptObject o)) throw ScriptError.typeError("exec: options.env is not or did not return an object");
    Map<String, String> m = new java.util.LinkedHashMap<>();
    for (String k : o.keys()) {
      if (!k.isEmpty()) m.put(k, worker().scripts().toStringValue(context(), o.get(k)));
    }
    return m;
  }

  /**
   * Splits a command line into arguments the way Pipy does (no shell): blanks separate,
   * double quotes group (a closing quote ends the argument, so {@code ""} is an empty one), a
   * backslash makes the next character literal anywhere. Single quotes are ordinary characters.
   */
  static List<String> splitArgs(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean escaped = false;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (escaped) {
        cur.append(c);
        escaped = false;
      } else if (c == ' ' || c == '\t') {
        if (quoted) {
          cur.append(c);
        } else if (cur.length() > 0) {
          out.add(cur.toString());
          cur.setLength(0);
        }
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        if (quoted) {
          out.add(cur.toString());
          cur.setLength(0);
        }
        quoted = !quoted;
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) out.add(cur.toString());
    return out;
  }

  @Override
  protected void reset() {
    if (child != null) {
      child.done = true;
      child.kill();
      child = null;
    }
  }

  /** One running process; everything it reports back is ignored once {@link #done}. */
  private final class Child {
    private final Executor stdinWriter = BlockingIo.serial();
    private volatile Process process;
    private volatile boolean killed;
    private boolean done;
    private boolean stdoutEnded;
    private boolean stderrEnded;
    private boolean exited;
    private int exitCode;
    private Data errors;

    void start(List<String> argv, Map<String, String> environment) {
      stdinWriter.execute(() -> {
        if (killed) return;
        Process p;
        try {
          ProcessBuilder pb = new ProcessBuilder(argv);
          if (environment != null) {
            pb.environment().clear();
            pb.environment().putAll(environment);
          }
          p = pb.start();
        } catch (IOException | RuntimeException e) {
          onWorker(() -> {
            done = true;
            String msg = (location() == null ? "" : location() + ": ") + "exec: unable to run " + argv.get(0) + ": " + e.getMessage();
            Log.error(msg);
            output(StreamEnd.thrown(msg));
          });
          return;
        }
        process = p;
        if (killed) p.destroy();
        long pid = p.pid();
        onWorker(() -> {
          if (onStart != null) {
            try {
              onStart.call1(context(), Values.number(pid));
            } catch (RuntimeException e) {
              failStream(e);
              done = true;
              killNow();
            }
          }
        });
        BlockingIo.run(() -> pump(p.getInputStream(), false));
        BlockingIo.run(() -> pump(p.getErrorStream(), true));
        p.onExit().thenAccept(x -> onWorker(() -> {
          exited = true;
          exitCode = x.exitValue();
          checkEnding();
        }));
      });
    }

    private void pump(InputStream in, boolean isErr) {
      byte[] buf = new byte[16 * 1024];
      try (in) {
        int n;
        while ((n = in.read(buf)) > 0) {
          Data d = Data.wrap(Arrays.copyOf(buf, n));
          onWorker(() -> {
            if (!isErr || stderr) {
              output(d);
            } else {
              if (errors == null) errors = new Data();
              errors.push(d);
            }
          });
        }
      } catch (IOException e) {
        // the process went away
      }
      onWorker(() -> {
        if (isErr) stderrEnded = true;
        else stdoutEnded = true;
        checkEnding();
      });
    }

    private void checkEnding() {
      if (!exited || !stdoutEnded || !stderrEnded) return;
      done = true;
      if (onExit != null) {
        Object r;
        try {
          r = stderr ? onExit.call1(context(), exitCode)
              : onExit.call(context(), exitCode, errors == null ? new Data() : errors);
        } catch (RuntimeException e) {
          failStream(e);
          return;
        }
        if (!Events.emit(r, Exec.this::output)) {
          failStream(ScriptError.typeError("onExit did not return an event, a Message or an array of those"));
        }
      } else {
        output(StreamEnd.normal());
      }
    }

    /** Runs {@code r} on the worker unless this child is over by then. */
    private void onWorker(Runnable r) {
      worker().executor().execute(() -> {
        if (!done && child == this) r.run();
      });
    }

    void write(Data d) {
      byte[] bytes = d.toBytes();
      d.release();
      stdinWriter.execute(() -> {
        Process p = process;
        if (p == null || killed) return;
        try {
          OutputStream out = p.getOutputStream();
          out.write(bytes);
          out.flush();
        } catch (IOException e) {
          // the process no longer reads its input
        }
      });
    }

    void kill() {
      killed = true;
      killNow();
    }

    private void killNow() {
      Process p = process;
      if (p != null) BlockingIo.run(p::destroy);
    }
  }
}
