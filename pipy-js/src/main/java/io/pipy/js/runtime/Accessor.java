package io.pipy.js.runtime;

/** The getter and setter of an accessor property; either may be undefined. */
public final class Accessor {
  public final Object getter;
  public final Object setter;

  public Accessor(Object getter, Object setter) {
    this.getter = getter;
    this.setter = setter;
  }
}
