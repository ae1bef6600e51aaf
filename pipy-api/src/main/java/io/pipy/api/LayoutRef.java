package io.pipy.api;

/**
 * A sub-pipeline reference held by a joint filter: either a layout built inline
 * ({@code .to($=>$...)}) or a layout name resolved once the module has finished loading.
 */
public interface LayoutRef {

  /**
   * The layout referred to.
   *
   * @throws IllegalStateException if the name does not resolve (reported at load time, not later)
   */
  PipelineLayout layout();

  /** The layout's name, or a placeholder for anonymous layouts; for graphs and errors. */
  String describe();

  /** A reference to a layout already at hand. */
  static LayoutRef of(PipelineLayout layout) {
    return new LayoutRef() {
      @Override
      public PipelineLayout layout() {
        return layout;
      }

      @Override
      public String describe() {
        return layout.name() == null ? "(anonymous)" : layout.name();
      }
    };
  }
}
