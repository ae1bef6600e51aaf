package io.pipy.http;

import static io.pipy.http.TestSupport.bytes;
import static io.pipy.http.TestSupport.config;
import static io.pipy.http.TestSupport.data;
import static io.pipy.http.TestSupport.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
@ExtendWith(LeakWatch.class)
class DecodeMultipartTest {

  static final String FORM = "preamble\r\n--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nContent-Type: text/plain\r\n\r\n"
      + "value a\r\n--XyZ\r\ncontent-disposition: form-data; name=\"b\"\r\n\r\nline1\r\nline2\r\n--XyZ--\r\nepilogue";

  static final String FORM_PARTS = "{content-disposition=form-data; name=\"a\", content-type=text/plain}[value a]"
      + "{content-disposition=form-data; name=\"b\"}[line1\r\nline2]";

  private PipelineTester t;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private Run run() {
    DecodeMultipart f = DecodeMultipart.create(config(t));
    f.configure("decodeMultipart", new SourceLocation("test.js", 1, 1, ""));
    return t.run(f);
  }

  private static MessageStart multipart(String contentType) {
    return MessageStart.of(obj("headers", obj("content-type", contentType)));
  }

  /** Parts as {@code {headers}[body]}, then the stream end if any. */
  private static String parts(Run r) {
    StringBuilder sb = new StringBuilder();
    ByteArrayOutputStream body = null;
    for (PipelineTester.Recorded rec : r.output()) {
      if (rec instanceof RecordedData d) {
        if (body == null) sb.append("<data outside a part>"); else body.writeBytes(d.bytes());
      } else if (((RecordedEvent) rec).event() instanceof MessageStart ms) {
        sb.append(((ScriptObject) ms.head()).get("headers"));
        body = new ByteArrayOutputStream();
      } else if (((RecordedEvent) rec).event() instanceof MessageEnd) {
        sb.append('[').append(body.toString(StandardCharsets.UTF_8)).append(']');
        body = null;
      } else if (((RecordedEvent) rec).event() instanceof StreamEnd se) {
        if (body != null) sb.append("[open:").append(body.toString(StandardCharsets.UTF_8)).append(']');
        sb.append(se);
      }
    }
    return sb.toString();
  }

  @Test
  void formDataIsSplitIntoParts() {
    Run r = run();
    r.input(multipart("multipart/form-data; boundary=XyZ"), data(FORM), MessageEnd.plain());
    assertEquals(FORM_PARTS, parts(r));
    assertEquals("MS D(7) ME MS D(12) ME", r.outputShape());
  }

