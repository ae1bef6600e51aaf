package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;

/**
 * Where an import binding reads its value: the exporting module's environment slot (a live
 * binding), or the exporting module's namespace object. Filled in when the module graph is
 * linked, before any module of the graph runs.
 */
final class ImportCell {
  /** The specifier as written. */
  final String from;
  /** The imported name; null for a namespace import ({@code * as ns}). */
  final String imported;
  final String local;
  /** Source offset of the import declaration. */
  final int pos;

  Env env;
  int slot;
  Object namespace;

  ImportCell(String from, String imported, String local, int pos) {
    this.from = from;
    this.imported = imported;
    this.local = local;
    this.pos = pos;
  }

  Object get(int at) {
    Object ns = namespace;
    if (ns != null) return ns;
    Object v = env.slots[slot];
    if (v == Tdz.VALUE) throw Errors.referenceError("Cannot access '" + local + "' before initialization").at(at);
    return v;
  }
}
