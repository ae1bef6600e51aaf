package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptPromise;
import io.pipy.js.runtime.JsError;
import io.pipy.js.runtime.JsPromise;
import io.pipy.js.runtime.Ops;
import io.pipy.js.runtime.PromiseHandle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Java side of promises: waiting on script promises and settling Java-made ones. */
class PromiseJavaApiTest {

  @Test
  void javaWaitsOnScriptPromise() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.res = null; globalThis.p = new Promise(function (r) { globalThis.res = r; });");
    ScriptPromise p = assertInstanceOf(ScriptPromise.class, t.global("p"));
    List<Object> got = new ArrayList<>();
    p.then(got::add, e -> got.add("rejected"));
    assertTrue(got.isEmpty(), "not settled yet");
    t.eval("res(42);");
    assertEquals(List.of(42), got);
  }

  @Test
  void reactionOnSettledPromiseIsNotSynchronous() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.p = Promise.resolve('done');");
    ScriptPromise p = (ScriptPromise) t.global("p");
    List<Object> got = new ArrayList<>();
    p.then(got::add, null);
    assertTrue(got.isEmpty(), "then must not run the reaction synchronously");
    t.runMicrotasks();
    assertEquals(List.of("done"), got);
  }

  @Test
  void javaSeesRejection() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.p = Promise.reject(new TypeError('bad'));");
    List<Object> got = new ArrayList<>();
    ((ScriptPromise) t.global("p")).then(v -> got.add("fulfilled"), got::add);
    t.runMicrotasks();
    assertEquals(1, got.size());
    JsError e = assertInstanceOf(JsError.class, got.get(0));
    assertEquals("bad", e.get("message"));
  }

  @Test
  void handleResolvesLaterFromJava() {
    JsTestRealm t = new JsTestRealm();
    PromiseHandle h = PromiseHandle.create(t.realm);
    t.realm.global.set("hp", h.promise());
    t.eval("globalThis.log = []; hp.then(function (v) { log.push('got ' + v); return v * 2; })"
        + ".then(function (v) { log.push('then ' + v); });");
    assertEquals("", Ops.toString(t.global("log")));
    assertTrue(h.resolve(21));
    assertFalse(h.resolve(99), "second resolve is ignored");
    assertEquals("", Ops.toString(t.global("log")), "reactions wait for the job queue");
    t.runMicrotasks();
    assertEquals("got 21,then 42", Ops.toString(t.global("log")));
    assertTrue(h.isDone());
  }

  @Test
  void handleRejectsWithScriptError() {
    JsTestRealm t = new JsTestRealm();
    PromiseHandle h = PromiseHandle.create(t.realm);
    t.realm.global.set("hp", h.promise());
    t.eval("globalThis.msg = ''; hp.catch(function (e) { msg = e.name + ': ' + e.message; });");
    h.reject(ScriptError.rangeError("out of range"));
    t.runMicrotasks();
    assertEquals("RangeError: out of range", t.global("msg"));
  }

  @Test
  void handleResolvedWithThenableAdoptsIt() {
    JsTestRealm t = new JsTestRealm();
    PromiseHandle h = PromiseHandle.create(t.realm);
    t.eval("globalThis.inner = Promise.resolve('inner');");
    h.resolve(t.global("inner"));
    List<Object> got = new ArrayList<>();
    h.promise().then(got::add, got::add);
    t.runMicrotasks();
    assertEquals(List.of("inner"), got);
  }

  @Test
  void unhandledRejectionsAreReportedOnceAfterDrain() {
    JsTestRealm t = new JsTestRealm();
    List<Object> reported = new ArrayList<>();
    JsPromise.onUnhandledRejection(t.realm, reported::add);
    t.eval("Promise.reject('lost'); var late = Promise.reject('late');"
        + "Promise.resolve().then(function () { late.catch(function () {}); });"
        + "Promise.resolve().then(function () { throw 'in-chain'; });");
    assertEquals(List.of("lost", "in-chain"), reported);
    t.eval("Promise.resolve().then(function () {});");
    assertEquals(2, reported.size(), "each rejection is reported once");
  }

  @Test
  void rejectedHandleWithoutHandlerIsReported() {
    JsTestRealm t = new JsTestRealm();
    List<Object> reported = new ArrayList<>();
    JsPromise.onUnhandledRejection(t.realm, reported::add);
    PromiseHandle h = PromiseHandle.create(t.realm);
    h.reject((Object) "nobody");
    t.runMicrotasks();
    assertEquals(List.of("nobody"), reported);
  }

  @Test
  void javaReactionExceptionDoesNotStopOtherJobs() {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.p = Promise.resolve(1); globalThis.after = false;");
    ((ScriptPromise) t.global("p")).then(v -> {
      throw new IllegalStateException("java bug");
    }, null);
    t.eval("p.then(function () { after = true; });");
    t.runMicrotasks();
    assertEquals(true, t.global("after"));
  }

  @Test
  void futureSettlesPromiseOnTheGivenExecutor() {
    JsTestRealm t = new JsTestRealm();
    java.util.concurrent.CompletableFuture<String> ok = new java.util.concurrent.CompletableFuture<>();
    java.util.concurrent.CompletableFuture<String> bad = new java.util.concurrent.CompletableFuture<>();
    List<Runnable> hops = new ArrayList<>();
    t.realm.global.set("ok", PromiseHandle.fromFuture(t.realm, ok, hops::add));
    t.realm.global.set("bad", PromiseHandle.fromFuture(t.realm, bad, hops::add));
    t.eval("globalThis.log = []; ok.then(function (v) { log.push(v); }); bad.catch(function (e) { log.push(e.message); });");
    ok.complete("value");
    bad.completeExceptionally(new IllegalStateException("broken"));
    assertEquals(2, hops.size(), "settling waits for the worker executor");
    hops.forEach(Runnable::run);
    t.runMicrotasks();
    assertEquals("value,broken", Ops.toString(t.global("log")));
  }

  @Test
  void adoptForeignScriptPromise() {
    JsTestRealm t = new JsTestRealm();
    ScriptPromise foreign = (onF, onR) -> onF.accept("foreign value");
    JsPromise p = PromiseHandle.adopt(t.realm, foreign);
    List<Object> got = new ArrayList<>();
    p.then(got::add, null);
    t.runMicrotasks();
    assertEquals(List.of("foreign value"), got);
    assertEquals(p, PromiseHandle.adopt(t.realm, p));
  }
}
