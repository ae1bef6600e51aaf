package io.pipy.js.interp;

/** An executable node; {@code pos} is its source offset, for error locations. */
abstract class Node {
  final int pos;

  Node(int pos) {
    this.pos = pos;
  }
}
