package io.pipy.js.interp;

/** The key of a private class member ({@code #x}): unique per class evaluation, never enumerated. */
final class PrivateName {
  final String name;

  PrivateName(String name) {
    this.name = name;
  }

  @Override
  public String toString() {
    return "#" + name;
  }
}
