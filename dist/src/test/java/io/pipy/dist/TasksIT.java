package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** task() once, periodically and on exit(), in the configuration style. */
@Timeout(120)
class TasksIT extends PipyProcesses {

  @Test
  void aOneShotTaskRunsOnceAndThenTheProcessExits() throws Exception {
    Path script = Dist.write(dir, "once.js", String.join("\n",
        "pipy({ _g: { runs: 0 } })",
        ".task()",
        ".onStart(() => { _g.runs++; println('ran ' + _g.runs); return new StreamEnd(); })",
        ""));
    PipyProcess p = pipy("--no-graph", script.toString());
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertEquals("ran 1\n", p.stdout());
  }

  @Test
  void periodicTasksRepeatUntilShutdownThenExitPipelinesRun() throws Exception {
    Path script = Dist.write(dir, "cron.js", String.join("\n",
        "pipy({ _g: { runs: 0 } })",
        ".task('100ms')",
        ".onStart(() => { _g.runs++; println('tick'); return new StreamEnd(); })",
        ".exit()",
        ".onStart(() => { println('bye after ' + (_g.runs >= 3 ? 'several' : 'too few') + ' ticks'); return new StreamEnd(); })",
        ""));
    PipyProcess p = pipy("--no-graph", script.toString());
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (p.stdout().lines().filter("tick"::equals).count() < 3) {
      assertTrue(System.nanoTime() < deadline, "three ticks within 20 s: " + p.describe());
      Thread.sleep(50);
    }
    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).inheritIO().start().waitFor();
    assertEquals(0, p.waitForExit(EXIT), p::describe);
    assertTrue(p.stdout().endsWith("bye after several ticks\n"), p::describe);
  }
}
