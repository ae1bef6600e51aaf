package io.pipy.api;

/**
 * Where new contexts get their initial variables from: supplied by the script language, one per
 * worker, once the worker's scripts are loaded.
 */
public interface ContextTemplate {

  /** The number of script modules with context variables. */
  int moduleCount();

  /**
   * The initial values of module {@code module}'s context variables; the caller copies the
   * array, so implementations may return the same array every time. {@code null} means none.
   */
  Object[] initialVariables(int module);

  /** A template with no variables. */
  ContextTemplate EMPTY = new ContextTemplate() {
    @Override
    public int moduleCount() {
      return 0;
    }

    @Override
    public Object[] initialVariables(int module) {
      return null;
    }
  };
}
