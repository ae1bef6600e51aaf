package io.pipy.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The pipy global: exit status, codebase files, arguments. */
@Timeout(60)
class PipyApiIT extends PipyProcesses {

  @Test
  void loadListArgvAndExit() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("conf.json"), "{\"a\":1}");
    Files.writeString(dir.resolve("sub/f.txt"), "x");
    Files.createDirectories(dir.resolve("sub/deeper"));
    Files.writeString(dir.resolve("sub/deeper/g.txt"), "y");
    Path script = Dist.write(dir, "main.js", String.join("\n",
        "println(JSON.decode(pipy.load('/conf.json')).a, pipy.load('missing.txt'));",
        "println(pipy.list('/sub').join(','), pipy.list('/').filter(f => f.endsWith('.txt')).join(','));",
        "println(pipy.argv.slice(1).join(' '));",
        "pipy.exit(7)",
        ""));
    PipyProcess p = pipy(script.toString(), "--", "x", "y");
    assertEquals(7, p.waitForExit(EXIT), p::describe);
    assertEquals("1 null\ndeeper/g.txt,f.txt sub/deeper/g.txt,sub/f.txt\nx y\n", p.stdout());
  }
}
