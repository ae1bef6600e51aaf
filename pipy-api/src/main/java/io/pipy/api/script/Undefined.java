package io.pipy.api.script;

/** The script value {@code undefined}. There is one instance; compare with {@code ==}. */
public final class Undefined {

  /** The only instance. */
  public static final Undefined INSTANCE = new Undefined();

  private Undefined() {
  }

  @Override
  public String toString() {
    return "undefined";
  }
}
