package io.pipy.js.interp;

import io.pipy.js.runtime.Errors;

/** An imported name: reads the exporting module's binding live; assignments are errors. */
final class ImportRef extends Ref {
  private final ImportCell cell;

  ImportRef(String name, ImportCell cell) {
    super(name);
    this.cell = cell;
  }

  @Override
  Object get(Frame f, int pos) {
    return cell.get(pos);
  }

  @Override
  void set(Frame f, Object value, int pos) {
    throw Errors.typeError("Assignment to constant variable '" + name + "' (an import)").at(pos);
  }

  @Override
  void init(Frame f, Object value) {
    throw Errors.typeError("Assignment to constant variable '" + name + "' (an import)");
  }
}
