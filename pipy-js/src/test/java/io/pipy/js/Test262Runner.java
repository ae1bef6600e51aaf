package io.pipy.js;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the ECMAScript conformance suite test262 (a local checkout, never committed) over the
 * directories given and prints the pass count per directory. Used by {@code bench/test262.sh}.
 *
 * <pre>
 * java ... io.pipy.js.Test262Runner &lt;test262-dir&gt; [--failures file] [--threads n] &lt;test subdir&gt;...
 * </pre>
 *
 * <p>Each test runs in a fresh realm with the harness files it includes, in strict and sloppy
 * mode unless its flags say otherwise; async tests pass when they print
 * {@code Test262:AsyncTestComplete}. Tests whose features are out of scope for PipyJS are
 * skipped (see {@link #UNSUPPORTED}); so are module tests.
 */
public final class Test262Runner {

  /** Features PipyJS does not implement (documented in docs/pipyjs.md), so their tests are skipped. */
  static final Set<String> UNSUPPORTED = Set.of(
      "generators", "async-functions", "async-iteration", "async-generators", "BigInt", "Proxy", "Reflect",
      "Reflect.construct", "Reflect.setPrototypeOf", "Reflect.apply", "TypedArray", "ArrayBuffer", "DataView",
      "SharedArrayBuffer", "Atomics", "cross-realm", "tail-call-optimization", "IsHTMLDDA", "host-gc-required",
      "FinalizationRegistry", "WeakRef", "Symbol.asyncIterator", "top-level-await", "dynamic-import", "import-assertions",
      "import-attributes", "json-modules", "source-phase-imports", "Temporal", "ShadowRealm", "decorators",
      "explicit-resource-management", "iterator-helpers", "set-methods", "Array.fromAsync", "regexp-v-flag",
      "regexp-duplicate-named-groups", "regexp-modifiers", "RegExp.escape", "Float16Array", "resizable-arraybuffer",
      "arraybuffer-transfer", "uint8array-base64", "Atomics.waitAsync", "Atomics.pause", "promise-try",
      "Math.sumPrecise", "iterator-sequencing", "upsert", "Intl.Locale", "Intl-enumeration", "intl-normative-optional",
      "legacy-regexp", "canonical-tz", "Error.isError", "json-parse-with-source", "immutable-arraybuffer",
      "class-static-block", "caller", "String.prototype.at", "Symbol.prototype.description");

  private static final Pattern META = Pattern.compile("/\\*---(.*?)---\\*/", Pattern.DOTALL);

  record Meta(List<String> includes, List<String> flags, List<String> features, String negativePhase, String negativeType) {
  }

  record Outcome(boolean pass, boolean skipped, String detail) {
  }

  private final Path root;
  private final Map<String, String> harness = new ConcurrentHashMap<>();

  Test262Runner(Path root) {
    this.root = root;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: Test262Runner <test262-dir> [--failures file] [--threads n] <test subdir>...");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    Path failuresFile = null;
    int threads = Runtime.getRuntime().availableProcessors();
    List<String> dirs = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--failures")) failuresFile = Path.of(args[++i]);
      else if (args[i].equals("--threads")) threads = Integer.parseInt(args[++i]);
      else dirs.add(args[i]);
    }
    Test262Runner runner = new Test262Runner(root);
    PrintStream out = System.out;
    List<String> failures = new ArrayList<>();
    int totalRun = 0;
    int totalPass = 0;
    int totalSkip = 0;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(null, r, "test262", 64L << 20);
      t.setDaemon(true);
      return t;
    });
    out.printf("%-45s %7s %7s %7s %7s%n", "directory", "run", "passed", "skipped", "pass%");
    for (String dir : dirs) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(root.resolve(dir))) {
        files = s.filter(p -> p.toString().endsWith(".js") && !p.getFileName().toString().contains("_FIXTURE")).sorted().toList();
      }
      Map<String, int[]> bySub = new TreeMap<>();
      List<Future<Outcome>> futures = new ArrayList<>();
      for (Path f : files) futures.add(pool.submit(() -> runner.run(f)));
      for (int i = 0; i < files.size(); i++) {
        Outcome o;
        try {
          o = futures.get(i).get(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
          o = new Outcome(false, false, "timeout");
        } catch (java.util.concurrent.ExecutionException e) {
          o = new Outcome(false, false, "runner error: " + e.getCause());
        }
        String rel = root.resolve(dir).relativize(files.get(i)).toString();
        String sub = dir + (rel.contains("/") ? "/" + rel.substring(0, rel.indexOf('/')) : "");
        int[] c = bySub.computeIfAbsent(sub, k -> new int[3]);
        if (o.skipped) {
          c[2]++;
        } else {
          c[0]++;
          if (o.pass) c[1]++;
          else failures.add(root.relativize(files.get(i)) + ": " + o.detail);
        }
      }
      int run = 0;
      int pass = 0;
      int skip = 0;
      for (Map.Entry<String, int[]> e : bySub.entrySet()) {
        int[] c = e.getValue();
        run += c[0];
        pass += c[1];
        skip += c[2];
      }
      out.printf("%-45s %7d %7d %7d %6.1f%%%n", dir, run, pass, skip, run == 0 ? 0.0 : 100.0 * pass / run);
      totalRun += run;
      totalPass += pass;
      totalSkip += skip;
    }
    pool.shutdownNow();
    out.printf("%-45s %7d %7d %7d %6.1f%%%n", "TOTAL", totalRun, totalPass, totalSkip, totalRun == 0 ? 0.0 : 100.0 * totalPass / totalRun);
    if (failuresFile != null) Files.write(failuresFile, failures, StandardCharsets.UTF_8);
    System.exit(0);
  }

  Outcome run(Path file) throws IOException {
    String src = Files.readString(file, StandardCharsets.UTF_8);
    Meta meta = parseMeta(src);
    for (String f : meta.features) {
      if (UNSUPPORTED.contains(f)) return new Outcome(false, true, "feature " + f);
    }
    if (meta.flags.contains("module")) return new Outcome(false, true, "module");
    boolean async = meta.flags.contains("async");
    boolean raw = meta.flags.contains("raw");
    List<String> modes = new ArrayList<>();
    if (raw || meta.flags.contains("noStrict")) modes.add("sloppy");
    else if (meta.flags.contains("onlyStrict")) modes.add("strict");
    else {
      modes.add("sloppy");
      modes.add("strict");
    }
    for (String mode : modes) {
      StringBuilder prelude = new StringBuilder();
      if (mode.equals("strict")) prelude.append("'use strict';\n");
      if (!raw) {
        List<String> includes = new ArrayList<>(List.of("assert.js", "sta.js"));
        if (async) includes.add("doneprintHandle.js");
        includes.addAll(meta.includes);
        for (String inc : includes) prelude.append(harness(inc)).append('\n');
      }
      String detail = runOne(file, prelude + src, meta, async);
      if (detail != null) return new Outcome(false, false, mode + ": " + detail);
    }
    return new Outcome(true, false, null);
  }

  private String harness(String name) {
    return harness.computeIfAbsent(name, n -> {
      try {
        return Files.readString(root.resolve("harness").resolve(n), StandardCharsets.UTF_8);
      } catch (IOException e) {
        return "throw new Error('missing harness file " + n + "');";
      }
    });
  }

  /** Null when the test passed, else why it failed. */
  private String runOne(Path file, String source, Meta meta, boolean async) {
    ScriptRunner.Result r = ScriptRunner.run(file.getFileName().toString(), source);
    String errorName = r.error() == null ? null : errorName(r.error());
    if (meta.negativeType != null) {
      if (errorName == null) return "expected " + meta.negativeType + " (" + meta.negativePhase + ") but nothing was thrown";
      if (!errorName.equals(meta.negativeType)) return "expected " + meta.negativeType + " but got: " + firstLine(r.error());
      return null;
    }
    if (r.error() != null) return firstLine(r.error());
    if (async) {
      if (r.output().contains("Test262:AsyncTestFailure")) return "async: " + firstLine(r.output().substring(r.output().indexOf("Test262:AsyncTestFailure")));
      if (!r.output().contains("Test262:AsyncTestComplete")) return "async test did not complete";
    }
    return null;
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** The error's name from a report's first line: "file:1:2: TypeError: message" or "SyntaxError: …". */
  static String errorName(String report) {
    String first = firstLine(report);
    Matcher m = Pattern.compile("(?:^|: )([A-Za-z]*Error|Test262Error)(?::|$)").matcher(first);
    String found = null;
    while (m.find()) {
      found = m.group(1);
      break;
    }
    return found == null ? "?" : found;
  }

  static Meta parseMeta(String src) {
    Matcher m = META.matcher(src);
    List<String> includes = new ArrayList<>();
    List<String> flags = new ArrayList<>();
    List<String> features = new ArrayList<>();
    String phase = null;
    String type = null;
    if (m.find()) {
      String yaml = m.group(1);
      includes.addAll(list(yaml, "includes"));
      flags.addAll(list(yaml, "flags"));
      features.addAll(list(yaml, "features"));
      Matcher neg = Pattern.compile("negative:\\s*\\n\\s+phase:\\s*(\\w+)\\s*\\n\\s+type:\\s*(\\w+)").matcher(yaml);
      if (neg.find()) {
        phase = neg.group(1);
        type = neg.group(2);
      } else {
        Matcher neg2 = Pattern.compile("negative:\\s*\\n\\s+type:\\s*(\\w+)\\s*\\n\\s+phase:\\s*(\\w+)").matcher(yaml);
        if (neg2.find()) {
          type = neg2.group(1);
          phase = neg2.group(2);
        }
      }
    }
    return new Meta(includes, flags, features, phase, type);
  }

  /** A YAML list in either flow ([a, b]) or block (- a) form. */
  private static List<String> list(String yaml, String key) {
    Matcher flow = Pattern.compile("(?m)^\\s*" + key + ":\\s*\\[(.*?)\\]").matcher(yaml);
    if (flow.find()) {
      List<String> out = new ArrayList<>();
      for (String s : flow.group(1).split(",")) {
        String t = s.trim();
        if (!t.isEmpty()) out.add(t);
      }
      return out;
    }
    Matcher block = Pattern.compile("(?m)^\\s*" + key + ":\\s*\\n((?:\\s+-\\s*.*\\n?)+)").matcher(yaml);
    if (block.find()) {
      List<String> out = new ArrayList<>();
      for (String line : block.group(1).split("\n")) {
        String t = line.trim();
        if (t.startsWith("-")) out.add(t.substring(1).trim());
      }
      return out;
    }
    return List.of();
  }
}
