package io.pipy.js.interp;

import io.pipy.api.Context;
import io.pipy.js.runtime.Errors;
import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.JsThrow;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.Realm;
import io.pipy.js.syntax.Parser;
import io.pipy.js.syntax.Source;
import io.pipy.js.syntax.SyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Loads script files as ES modules, once per realm: {@code import}/{@code export} with live
 * bindings, re-exports, namespaces and cycles.
 *
 * <p>Specifiers starting with {@code ./} or {@code ../} (and bare names) are relative to the
 * importing file; specifiers starting with {@code /} are relative to the main script's
 * directory, the codebase root. A module goes through: load (read, parse, compile, load what it
 * requests), instantiate (its environment and hoisted functions, so modules of a cycle can call
 * each other's functions), link (every import bound to the exporting module's slot), evaluate
 * (what it requests first, then its body). A file's value is the completion value of its body
 * (or of a top-level {@code return}).
 */
public final class ModuleLoader implements Realm.ModuleHost {

  /** Reads a file's text; returns null if there is no such file. */
  @FunctionalInterface
  public interface Reader {
    String read(String path) throws IOException;
  }

  /** Reads files from the file system, relative to the working directory. */
  public static final Reader FILES = path -> {
    try {
      return Files.readString(Path.of(path));
    } catch (NoSuchFileException e) {
      return null;
    }
  };

  private static final int NEW = 0;
  private static final int INSTANTIATED = 1;
  private static final int LINKED = 2;
  private static final int EVALUATING = 3;
  private static final int EVALUATED = 4;
  private static final int FAILED = 5;

  /** Where an export's value lives: a slot of a module's environment, or (slot -1) its namespace. */
  static final class Resolution {
    final Record record;
    final int slot;

    Resolution(Record record, int slot) {
      this.record = record;
      this.slot = slot;
    }

    boolean same(Resolution o) {
      return o.record == record && o.slot == slot;
    }
  }

  private static final Resolution AMBIGUOUS = new Resolution(null, -2);

  /** One loaded file. */
  final class Record {
    final String name;
    final Source source;
    final Compiler.CompiledModule compiled;
    final ModuleScope scope;
    final Map<String, Record> deps = new LinkedHashMap<>();
    int state = NEW;
    Frame frame;
    Env env;
    Closure closure;
    ModuleNamespace namespace;
    Object value = Ops.UNDEFINED;
    RuntimeException error;

    Record(String name, Source source, Compiler.CompiledModule compiled, ModuleScope scope) {
      this.name = name;
      this.source = source;
      this.compiled = compiled;
      this.scope = scope;
    }

    ModuleNamespace namespace() {
      if (namespace == null) {
        Map<String, Resolution> exports = new TreeMap<>();
        for (String n : exportNames(this, new HashSet<>())) {
          Resolution r = resolveExport(this, n, new HashSet<>());
          if (r != null && r != AMBIGUOUS) exports.put(n, r);
        }
        namespace = new ModuleNamespace(exports);
      }
      return namespace;
    }
  }

  private final Realm realm;
  private final Function<String, ModuleScope> newScope;
  private final Reader reader;
  private final BiConsumer<ModuleScope, Object> onEvaluated;
  private final Map<String, Record> records = new HashMap<>();
  /** The main script's directory, or null when it has none. */
  private String root;

  public ModuleLoader(Realm realm, Function<String, ModuleScope> newScope, Reader reader, BiConsumer<ModuleScope, Object> onEvaluated) {
    this.realm = realm;
    this.newScope = newScope;
    this.reader = reader == null ? FILES : reader;
    this.onEvaluated = onEvaluated;
  }

  /**
   * Loads, links and runs the main script and everything it imports; returns its value.
   *
   * @throws SyntaxError for syntax errors, missing files and unresolvable imports in any file
   * @throws JsThrow for errors thrown while running
   */
  public Object runMain(String file, String text) {
    String name = normalize(Path.of(file));
    Path parent = Path.of(name).getParent();
    root = parent == null ? null : parent.toString();
    Record main = load(name, text, null, -1);
    prepare(main);
    evaluate(main);
    return main.value;
  }

  /** The module scope of the main script once loaded (for the configuration bridge). */
  public ModuleScope scopeOf(String file) {
    Record r = records.get(normalize(Path.of(file)));
    return r == null ? null : r.scope;
  }

