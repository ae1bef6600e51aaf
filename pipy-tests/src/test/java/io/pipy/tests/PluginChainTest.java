package io.pipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Data;
import io.pipy.engine.ScriptTester;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin system built from modules, in each of the three ways Pipy scripts do it: 0.50's
 * {@code use(files, 'request', 'response', turnDown)}, 1.x's module chain ({@code chain(files)}
 * with entry pipelines), and pipeline style ({@code pipe(plugins)} with {@code export default
 * pipeline(...)} and {@code pipeNext()}). Each chain has a router plugin that records the route in
 * a variable shared between modules within one connection, a greeting plugin that answers known
 * routes, and a default plugin answering 404. Requests go in as HTTP bytes to the listening
 * layout; the answers are parsed back out.
 */
@Timeout(30)
class PluginChainTest {

  @TempDir Path dir;

  private void write(String file, String... lines) throws IOException {
    Path p = dir.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, String.join("\n", lines) + "\n");
  }

  /** Sends {@code paths} as keep-alive requests on one connection; returns "status body" per answer. */
  private static List<String> exchange(ScriptTester t, String... paths) {
    ScriptTester.Run conn = t.run(t.listenLayout(0));
    StringBuilder req = new StringBuilder();
    for (String p : paths) req.append("GET ").append(p).append(" HTTP/1.1\r\nhost: test\r\n\r\n");
    conn.input(Data.fromString(req.toString()));
    String raw = conn.outputText();
    conn.release();
    List<String> answers = new ArrayList<>();
    Matcher m = Pattern.compile("HTTP/1\\.1 (\\d+) [^\\r]*\\r\\n((?:[^\\r]+\\r\\n)*)\\r\\n").matcher(raw);
    int at = 0;
    while (m.find(at)) {
      Matcher len = Pattern.compile("(?im)^content-length: *(\\d+)").matcher(m.group(2));
      assertTrue(len.find(), () -> "no content-length in " + raw);
      int n = Integer.parseInt(len.group(1));
      answers.add(m.group(1) + " " + raw.substring(m.end(), m.end() + n));
      at = m.end() + n;
    }
    assertEquals(raw.length(), at, () -> "unparsed output: " + raw);
    return answers;
  }

  /**
   * Three requests on one connection, then one on another. {@code thirdCount} is what the third
   * request sees of the per-connection request count: in configuration styles each request of
   * demuxHTTP works on a copy of the connection's context variables, so it is always 1; in
   * pipeline style the plugins share one object through {@code $ctx}, so it is 3 (both as C++ Pipy
   * 1.5 answers).
   */
  private static void assertChainBehaviour(ScriptTester t, int thirdCount) {
    assertEquals(List.of("200 hi #1", "404 No handler", "200 hi #" + thirdCount), exchange(t, "/hi", "/nowhere", "/hi"));
    // A second connection starts with fresh module-shared variables.
    assertEquals(List.of("200 hi #1"), exchange(t, "/hi"));
  }

  @Test
  void useWithExportedVariablesInConfigurationStyle() throws IOException {
    write("proxy.js",
        "pipy()",
        ".export('proxy', { __turnDown: false, __count: 0 })",
        ".listen(8000)",
        "  .demuxHTTP('request')",
        ".pipeline('request')",
        "  .handleMessageStart(() => { __turnDown = false })",
        "  .use(['plugins/router.js', 'plugins/hello.js', 'plugins/default.js'], 'request', 'response', () => __turnDown)");
    write("plugins/router.js",
        "pipy({ _path: '' })",
        ".import({ __count: 'proxy' })",
        ".pipeline('request')",
        "  .handleMessageStart(msg => { __count++; })");
    write("plugins/hello.js",
        "pipy()",
        ".import({ __turnDown: 'proxy', __count: 'proxy' })",
        ".pipeline('request')",
        "  .handleMessageStart(msg => { __turnDown = msg.head.path === '/hi' })",
        "  .link('greet', () => __turnDown, 'pass')",
        ".pipeline('greet')",
        "  .replaceMessage(() => new Message('hi #' + __count))",
        ".pipeline('pass')");
    write("plugins/default.js",
        "pipy()",
        ".pipeline('request')",
        "  .replaceMessage(new Message({ status: 404 }, 'No handler'))");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("proxy.js"))) {
      assertChainBehaviour(t, 1);
    }
  }

  @Test
  void moduleChainWithEntryPipelinesAndSolvedConfig() throws IOException {
    write("config.json", "{ \"listen\": 8000, \"plugins\": [\"plugins/router.js\", \"plugins/hello.js\", \"plugins/default.js\"] }");
    write("config.js", "JSON.decode(pipy.load('config.json'))");
    write("main.js",
        "((",
        "  config = pipy.solve('config.js'),",
        ") => pipy()",
        "  .export('main', { __route: undefined, __count: 0 })",
        "  .listen(config.listen)",
        "  .demuxHTTP().to($=>$.chain(config.plugins))",
        ")()");
    write("plugins/router.js",
        "pipy()",
        ".import({ __route: 'main', __count: 'main' })",
        ".pipeline()",
        "  .handleMessageStart(msg => { __route = msg.head.path; __count++; })",
        "  .chain()");
    write("plugins/hello.js",
        "((config = pipy.solve('config.js')) => pipy()",
        ".import({ __route: 'main', __count: 'main' })",
        ".pipeline()",
        "  .branch(",
        "    () => __route === '/hi' && config.plugins.length === 3, $=>$.replaceMessage(() => new Message('hi #' + __count)),",
        "    $=>$.chain()",
        "  )",
        ")()");
    write("plugins/default.js",
        "pipy()",
        ".pipeline()",
        "  .replaceMessage(new Message({ status: 404 }, 'No handler'))");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      assertChainBehaviour(t, 1);
    }
  }

  @Test
  void pipeToPluginPipelinesInPipelineStyle() throws IOException {
    write("config.js", "export default { plugins: ['router', 'hello', 'default'] }");
    write("main.js",
        "import config from './config.js'",
        "var plugins = config.plugins.map(name => pipy.import(`./plugins/${name}.js`).default)",
        "var $ctx",
        "var main = pipeline($=>$",
        "  .onStart(function () { $ctx = { route: null, count: 0 } })",
        "  .demuxHTTP().to($=>$.pipe(plugins, () => $ctx))",
        ")",
        "pipy.listen(8000, $=>$.pipe(main))");
    write("plugins/router.js",
        "var $ctx",
        "export default pipeline($=>$",
        "  .onStart(ctx => void ($ctx = ctx))",
        "  .handleMessageStart(msg => { $ctx.route = msg.head.path; $ctx.count++ })",
        "  .pipeNext()",
        ")");
    write("plugins/hello.js",
        "import config from '/config.js'",
        "var $ctx",
        "export default pipeline($=>$",
        "  .onStart(ctx => void ($ctx = ctx))",
        "  .pipe(",
        "    function (evt) {",
        "      if (evt instanceof MessageStart) return $ctx.route === '/hi' ? 'greet' : 'pass'",
        "    }, {",
        "      'greet': ($=>$.replaceData().replaceMessage(() => new Message('hi #' + $ctx.count))),",
        "      'pass': ($=>$.pipeNext())",
        "    }",
        "  )",
        ")");
    write("plugins/default.js",
        "export default pipeline($=>$.replaceMessage(new Message({ status: 404 }, 'No handler')))");
    try (ScriptTester t = ScriptTester.loadFile(dir.resolve("main.js"))) {
      assertChainBehaviour(t, 3);
    }
  }
}
