package io.pipy.engine.core;

import io.pipy.api.Context;
import io.pipy.api.Log;
import io.pipy.api.Registry;
import io.pipy.api.script.HostFunction;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code print} and {@code println} (standard output) and {@code console.*} (the log). Strings
 * print as they are, other values as the script runtime shows them, separated by spaces.
 */
final class OutputGlobals {

  private static final PrintStream STDOUT =
      new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);

  private OutputGlobals() {
  }

  static void install(Registry registry) {
    registry.global("print", HostFunction.of("print", 0, (ctx, self, args) -> {
      write(join(ctx, args));
      return io.pipy.api.script.Undefined.INSTANCE;
    }));
    registry.global("println", HostFunction.of("println", 0, (ctx, self, args) -> {
      write(join(ctx, args) + "\n");
      return io.pipy.api.script.Undefined.INSTANCE;
    }));
    Map<String, Object> console = new LinkedHashMap<>();
    console.put("log", logger("log", Log.Level.INFO));
    console.put("info", logger("info", Log.Level.INFO));
    console.put("debug", logger("debug", Log.Level.DEBUG));
    console.put("warn", logger("warn", Log.Level.WARN));
    console.put("error", logger("error", Log.Level.ERROR));
    registry.global("console", console);
  }

  private static HostFunction logger(String name, Log.Level level) {
    return HostFunction.of(name, 0, (ctx, self, args) -> {
      if (Log.isEnabled(level)) Log.write(level, join(ctx, args));
      return io.pipy.api.script.Undefined.INSTANCE;
    });
  }

  private static String join(Context ctx, Object[] args) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < args.length; i++) {
      if (i > 0) sb.append(' ');
      Object v = args[i];
      sb.append(v instanceof CharSequence s ? s : ctx.worker().scripts().toDisplayString(v));
    }
    return sb.toString();
  }

  private static void write(String s) {
    synchronized (STDOUT) {
      STDOUT.print(s);
      STDOUT.flush();
    }
  }
}