  /**
   * Loads and runs the file {@code specifier} names (once per realm) and returns its scope and
   * value: for Pipy's {@code use()}/{@code chain()} (the file's configuration) and
   * {@code pipy.solve()} (its value).
   */
  public Object[] loadFile(String specifier, String referrer) {
    Record from = referrer == null ? null : records.get(referrer);
    String name = resolve(specifier, from == null ? null : from.name);
    try {
      Record r = load(name, null, from, -1);
      prepare(r);
      evaluate(r);
      return new Object[] {r.scope, r.value};
    } catch (SyntaxError e) {
      throw Errors.syntaxError(e.source().location(e.offset()) + ": " + e.getMessage());
    }
  }

  private static final Object SOLVING = new Object();
  private final Map<String, Object> solved = new HashMap<>();

  /**
   * Pipy's {@code pipy.solve(filename)}: evaluates a file holding one expression (a path
   * relative to the codebase root) and returns its value, once per realm; later calls return the
   * same value. A file solving itself, directly or not, is an error.
   */
  public Object solve(String filename) {
    String name = resolve(filename.startsWith("/") ? filename : "/" + filename, null);
    Object done = solved.get(name);
    if (done == SOLVING) throw Errors.error("recursive solving file: " + filename);
    if (done != null) return done;
    String text;
    try {
      text = reader.read(name);
    } catch (IOException e) {
      throw Errors.error("Cannot open script to solve: " + filename + ": " + e.getMessage());
    }
    if (text == null) throw Errors.error("Cannot open script to solve: " + filename);
    solved.put(name, SOLVING);
    try {
      Source source = new Source(name, text);
      ModuleScope scope = newScope.apply(name);
      Compiler.CompiledModule compiled = Compiler.compile(source, Parser.parseExpressionFile(source), scope);
      Record r = new Record(name, source, compiled, scope);
      prepare(r);
      evaluate(r);
      solved.put(name, r.value);
      return r.value;
    } catch (SyntaxError e) {
      solved.remove(name);
      throw Errors.syntaxError(e.source().location(e.offset()) + ": " + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      solved.remove(name);
      throw e;
    }
  }

  @Override
  public JsObject importModule(String specifier, String referrer) {
    Record from = referrer == null ? null : records.get(referrer);
    String name = resolve(specifier, from == null ? null : from.name);
    try {
      Record r = load(name, null, from, -1);
      prepare(r);
      evaluate(r);
      return r.namespace();
    } catch (SyntaxError e) {
      throw Errors.syntaxError(e.source().location(e.offset()) + ": " + e.getMessage());
    }
  }

  // ------------------------------------------------------------------ loading

  private static String normalize(Path p) {
    return p.normalize().toString().replace('\\', '/');
  }

  /** The file a specifier names, seen from file {@code referrer} (null: the root). */
  String resolve(String specifier, String referrer) {
    Path base;
    String spec = specifier;
    if (spec.startsWith("/")) {
      base = root == null ? null : Path.of(root);
      spec = spec.substring(1);
    } else {
      Path r = referrer == null ? null : Path.of(referrer).getParent();
      base = r != null ? r : root == null ? null : Path.of(root);
    }
    return normalize(base == null ? Path.of(spec) : base.resolve(spec));
  }

  /** Loads {@code name} and, recursively, what it requests; {@code text} is given for the main script. */
  private Record load(String name, String text, Record referrer, int requestPos) {
    Record r = records.get(name);
    if (r != null) return r;
    if (text == null) {
      try {
        text = reader.read(name);
      } catch (IOException e) {
        throw loadError(referrer, requestPos, "Cannot read module '" + name + "': " + e.getMessage());
      }
      if (text == null) throw loadError(referrer, requestPos, "Cannot find module '" + name + "'");
    }
    Source source = new Source(name, text);
    ModuleScope scope = newScope.apply(name);
    Compiler.CompiledModule compiled;
    try {
      compiled = Compiler.compile(source, Parser.parseProgram(source), scope);
    } catch (StackOverflowError e) {
      throw new SyntaxError(source, 0, "the script is nested too deeply");
    }
    r = new Record(name, source, compiled, scope);
    records.put(name, r);
    for (Map.Entry<String, Integer> req : compiled.requests.entrySet()) {
      String depName = resolve(req.getKey(), name);
      Record dep;
      try {
        dep = load(depName, null, r, req.getValue());
      } catch (SyntaxError e) {
        // A missing file is reported at the import that asked for it, naming the specifier.
        if (e.source() == r.source && e.offset() == req.getValue() && !records.containsKey(depName)) {
          throw new SyntaxError(r.source, req.getValue(), e.getMessage() + " (imported as '" + req.getKey() + "')");
        }
        throw e;
      }
      r.deps.put(req.getKey(), dep);
    }
    return r;
  }

  private SyntaxError loadError(Record referrer, int pos, String message) {
    if (referrer == null) return new SyntaxError(new Source("<module>", ""), 0, message);
    return new SyntaxError(referrer.source, pos, message);
  }

  /** Instantiates and links every module reachable from {@code r} that is not yet. */
  private void prepare(Record r) {
    List<Record> fresh = new ArrayList<>();
    collectNew(r, fresh, new HashSet<>());
    for (Record m : fresh) instantiate(m);
    for (Record m : fresh) link(m);
  }

  private void collectNew(Record r, List<Record> out, Set<Record> seen) {
    if (!seen.add(r) || r.state != NEW) return;
    out.add(r);
    for (Record d : r.deps.values()) collectNew(d, out, seen);
  }

  private void instantiate(Record r) {
    Context ctx = realm.defaultContext();
    Closure c = new Closure(realm, realm.functionPrototype(), r.compiled.code, null);
    r.closure = c;
    r.frame = c.instantiateModule(ctx);
    r.env = r.frame.env;
    r.state = INSTANTIATED;
  }

  private void link(Record r) {
    for (ImportCell cell : r.compiled.importCells) {
      Record target = r.deps.get(cell.from);
      if (cell.imported == null) {
        cell.namespace = target.namespace();
        continue;
      }
      Resolution res = resolveExport(target, cell.imported, new HashSet<>());
      if (res == null) {
        throw new SyntaxError(r.source, cell.pos, "The requested module '" + cell.from + "' does not provide an export named '" + cell.imported + "'");
      }
      if (res == AMBIGUOUS) {
        throw new SyntaxError(r.source, cell.pos, "The requested module '" + cell.from + "' contains conflicting star exports for name '" + cell.imported + "'");
      }
      if (res.slot < 0) {
        cell.namespace = res.record.namespace();
      } else {
        cell.env = res.record.env;
        cell.slot = res.slot;
      }
    }
    // Indirect exports must resolve too, even when nobody imports them yet.
    for (Map.Entry<String, String[]> e : r.compiled.indirectExports.entrySet()) {
      String[] ind = e.getValue();
      if (ind[1] == null) continue;
      Resolution res = resolveExport(r.deps.get(ind[0]), ind[1], new HashSet<>());
      if (res == null || res == AMBIGUOUS) {
        Integer pos = r.compiled.requests.get(ind[0]);
        throw new SyntaxError(r.source, pos == null ? 0 : pos, "The requested module '" + ind[0] + "' does not provide an export named '" + ind[1] + "'");
      }
    }
    r.state = LINKED;
  }

  /** ResolveExport: where export {@code name} of {@code m} lives; null if nowhere; AMBIGUOUS. */
  Resolution resolveExport(Record m, String name, Set<String> seen) {
    if (!seen.add(m.name + "\u0000" + name)) return null; // a cycle of re-exports
    Object local = m.compiled.exportedBindings.get(name);
    if (local instanceof Integer slot) return new Resolution(m, slot);
    String[] ind = m.compiled.indirectExports.get(name);
    if (ind != null) {
      Record target = m.deps.get(ind[0]);
      if (ind[1] == null) return new Resolution(target, -1);
      return resolveExport(target, ind[1], seen);
    }
    if (name.equals("default")) return null;
    Resolution star = null;
    for (String spec : m.compiled.starExports) {
      Resolution r = resolveExport(m.deps.get(spec), name, seen);
      if (r == AMBIGUOUS) return AMBIGUOUS;
      if (r != null) {
        if (star == null) star = r;
        else if (!star.same(r)) return AMBIGUOUS;
      }
    }
    return star;
  }

  private List<String> exportNames(Record m, Set<Record> visited) {
    List<String> out = new ArrayList<>();
    if (!visited.add(m)) return out;
    out.addAll(m.compiled.exportedBindings.keySet());
    out.addAll(m.compiled.indirectExports.keySet());
    for (String spec : m.compiled.starExports) {
      for (String n : exportNames(m.deps.get(spec), visited)) {
        if (!n.equals("default") && !out.contains(n)) out.add(n);
      }
    }
    return out;
  }

  // ------------------------------------------------------------------ evaluation

  private void evaluate(Record r) {
    switch (r.state) {
      case EVALUATED:
      case EVALUATING: // a cycle: its body runs when the outer evaluation gets back to it
        return;
      case FAILED:
        throw r.error;
      default:
        break;
    }
    r.state = EVALUATING;
    try {
      for (Record d : r.deps.values()) evaluate(d);
      r.value = r.closure.evaluateModule(r.frame);
      r.state = EVALUATED;
    } catch (RuntimeException e) {
      r.state = FAILED;
      r.error = e;
      throw e;
    }
    if (onEvaluated != null) onEvaluated.accept(r.scope, r.value);
  }
}
