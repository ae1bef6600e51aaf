package io.pipy.http;

import io.pipy.api.script.PropertyKey;

/**
 * The properties of message heads that the codecs read, as {@link PropertyKey}s: each read of a
 * head the script engine has seen the like of before costs a shape comparison, not a lookup.
 * One instance per worker ({@link WorkerCaches}): the keys' notes describe one worker's objects,
 * and one set of keys shared by all the worker's connections stays in the CPU's caches (a set per
 * connection made every read a cache miss once hundreds of connections were open).
 */
final class HeadKeys {

  /** The keys of the calling thread's worker. */
  static HeadKeys current() {
    return WorkerCaches.current().keys;
  }

  final PropertyKey status = new PropertyKey("status");
  final PropertyKey statusText = new PropertyKey("statusText");
  final PropertyKey protocol = new PropertyKey("protocol");
  final PropertyKey method = new PropertyKey("method");
  final PropertyKey path = new PropertyKey("path");
  final PropertyKey headers = new PropertyKey("headers");
  final PropertyKey headerNames = new PropertyKey("headerNames");
  final PropertyKey upgrade = new PropertyKey("upgrade");
}
