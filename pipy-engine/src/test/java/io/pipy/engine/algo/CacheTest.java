package io.pipy.engine.algo;

import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.Undefined;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 10, unit = TimeUnit.SECONDS)
class CacheTest {

  @Test
  void setGetHasRemoveClear() {
    Cache c = make(Cache.CLASS, null);
    assertSame(Undefined.INSTANCE, call(Cache.CLASS, c, "get", null, "a"));
    call(Cache.CLASS, c, "set", null, "a", 1);
    call(Cache.CLASS, c, "set", null, 2, "two");
    assertEquals(1, call(Cache.CLASS, c, "get", null, "a"));
    assertEquals("two", call(Cache.CLASS, c, "get", null, 2.0));
    assertEquals(true, call(Cache.CLASS, c, "has", null, "a"));
    assertEquals(false, call(Cache.CLASS, c, "has", null, "b"));
    assertEquals(true, call(Cache.CLASS, c, "remove", null, "a"));
    assertEquals(false, call(Cache.CLASS, c, "remove", null, "a"));
    call(Cache.CLASS, c, "clear", null);
    assertEquals(0, c.size());
  }

  @Test
  void nullValuesAreEntriesToo() {
    Cache c = new Cache();
    c.set(null, "k", null);
    assertTrue(c.has("k"));
    assertEquals(null, c.find("k"));
    assertSame(Undefined.INSTANCE, c.find("missing"));
  }

  @Test
  void keysCompareByValueForPrimitivesAndByIdentityForObjects() {
    Cache c = new Cache();
    Object o1 = obj("x", 1);
    Object o2 = obj("x", 1);
    c.set(null, o1, "first");
    c.set(null, 1, "one");
    c.set(null, "1", "string one");
    assertEquals("first", c.get(null, o1));
    assertSame(Undefined.INSTANCE, c.get(null, o2));
    assertEquals("one", c.get(null, 1.0));
    assertEquals("string one", c.get(null, "1"));
    c.set(null, -0.0, "zero");
    assertEquals("zero", c.get(null, 0));
  }

  @Test
  void allocateFillsMissingEntriesOnce() {
    HostKit.Fn alloc = new HostKit.Fn((ctx, a) -> "v:" + a[0]);
    Cache c = make(Cache.CLASS, null, alloc);
    assertEquals("v:k", call(Cache.CLASS, c, "get", null, "k"));
    assertEquals("v:k", call(Cache.CLASS, c, "get", null, "k"));
    assertEquals(1, alloc.calls.size());
    assertSame(Undefined.INSTANCE, call(Cache.CLASS, c, "find", null, "other"));
    assertEquals(1, alloc.calls.size());
  }

  @Test
  void freeIsToldOfRemovedAndClearedEntries() {
    List<String> freed = new ArrayList<>();
    HostKit.Fn free = new HostKit.Fn((ctx, a) -> {
      freed.add(a[0] + "=" + a[1]);
      return null;
    });
    Cache c = make(Cache.CLASS, null, null, free);
    c.set(null, "a", 1);
    c.set(null, "b", 2);
    c.set(null, "c", 3);
    c.remove(null, "b");
    assertEquals(List.of("b=2"), freed);
    c.clear(null);
    assertEquals(List.of("b=2", "a=1", "c=3"), freed);
  }

  @Test
  void sizeEvictsTheLeastRecentlyUsed() {
    List<Object> freed = new ArrayList<>();
    HostKit.Fn free = new HostKit.Fn((ctx, a) -> freed.add(a[0]));
    Cache c = make(Cache.CLASS, null, null, free, obj("size", 2));
    c.set(null, "a", 1);
    c.set(null, "b", 2);
    c.get(null, "a"); // a is now more recent than b
    c.set(null, "c", 3);
    assertEquals(List.of("b"), freed);
    assertTrue(c.has("a"));
    assertTrue(c.has("c"));
    assertFalse(c.has("b"));
  }

  @Test
  void allocatedEntriesCountTowardsTheSize() {
    HostKit.Fn alloc = new HostKit.Fn((ctx, a) -> a[0]);
    Cache c = make(Cache.CLASS, null, alloc, obj("size", 1));
    c.get(null, "a");
    c.get(null, "b");
    assertEquals(1, c.size());
    assertFalse(c.has("a"));
  }

  @Test
  void ttlExpiresEntries() {
    HostKit.ManualClock clock = new HostKit.ManualClock();
    HostKit.Fn alloc = new HostKit.Fn((ctx, a) -> "fresh" + clock.now);
    Cache c = new Cache(alloc, null, 0, 2, clock);
    c.set(null, "k", "old");
    clock.now += 1999;
    assertEquals("old", c.get(null, "k"));
    clock.now += 1;
    assertEquals("fresh" + clock.now, c.get(null, "k"));
    Cache plain = new Cache(null, null, 0, 0.5, clock);
    plain.set(null, "x", 1);
    clock.now += 500;
    assertFalse(plain.has("x"));
    assertSame(Undefined.INSTANCE, plain.get(null, "x"));
  }

  @Test
  void ttlAcceptsDurationStrings() {
    Cache c = make(Cache.CLASS, null, obj("ttl", "10s", "size", 5));
    c.set(null, "a", 1);
    assertEquals(1, c.get(null, "a"));
    error("invalid time duration", () -> make(Cache.CLASS, null, obj("ttl", "ten")));
  }

  @Test
  void badArguments() {
    error("argument #1 expects a function", () -> make(Cache.CLASS, null, "nope"));
    error("argument #2 expects a function", () -> make(Cache.CLASS, null, HostKit.Fn.returning(1), 3));
    error("options.size expects a number", () -> make(Cache.CLASS, null, obj("size", "big")));
    Cache c = new Cache();
    error("requires 2 or more arguments", () -> call(Cache.CLASS, c, "set", null, "k"));
    error("requires 1 or more arguments", () -> call(Cache.CLASS, c, "get", null));
  }
}