  @Test
  void boundariesSplitAcrossDataAtEveryByte() {
    byte[] wire = FORM.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= wire.length; cut++) {
      Run r = run();
      r.input(multipart("multipart/form-data; boundary=XyZ"), bytes(Arrays.copyOfRange(wire, 0, cut)),
          bytes(Arrays.copyOfRange(wire, cut, wire.length)), MessageEnd.plain());
      assertEquals(FORM_PARTS, parts(r), "cut at " + cut);
    }
    for (int a = 1; a < wire.length; a += 5) {
      for (int b = a + 1; b < wire.length; b += 3) {
        Run r = run();
        r.input(multipart("multipart/form-data; boundary=XyZ"), bytes(Arrays.copyOfRange(wire, 0, a)),
            bytes(Arrays.copyOfRange(wire, a, b)), bytes(Arrays.copyOfRange(wire, b, wire.length)), MessageEnd.plain());
        assertEquals(FORM_PARTS, parts(r), "cuts at " + a + ", " + b);
      }
    }
    Run r = run();
    r.input(multipart("multipart/form-data; boundary=XyZ"));
    for (byte x : wire) r.input(bytes(new byte[] {x}));
    r.input(MessageEnd.plain());
    assertEquals(FORM_PARTS, parts(r));
  }

  @Test
  void noPreambleAndNoEpilogue() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\r\nA: 1\r\n\r\nx\r\n--B--"), MessageEnd.plain());
    assertEquals("{a=1}[x]", parts(r));
  }

  @Test
  void preambleThatLooksLikeHeadersIsDropped() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("\r\nX: not a part\r\n\r\nstill preamble\r\n--B\r\nA: 1\r\n\r\nx\r\n--B--\r\n--B\r\nA: 2\r\n\r\nafter the end\r\n"),
        MessageEnd.plain());
    assertEquals("{a=1}[x]", parts(r));
  }

  @Test
  void quotedBoundaryAndOtherParameters() {
    assertEquals("a b;c", DecodeMultipart.boundary("multipart/form-data; boundary=\"a b;c\"; charset=utf-8"));
    assertEquals("XyZ", DecodeMultipart.boundary("Multipart/Form-Data; charset=utf-8; BOUNDARY=XyZ"));
    assertEquals("----WebKitFormBoundary7MA4YWxkTrZu0gW",
        DecodeMultipart.boundary("multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW"));
    assertEquals("q\"x", DecodeMultipart.boundary("multipart/mixed; boundary=\"q\\\"x\""));
    assertNull(DecodeMultipart.boundary("text/plain; boundary=x"));
    assertNull(DecodeMultipart.boundary("multipart/mixed"));
    assertNull(DecodeMultipart.boundary("multipart/mixed; boundary="));
    assertNull(DecodeMultipart.boundary("multipart/mixed; boundary=" + "x".repeat(71)));
    assertNull(DecodeMultipart.boundary(42));
    Run r = run();
    r.input(multipart("multipart/form-data; boundary=\"a b\"; x=y"), data("--a b\r\n\r\nq\r\n--a b--"), MessageEnd.plain());
    assertEquals("{}[q]", parts(r));
  }

  @Test
  void otherMessagesPassThroughWhole() {
    Run r = run();
    MessageStart plain = MessageStart.of(obj("headers", obj("content-type", "text/plain")));
    r.input(plain, data("plain"), MessageEnd.plain(), MessageStart.of(null), data("x"), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("MS D(5) ME MS D(1) ME SE", r.outputShape());
    assertSame(plain, ((RecordedEvent) r.output().get(0)).event());
  }

  @Test
  void nestedMultipartIsFlattened() {
    String nested = "--OUT\r\nContent-Type: multipart/mixed; boundary=IN\r\n\r\n--IN\r\nX: 1\r\n\r\ninner1\r\n--IN\r\nX: 2\r\n\r\n"
        + "inner2\r\n--IN--\r\n\r\n--OUT\r\nY: 3\r\n\r\nouter2\r\n--OUT--";
    byte[] wire = nested.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= wire.length; cut++) {
      Run r = run();
      r.input(multipart("multipart/mixed; boundary=OUT"), bytes(Arrays.copyOfRange(wire, 0, cut)),
          bytes(Arrays.copyOfRange(wire, cut, wire.length)), MessageEnd.plain());
      assertEquals("{x=1}[inner1]{x=2}[inner2]{y=3}[outer2]", parts(r), "cut at " + cut);
    }
  }

  @Test
  void repeatedHeadersBecomeAnArray() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\r\nA: 1\r\nA:2\r\nA:  3 \r\nno colon line\r\n\r\nx\r\n--B--"),
        MessageEnd.plain());
    assertEquals("{a=[1, 2, 3]}[x]", parts(r));
  }

  @Test
  void delimiterLookalikesStayInTheContent() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"),
        data("--B\r\n\r\nx --B y\r\n--Bz\r\n-"), data("-B"), data("-"), data("x\r\n--"), data("C\r\n--B--"), MessageEnd.plain());
    assertEquals("{}[x --B y\r\n--Bz\r\n--B-x\r\n--C]", parts(r));
  }

  @Test
  void emptyPartsAndPadding() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B \t\r\nA: 1\r\n\r\n\r\n--B\r\n\r\n\r\n--B--"), MessageEnd.plain());
    assertEquals("{a=1}[]{}[]", parts(r));
    assertEquals("MS ME MS ME", r.outputShape());
  }

  @Test
  void bareLineFeedsAreAccepted() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\nA: 1\n\nbody\r\n--B--"), MessageEnd.plain());
    assertEquals("{a=1}[body]", parts(r));
  }

  @Test
  void aMessageEndingInsideAPartEndsThePart() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\r\n\r\nunterminated\r\n--"), MessageEnd.plain());
    assertEquals("{}[unterminated\r\n--]", parts(r));
    Run r2 = run();
    r2.input(multipart("multipart/mixed; boundary=B"), data("--B\r\n\r\ncut"), StreamEnd.of(StreamEnd.Error.CONNECTION_RESET));
    assertEquals("{}[cut]StreamEnd(ConnectionReset)", parts(r2));
    Run r3 = run();
    r3.input(multipart("multipart/mixed; boundary=B"), data("--B\r\nA: 1\r\n"), MessageEnd.plain());
    assertEquals("", parts(r3));
  }

  @Test
  void manyMultipartMessagesOnOneStream() {
    Run r = run();
    for (int i = 0; i < 3; i++) {
      r.input(multipart("multipart/mixed; boundary=B" + i), data("--B" + i + "\r\nN: " + i + "\r\n\r\nbody" + i + "\r\n--B" + i + "--"),
          MessageEnd.plain());
    }
    assertEquals("{n=0}[body0]{n=1}[body1]{n=2}[body2]", parts(r));
  }

  @Test
  void anOversizedPartHeaderEndsTheStream() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\r\nA: " + "x".repeat(DecodeMultipart.MAX_HEADER_SIZE)));
    assertEquals("SE(ProtocolError)", r.outputShape());
    r.input(data("more"), MessageEnd.plain(), StreamEnd.normal());
    assertEquals("SE(ProtocolError)", r.outputShape());
    Run ok = run();
    ok.input(multipart("multipart/mixed; boundary=B"), data("--B\r\nA: " + "x".repeat(8000) + "\r\nB: " + "y".repeat(8000) + "\r\n\r\nz\r\n--B--"),
        MessageEnd.plain());
    assertEquals("MS D(1) ME", ok.outputShape());
  }

  @Test
  void largeBodiesStream() {
    Run r = run();
    r.input(multipart("multipart/mixed; boundary=B"), data("--B\r\n\r\n"));
    byte[] chunk = new byte[8192];
    Arrays.fill(chunk, (byte) 'q');
    for (int i = 0; i < 100; i++) r.input(bytes(chunk));
    String shape = r.outputShape();
    assertEquals(101, shape.split(" ").length, "content streams out as it comes");
    r.input(data("\r\n--B--"), MessageEnd.plain());
    long total = 0;
    for (PipelineTester.Recorded rec : r.output()) if (rec instanceof RecordedData d) total += d.bytes().length;
    assertEquals(819200, total);
  }
}
