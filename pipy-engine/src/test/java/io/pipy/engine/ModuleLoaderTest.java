package io.pipy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Log;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class ModuleLoaderTest {

  @TempDir
  Path dir;

  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void captureLog() {
    Log.setOutput(new PrintStream(log, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreLog() {
    Log.setOutput(System.err);
  }

  private String logText() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void findsModulesThroughTheGivenClassLoader() throws Exception {
    try (URLClassLoader cl = TestModules.loaderWith(dir, List.of(TestModules.Alpha.class))) {
      InstalledModules m = ModuleLoader.load(cl);
      assertNotNull(m.filter("alphaFilter"));
      assertEquals(1, m.globals().get("alphaGlobal"));
      assertTrue(m.moduleNames().contains("alpha"));
      assertTrue(m.moduleNames().contains("pipy-engine"), "the engine's own module is found as any other");
    }
  }

  @Test
  void aProviderThatCannotLoadIsReportedAndSkipped() throws Exception {
    try (URLClassLoader cl = TestModules.loaderWith(dir, List.of(TestModules.Unconstructible.class, TestModules.Alpha.class))) {
      InstalledModules m = ModuleLoader.load(cl);
      assertNotNull(m.filter("alphaFilter"), "the good module after the broken one still loads");
      assertTrue(logText().contains("[WRN]"), logText());
      assertTrue(logText().contains("NoSuchModuleClass"), "a listed class that does not exist is named: " + logText());
      assertTrue(logText().contains("cannot construct"), logText());
    }
  }

  @Test
  void aModuleWhoseInstallFailsAddsNothing() throws Exception {
    try (URLClassLoader cl = TestModules.loaderWith(dir, List.of(TestModules.HalfBroken.class))) {
      InstalledModules m = ModuleLoader.load(cl);
      assertNull(m.filter("halfFilter"));
      assertTrue(logText().contains("half-broken") && logText().contains("boom"), logText());
    }
  }

  @Test
  void twoProvidersOfOneFilterStopStartUpNamingBoth() throws Exception {
    try (URLClassLoader cl = TestModules.loaderWith(dir, List.of(TestModules.Alpha.class, TestModules.Beta.class))) {
      EngineException e = assertThrows(EngineException.class, () -> ModuleLoader.load(cl));
      assertTrue(e.getMessage().contains("'shared'"), e.getMessage());
      assertTrue(e.getMessage().contains("module alpha") && e.getMessage().contains("module beta"), e.getMessage());
      assertTrue(e.getMessage().contains("test-classes"), "names where each provider came from: " + e.getMessage());
    }
  }

  @Test
  void knownFiltersNameTheirModule() {
    assertEquals("unknown filter 'acceptTLS' (module proto-tls is not installed)", FilterCatalog.unknownFilterMessage("acceptTLS"));
    assertEquals("unknown filter 'noSuchThing'", FilterCatalog.unknownFilterMessage("noSuchThing"));
  }
}
