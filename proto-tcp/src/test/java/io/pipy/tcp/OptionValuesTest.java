package io.pipy.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.script.Undefined;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class OptionValuesTest {

  private static final long S = 1_000_000_000L;

  @Test
  void secondsAcceptNumbersAndUnitStrings() {
    assertEquals(10 * S, OptionValues.seconds("t", 10));
    assertEquals(S / 2, OptionValues.seconds("t", 0.5));
    assertEquals(10 * S, OptionValues.seconds("t", "10"));
    assertEquals(10 * S, OptionValues.seconds("t", "10s"));
    assertEquals(S / 10, OptionValues.seconds("t", "100ms"));
    assertEquals(300 * S, OptionValues.seconds("t", "5m"));
    assertEquals(7200 * S, OptionValues.seconds("t", "2H"));
    assertEquals(86400 * S, OptionValues.seconds("t", "1d"));
    assertEquals(90 * S, OptionValues.seconds("t", "1.5m"));
    assertEquals(300 * S, OptionValues.seconds("t", "5min"));
    assertEquals(10 * S, OptionValues.seconds("t", "10sec"));
    assertEquals(2 * 86400 * S, OptionValues.seconds("t", "2days"));
  }

  @Test
  void zeroNegativeOrInfiniteSecondsMeanNoTimeout() {
    assertEquals(0, OptionValues.seconds("t", 0));
    assertEquals(0, OptionValues.seconds("t", -1));
    assertEquals(0, OptionValues.seconds("t", Double.POSITIVE_INFINITY));
  }

  @Test
  void badSecondsNameTheOptionAndWhatIsExpected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("readTimeout", "10 sec"));
    assertEquals("readTimeout: '10 sec' (expected: a number of seconds or a string such as '10s', '500ms', '5m', '2h', '1d')", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("t", "s"));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("t", "10x"));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("t", "10mo"));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("t", true));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.seconds("t", Double.NaN));
  }

  @Test
  void binarySizesUsePowersOf1024() {
    assertEquals(100, OptionValues.binarySize("b", 100));
    assertEquals(100, OptionValues.binarySize("b", "100"));
    assertEquals(64 * 1024, OptionValues.binarySize("b", "64k"));
    assertEquals(64 * 1024, OptionValues.binarySize("b", "64KB"));
    assertEquals(1536 * 1024, OptionValues.binarySize("b", "1.5m"));
    assertEquals(2L << 30, OptionValues.binarySize("b", "2GiB"));
    assertEquals(1L << 40, OptionValues.binarySize("b", "1t"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionValues.binarySize("bufferLimit", -1));
    assertTrue(e.getMessage().startsWith("bufferLimit: -1 (expected: "), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OptionValues.binarySize("b", "1q"));
  }

  @Test
  void integersTakeNumbersAndDecimalUnits() {
    assertEquals(5, OptionValues.integer("n", 5));
    assertEquals(5, OptionValues.integer("n", 5.9));
    assertEquals(-1, OptionValues.integer("n", -1));
    assertEquals(2000, OptionValues.integer("n", "2k"));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.integer("n", "many"));
    assertThrows(IllegalArgumentException.class, () -> OptionValues.integer("n", Double.POSITIVE_INFINITY));
  }

  @Test
  void booleansTakeBooleansAndTheirNames() {
    assertEquals(true, OptionValues.bool("b", true));
    assertEquals(false, OptionValues.bool("b", "false"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OptionValues.bool("noDelay", 1));
    assertEquals("noDelay: 1 (expected: a boolean)", e.getMessage());
  }

  @Test
  void nullAndUndefinedAreAbsent() {
    assertTrue(OptionValues.absent(null));
    assertTrue(OptionValues.absent(Undefined.INSTANCE));
  }
}
