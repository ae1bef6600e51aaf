package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.js.runtime.Ops;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Local-time behaviour of Date outside UTC (expected values from node with TZ=America/New_York). */
class DateTimeZoneTest {

  private TimeZone saved;

  @BeforeEach
  void setZone() {
    saved = TimeZone.getDefault();
    TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
  }

  @AfterEach
  void restoreZone() {
    TimeZone.setDefault(saved);
  }

  private static String eval(String expr) {
    JsTestRealm t = new JsTestRealm();
    t.eval("globalThis.out = String(" + expr + ");");
    return Ops.toString(t.global("out"));
  }

  @Test
  void gapUsesOffsetBeforeTransition() {
    assertEquals("1710055800000", eval("new Date(2024, 2, 10, 2, 30).getTime()"));
    assertEquals("Sun Mar 10 2024 03:30:00 GMT-0400 (Eastern Daylight Time)", eval("new Date(2024, 2, 10, 2, 30)"));
  }

  @Test
  void overlapUsesEarlierOffset() {
    assertEquals("1730611800000", eval("new Date(2024, 10, 3, 1, 30).getTime()"));
    assertEquals("240", eval("new Date(2024, 10, 3, 1, 30).getTimezoneOffset()"));
  }

  @Test
  void dateTimeWithoutOffsetIsLocalDateOnlyIsUtc() {
    assertEquals("1719849600000", eval("Date.parse('2024-07-01T12:00:00')"));
    assertEquals("1719792000000", eval("Date.parse('2024-07-01')"));
    assertEquals("8", eval("new Date(Date.UTC(2024, 6, 1, 12)).getHours()"));
  }

  @Test
  void localGettersAndFormats() {
    assertEquals("14 0", eval("(function (f) { return f.getDate() + ' ' + f.getDay(); })(new Date(Date.UTC(2024, 0, 15, 3)))"));
    assertEquals("22:00:00 GMT-0500 (Eastern Standard Time)", eval("new Date(Date.UTC(2024, 0, 15, 3)).toTimeString()"));
    assertEquals("1/14/2024, 10:00:00 PM", eval("new Date(Date.UTC(2024, 0, 15, 3)).toLocaleString()"));
    assertEquals("2024-03-02T05:00:00.000Z", eval("(function (g) { g.setMonth(1); return g.toISOString(); })(new Date(2024, 0, 31))"));
    assertEquals("Mon Jan 01 2024 00:00:00 GMT-0500 (Eastern Standard Time)", eval("new Date(2024, 0, 1)"));
  }

  @Test
  void toStringRoundTripsThroughParse() {
    assertEquals("true", eval("(function (d) { return Date.parse(d.toString()) === d.getTime(); })(new Date(2024, 6, 4, 9, 8, 7))"));
  }
}
