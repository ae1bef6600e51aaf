package io.pipy.http;

import io.netty.buffer.ByteBuf;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.EventTarget;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.Log;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * {@code decodeMultipart()}: splits each message whose {@code content-type} is
 * {@code multipart/*} with a {@code boundary} into one message per part (RFC 2046): the part's
 * header fields become {@code head.headers} (names lower case, a repeated field an array), its
 * content the body. Other messages pass through unchanged. As in Pipy, the multipart message's
 * own head and end are not sent, and a part that is itself multipart is split in turn, its
 * parts sent in its place.
 *
 * <p>The body streams: content goes out as it arrives, held back only by the few bytes that
 * might begin a delimiter, so memory does not grow with the size of parts.
 *
 * <p>Where we differ from Pipy, following the RFC: the line break before a delimiter belongs to
 * the delimiter, not to the part's content (Pipy leaves it at the end of every part); a
 * delimiter counts only at the start of a line; the preamble and epilogue are dropped however
 * they look; the boundary parameter is read as a parameter (quoted or not, ending at
 * {@code ;}); and the {@code MessageEnd} of a message that is not multipart is passed on. A
 * part's header block larger than 16 KiB ends the stream with {@code ProtocolError}. A message
 * that ends inside a part ends that part.
 */
final class DecodeMultipart extends Filter {

  /** The largest header block a part may have. */
  static final int MAX_HEADER_SIZE = 16 * 1024;

  private Multipart current;
  private boolean passing;
  private boolean failed;

  private DecodeMultipart() {
  }

  private DecodeMultipart(DecodeMultipart proto) {
    super(proto);
  }

  /** Makes a prototype; {@code decodeMultipart()} takes no arguments. */
  static DecodeMultipart create(FilterConfig config) {
    return new DecodeMultipart();
  }

  @Override
  protected Filter duplicate() {
    return new DecodeMultipart(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      if (event instanceof Data d) d.release();
      return;
    }
    if (event instanceof MessageStart ms) {
      if (current != null || passing) return;
      String boundary = boundary(Headers.get(Headers.of(ms.head()), "content-type"));
      if (boundary == null) {
        passing = true;
        output(ms);
      } else {
        current = new Multipart(boundary, worker().scripts(), this::output);
      }
    } else if (event instanceof Data d) {
      if (current != null) {
        if (!current.input(d)) fail();
      } else {
        output(d);
      }
    } else if (event instanceof MessageEnd) {
      if (current != null) {
        Multipart m = current;
        current = null;
        m.end();
      } else {
        passing = false;
        output(event);
      }
    } else if (event instanceof StreamEnd) {
      if (current != null) {
        Multipart m = current;
        current = null;
        m.end();
      }
      passing = false;
      output(event);
    }
  }

  private void fail() {
    Log.debug("decodeMultipart: a part's header is larger than " + MAX_HEADER_SIZE + " bytes");
    failed = true;
    current.release();
    current = null;
    output(StreamEnd.of(StreamEnd.Error.PROTOCOL_ERROR));
  }

  @Override
  protected void reset() {
    if (current != null) {
      current.release();
      current = null;
    }
    passing = false;
    failed = false;
  }

  /**
   * The boundary of a {@code multipart/*} content type, or {@code null} when {@code contentType}
   * is not one or has no usable boundary (1 to 70 characters, RFC 2046).
   */
  static String boundary(Object contentType) {
    if (!(contentType instanceof CharSequence cs)) return null;
    String s = cs.toString();
    if (s.length() > 1000) return null;
    int semi = s.indexOf(';');
    String type = (semi < 0 ? s : s.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    if (!type.startsWith("multipart/") || semi < 0) return null;
    int p = semi + 1;
    while (p < s.length()) {
      while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t' || s.charAt(p) == ';')) p++;
      int eq = s.indexOf('=', p);
      if (eq < 0) return null;
      String name = s.substring(p, eq).strip();
      p = eq + 1;
      String value;
      if (p < s.length() && s.charAt(p) == '"') {
        StringBuilder sb = new StringBuilder();
        p++;
        while (p < s.length() && s.charAt(p) != '"') {
          char c = s.charAt(p++);
          if (c == '\\' && p < s.length()) c = s.charAt(p++);
          sb.append(c);
        }
        p++;
        value = sb.toString();
        int next = s.indexOf(';', p);
        p = next < 0 ? s.length() : next;
      } else {
        int next = s.indexOf(';', p);
        int end = next < 0 ? s.length() : next;
        value = s.substring(p, end).strip();
        p = end;
      }
      if (name.equalsIgnoreCase("boundary")) {
        return value.isEmpty() || value.length() > 70 ? null : value;
      }
    }
    return null;
  }

  /** One multipart body being split; nested bodies get their own. */
  static final class Multipart {
    private static final int PREAMBLE = 0;
    private static final int AFTER_DELIMITER = 1;
    private static final int PADDING = 2;
    private static final int HEADERS = 3;
    private static final int BODY = 4;
    private static final int EPILOGUE = 5;

    private final byte[] delimiter;
    private final int[] fail;
    private final ScriptRuntime scripts;
    private final EventTarget out;

    private int state = PREAMBLE;
    /** Bytes not yet consumed: at most a delimiter's length held back, plus new input. */
    private Data buf = new Data();
    private ByteArrayOutputStream header;
    private ScriptObject headers;
    private Multipart child;
    private boolean broken;

    Multipart(String boundary, ScriptRuntime scripts, EventTarget out) {
      this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      this.fail = failureFunction(delimiter);
      this.scripts = scripts;
      this.out = out;
      // The first delimiter may open the body without a line break before it.
      buf.push(new byte[] {'\r', '\n'});
    }

    /** Splits {@code d} (taken over); false if the input is malformed. */
    boolean input(Data d) {
      buf.push(d);
      while (!buf.isEmpty()) {
        switch (state) {
          case PREAMBLE, BODY -> {
            if (!content()) return !broken;
          }
          case AFTER_DELIMITER -> {
            if (buf.size() < 2) return true;
            if (buf.byteAt(0) == '-' && buf.byteAt(1) == '-') {
              buf.skip(2);
              state = EPILOGUE;
            } else {
              state = PADDING;
            }
          }
          case PADDING -> {
            int c = buf.byteAt(0);
            buf.skip(1);
            if (c == '\n') startHeaders();
          }
          case HEADERS -> {
            if (!headerLine()) return !broken;
          }
          case EPILOGUE -> buf.release();
          default -> throw new IllegalStateException("multipart state " + state);
        }
        if (broken) return false;
      }
      return !broken;
    }

    /** The input ended: an open part ends here. */
    void end() {
      if (state == BODY) {
        Data rest = buf;
        buf = new Data();
        emitContent(rest);
        endPart();
      }
      release();
    }

    void release() {
      buf.release();
      if (child != null) {
        child.release();
        child = null;
      }
    }

    /**
     * Looks for the next delimiter: hands on (or drops, in the preamble) the content before it
     * and returns true when found; otherwise hands on all but the bytes that may begin one and
     * returns false. A match counts as a delimiter only when what follows it is {@code --},
     * spaces or tabs, or a line break; telling needs up to two more bytes, which may not be here
     * yet.
     */
    private boolean content() {
      int from = 0;
      while (true) {
        long r = search(from);
        int j = (int) (r >>> 32);
        int found = (int) r;
        if (found < 0) {
          int safe = buf.size() - j;
          if (safe > 0) emitContent(buf.shift(safe));
          return false;
        }
        int after = found + delimiter.length;
        int verdict = follows(after);
        if (verdict < 0) {
          // Not enough bytes to tell: keep the match and what follows for next time.
          if (found > 0) emitContent(buf.shift(found));
          return false;
        }
        if (verdict == 0) {
          from = found + 1;
          continue;
        }
        emitContent(buf.shift(found));
        buf.skip(delimiter.length);
        if (state == BODY) endPart();
        state = AFTER_DELIMITER;
        return true;
      }
    }

    /**
     * Whether the bytes at {@code pos} make a delimiter of the match before them: 1 yes, 0 no,
     * -1 cannot tell yet.
     */
    private int follows(int pos) {
      int n = buf.size();
      if (pos >= n) return -1;
      int c = buf.byteAt(pos);
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return 1;
      if (c != '-') return 0;
      if (pos + 1 >= n) return -1;
      return buf.byteAt(pos + 1) == '-' ? 1 : 0;
    }

    /**
     * The first full match of the delimiter at or after {@code from}: its position in the low
     * half, or -1 and, in the high half, how many bytes at the end may begin one.
     */
    private long search(int from) {
      int j = 0;
      int pos = 0;
      for (int i = 0, n = buf.chunkCount(); i < n; i++) {
        ByteBuf c = buf.chunk(i);
        int k = c.readerIndex();
        int end = c.writerIndex();
        if (pos + (end - k) <= from) {
          pos += end - k;
          continue;
        }
        if (pos < from) {
          k += from - pos;
          pos = from;
        }
        for (; k < end; k++, pos++) {
          byte b = c.getByte(k);
          while (j > 0 && b != delimiter[j]) j = fail[j - 1];
          if (b == delimiter[j]) j++;
          if (j == delimiter.length) return pos + 1 - delimiter.length & 0xffffffffL;
        }
      }
      return (long) j << 32 | 0xffffffffL;
    }

    private void emitContent(Data d) {
      if (state != BODY || d.isEmpty()) {
        d.release();
      } else if (child != null) {
        if (!child.input(d)) broken = true;
      } else {
        out.input(d);
      }
    }

    private void endPart() {
      if (child != null) {
        Multipart c = child;
        child = null;
        c.end();
      } else {
        out.input(MessageEnd.plain());
      }
    }

    private void startHeaders() {
      state = HEADERS;
      header = new ByteArrayOutputStream();
      headers = null;
    }

    /** Reads one header line; false if it is not complete yet (or the block is too large). */
    private boolean headerLine() {
      int n = buf.size();
      int room = MAX_HEADER_SIZE - header.size();
      int lf = -1;
      for (int i = 0; i < n && i < room; i++) {
        if (buf.byteAt(i) == '\n') {
          lf = i;
          break;
        }
      }
      if (lf < 0) {
        if (n >= room) broken = true;
        return false;
      }
      Data line = buf.shift(lf + 1);
      byte[] b = line.toBytes();
      line.release();
      header.writeBytes(b);
      int len = b.length - 1;
      if (len > 0 && b[len - 1] == '\r') len--;
      if (len == 0) {
        bodyStart();
        return true;
      }
      String text = new String(b, 0, len, StandardCharsets.UTF_8);
      int colon = text.indexOf(':');
      if (colon > 0) {
        String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        String value = text.substring(colon + 1).strip();
        if (headers == null) headers = scripts.newObject();
        Object old = headers.get(name);
        if (old instanceof ScriptArray a) {
          a.push(value);
        } else if (old instanceof String s) {
          headers.set(name, scripts.newArray(List.of(s, value)));
        } else {
          headers.set(name, value);
        }
      }
      return true;
    }

    private void bodyStart() {
      header = null;
      state = BODY;
      String nested = headers == null ? null : boundary(headers.get("content-type"));
      if (nested != null) {
        child = new Multipart(nested, scripts, out);
      } else {
        ScriptObject head = scripts.newObject();
        head.set("headers", headers == null ? scripts.newObject() : headers);
        out.input(MessageStart.of(head));
      }
      headers = null;
    }

    private static int[] failureFunction(byte[] p) {
      int[] f = new int[p.length];
      int k = 0;
      for (int i = 1; i < p.length; i++) {
        while (k > 0 && p[i] != p[k]) k = f[k - 1];
        if (p[i] == p[k]) k++;
        f[i] = k;
      }
      return f;
    }
  }
}
