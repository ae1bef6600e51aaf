package io.pipy.http;

import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.api.Filter;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.SourceLocation;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.PipelineTester.RecordedData;
import io.pipy.engine.PipelineTester.RecordedEvent;
import io.pipy.engine.PipelineTester.Run;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class WebSocketTest {

  private static final HexFormat HEX = HexFormat.of();

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private static <F extends Filter> F named(F f, String name) {
    f.configure(name, new SourceLocation("test.js", 1, 1, ""));
    return f;
  }

  private DecodeWebSocket decoder(Object... args) {
    return named(DecodeWebSocket.create(config(t, args)), "decodeWebSocket");
  }

  private EncodeWebSocket encoder(long seed) {
    return named(EncodeWebSocket.withRandom(() -> new Random(seed)), "encodeWebSocket");
  }

  private static byte[] hex(String s) {
    return HEX.parseHex(s.replace(" ", ""));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** The decoded messages as {@code opcode:masked:body|...}, then the stream end if any. */
  private static String messages(Run r) {
    StringBuilder sb = new StringBuilder();
    ByteArrayOutputStream body = null;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedData d) {
        if (body == null) {
          sb.append("[data outside a message]");
        } else {
          body.writeBytes(d.bytes());
        }
      } else if (((RecordedEvent) rec).event() instanceof MessageStart ms) {
        ScriptObject h = (ScriptObject) ms.head();
        sb.append(h.get("opcode")).append(':').append(h.get("masked")).append(':');
        body = new ByteArrayOutputStream();
      } else if (((RecordedEvent) rec).event() instanceof MessageEnd) {
        sb.append(body.toString(StandardCharsets.UTF_8)).append('|');
        body = null;
      } else if (((RecordedEvent) rec).event() instanceof StreamEnd se) {
        if (body != null) sb.append(body.toString(StandardCharsets.UTF_8));
        sb.append(se.toString());
      }
    }
    return sb.toString();
  }

  private static byte[] outputBytes(Run r) {
    return CompressHttpTest.outputBytes(r);
  }

  // ---- decodeWebSocket ----

  /** The examples of RFC 6455 section 5.7. */
  @Test
  void rfcExamplesDecode() {
    Run r = t.run(decoder());
    r.input(bytes(hex("81 05 48 65 6c 6c 6f")));
    r.input(bytes(hex("81 85 37 fa 21 3d 7f 9f 4d 51 58")));
    r.input(bytes(hex("01 03 48 65 6c")), bytes(hex("80 02 6c 6f")));
    r.input(bytes(hex("89 05 48 65 6c 6c 6f")));
    r.input(bytes(hex("8a 85 37 fa 21 3d 7f 9f 4d 51 58")));
    assertEquals("1:false:Hello|1:true:Hello|1:false:Hello|9:false:Hello|10:true:Hello|", messages(r));
    assertEquals("MS D(5) ME MS D(5) ME MS D(3) D(2) ME MS D(5) ME MS D(5) ME", r.outputShape());
  }

  @Test
  void lengthsOf7And16And64Bits() {
    byte[] p256 = new byte[256];
    Arrays.fill(p256, (byte) 'a');
    byte[] p70k = new byte[70000];
    Arrays.fill(p70k, (byte) 'b');
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    w.writeBytes(hex("82 7e 01 00"));
    w.writeBytes(p256);
    w.writeBytes(hex("82 7f 00 00 00 00 00 01 11 70"));
    w.writeBytes(p70k);
    w.writeBytes(hex("82 00"));
    Run r = t.run(decoder());
    r.input(bytes(w.toByteArray()));
    assertEquals("2:false:" + "a".repeat(256) + "|2:false:" + "b".repeat(70000) + "|2:false:|", messages(r));
  }

  /** Frames of every kind, the stream cut in two at every byte, and fed one byte at a time. */
  @Test
  void framesSplitAtEveryByteBoundary() {
    ByteArrayOutputStream w = new ByteArrayOutputStream();
    w.writeBytes(hex("81 05 48 65 6c 6c 6f"));
    w.writeBytes(hex("81 85 37 fa 21 3d 7f 9f 4d 51 58"));
    w.writeBytes(hex("01 83 01 02 03 04 49 67 6f")); // "Hel" masked, not final
    w.writeBytes(hex("89 00")); // an empty ping inside the fragmented message
    w.writeBytes(hex("00 01 6c")); // "l"
    w.writeBytes(hex("80 81 ff ff ff ff 90")); // "o" masked, final
    byte[] big = new byte[300];
    Arrays.fill(big, (byte) 'z');
    w.writeBytes(hex("82 7e 01 2c"));
    w.writeBytes(big);
    w.writeBytes(hex("88 02 03 e8")); // close 1000
    byte[] wire = w.toByteArray();
    String expected = "1:false:Hello|1:true:Hello|1:true:Hello|9:false:|2:false:" + "z".repeat(300) + "|8:false:\u0003\ufffd|";
    for (int cut = 0; cut <= wire.length; cut++) {
      Run r = t.run(decoder());
      r.input(bytes(Arrays.copyOfRange(wire, 0, cut)), bytes(Arrays.copyOfRange(wire, cut, wire.length)));
      assertEquals(expected, messages(r), "cut at " + cut);
    }
    Run r = t.run(decoder());
    for (byte b : wire) r.input(bytes(new byte[] {b}));
    assertEquals(expected, messages(r));
    r.input(StreamEnd.normal());
    assertTrue(r.outputShape().endsWith("ME SE"));
  }

  @Test
  void protocolErrorsEndTheStreamCleanly() {
    String[][] cases = {
      {"00 01 61", "continuation frame without a message"},
      {"83 00", "unknown opcode 3"},
      {"8b 00", "unknown opcode 11"},
      {"89 7e 00 7e" + " 00".repeat(126), "control frame longer than 125 bytes"},
      {"09 00", "fragmented control frame"},
      {"82 7f 80 00 00 00 00 00 00 00", "64-bit length with the top bit"},
      {"01 01 61 81 01 62", "new message inside a fragmented message"},
    };
    for (String[] c : cases) {
      Run r = t.run(decoder());
      r.input(bytes(hex("81 01 41")), bytes(hex(c[0])), bytes(hex("81 01 42")), StreamEnd.normal());
      String out = messages(r);
      assertTrue(out.startsWith("1:false:A|"), c[1] + ": " + out);
      assertTrue(out.endsWith("StreamEnd(ProtocolError)"), c[1] + ": " + out);
      String shape = r.outputShape();
      assertEquals(shape.indexOf("SE"), shape.lastIndexOf("SE"), c[1] + ": one stream end: " + shape);
    }
  }

  @Test
  void tooManyControlFramesInsideAMessageIsAnError() {
    Run r = t.run(decoder());
    r.input(bytes(hex("01 01 61")));
    for (int i = 0; i < DecodeWebSocket.MAX_HELD_CONTROL_FRAMES; i++) r.input(bytes(hex("89 00")));
    assertEquals("MS D(1)", r.outputShape());
    r.input(bytes(hex("89 00")));
    assertEquals("MS D(1) SE(ProtocolError)", r.outputShape());
  }

  @Test
  void maxMessageSizeCountsAllFragments() {
    Run r = t.run(decoder(obj("maxMessageSize", 5)));
    r.input(bytes(hex("81 05 48 65 6c 6c 6f")));
    r.input(bytes(hex("01 03 48 65 6c")));
    r.input(bytes(hex("80 03 6c 6f 6f")), bytes(hex("81 01 41")));
    assertEquals("1:false:Hello|1:false:HelStreamEnd(BufferOverflow)", messages(r));
    Run big = t.run(decoder(obj("maxMessageSize", "1k")));
    big.input(bytes(hex("82 7e 04 01")));
    assertEquals("SE(BufferOverflow)", big.outputShape());
  }

  @Test
  void aStreamEndInsideAFrameIsPassedOn() {
    Run r = t.run(decoder());
    r.input(bytes(hex("81 05 48 65")), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET), bytes(hex("6c 6c 6f")));
    assertEquals("MS D(2) SE(ConnectionReset)", r.outputShape());
  }

  @Test
  void messageEventsOnTheInputAreIgnored() {
    Run r = t.run(decoder());
    r.input(MessageStart.of(null), bytes(hex("81 01 41")), MessageEnd.plain());
    assertEquals("1:false:A|", messages(r));
  }

  // ---- encodeWebSocket ----

  @Test
  void aTextMessageIsOneFrame() {
    Run r = t.run(encoder(1));
    r.input(MessageStart.of(obj("opcode", 1)), data("Hel"), data("lo"), MessageEnd.plain());
    assertEquals("810548656c6c6f", HEX.formatHex(outputBytes(r)));
    assertEquals("MS D(7) ME", r.outputShape());
  }

  @Test
  void headDefaultsAreTextUnmasked() {
    Run r = t.run(encoder(1));
    r.input(MessageStart.of(null), data("x"), MessageEnd.plain());
    r.input(MessageStart.of(obj("opcode", 2)), MessageEnd.plain());
    r.input(MessageStart.of(obj("opcode", 9, "masked", false)), data("p"), MessageEnd.plain());
    assertEquals("8101788200" + "890170", HEX.formatHex(outputBytes(r)));
  }

  @Test
  void maskedFramesUseAFreshMaskEach() {
    Random rnd = new Random(42);
    int k1 = rnd.nextInt();
    Run r = t.run(encoder(42));
    r.input(MessageStart.of(obj("opcode", 1, "masked", true)), data("Hello"), MessageEnd.plain());
    byte[] out = outputBytes(r);
    byte[] m = {(byte) (k1 >>> 24), (byte) (k1 >>> 16), (byte) (k1 >>> 8), (byte) k1};
    byte[] expected = new byte[11];
    expected[0] = (byte) 0x81;
    expected[1] = (byte) 0x85;
    System.arraycopy(m, 0, expected, 2, 4);
    byte[] hello = utf8("Hello");
    for (int i = 0; i < 5; i++) expected[6 + i] = (byte) (hello[i] ^ m[i & 3]);
    assertArrayEquals(expected, out);
    // and it decodes back
    Run d = t.run(decoder());
    d.input(bytes(out));
    assertEquals("1:true:Hello|", messages(d));
  }

  @Test
  void bodiesAreFragmentedEvery16KiB() {
    byte[] body = new byte[40000];
    new Random(3).nextBytes(body);
    Run r = t.run(encoder(1));
    r.input(MessageStart.of(obj("opcode", 2)), bytes(body), MessageEnd.plain());
    byte[] out = outputBytes(r);
    assertEquals("MS D(16388) D(16388) D(7236) ME", r.outputShape());
    assertEquals("027e4000", HEX.formatHex(out, 0, 4));
    assertEquals("007e4000", HEX.formatHex(out, 16388, 16392));
    assertEquals("807e1c40", HEX.formatHex(out, 32776, 32780));
    Run d = t.run(decoder());
    d.input(bytes(Arrays.copyOfRange(out, 0, 16388)), bytes(Arrays.copyOfRange(out, 16388, 32776)),
        bytes(Arrays.copyOfRange(out, 32776, out.length)));
    assertEquals("MS D(16384) D(16384) D(7232) ME", d.outputShape());
    ByteArrayOutputStream back = new ByteArrayOutputStream();
    for (PipelineTester.Recorded rec : d.output()) if (rec instanceof RecordedData x) back.writeBytes(x.bytes());
    assertArrayEquals(body, back.toByteArray());
  }

  @Test
  void exactly16KiBIsFollowedByAnEmptyFinalFrame() {
    Run r = t.run(encoder(1));
    r.input(MessageStart.of(obj("opcode", 1)), bytes(new byte[16384]), MessageEnd.plain());
    byte[] out = outputBytes(r);
    assertEquals(16388 + 2, out.length);
    assertEquals("017e4000", HEX.formatHex(out, 0, 4));
    assertEquals("8000", HEX.formatHex(out, 16388, 16390));
  }

  @Test
  void roundTripMaskedAndFragmented() {
    Random rnd = new Random(9);
    for (int size : new int[] {0, 1, 125, 126, 65535, 65536, 100000}) {
      byte[] body = new byte[size];
      for (int i = 0; i < size; i++) body[i] = (byte) ('a' + rnd.nextInt(26));
      Run r = t.run(encoder(size), decoder());
      r.input(MessageStart.of(obj("opcode", 1, "masked", true)));
      for (int i = 0; i < size; i += 7000) r.input(bytes(Arrays.copyOfRange(body, i, Math.min(size, i + 7000))));
      r.input(MessageEnd.plain());
      assertEquals("1:true:" + new String(body, StandardCharsets.UTF_8) + "|", messages(r), "size " + size);
    }
  }

  @Test
  void anOversizedControlMessageIsAnError() {
    Run r = t.run(encoder(1));
    r.input(MessageStart.of(obj("opcode", 9)), data("p".repeat(126)), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("MS SE(RuntimeError)", r.outputShape());
  }

  @Test
  void dataOutsideMessagesIsDroppedAndStreamEndPassed() {
    Run r = t.run(encoder(1));
    r.input(data("stray"), MessageStart.of(null), data("a"), StreamEnd.normal());
    assertEquals("MS SE", r.outputShape());
  }
}
