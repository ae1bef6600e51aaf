package io.pipy.engine.filters;

import io.netty.buffer.ByteBuf;
import io.pipy.api.Data;
import io.pipy.api.Event;
import io.pipy.api.Filter;
import io.pipy.api.FilterConfig;
import io.pipy.api.MessageEnd;
import io.pipy.api.MessageStart;
import io.pipy.api.StreamEnd;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Values;
import java.nio.charset.StandardCharsets;

/**
 * {@code split(separator)}: cuts the byte stream at every occurrence of {@code separator} (a
 * string, a {@code Data}, or a function returning one, evaluated per stream when the first
 * {@code Data} arrives) and outputs each piece, separator removed, as a message
 * ({@code MessageStart}, its bytes, {@code MessageEnd}). Bytes go out as soon as they cannot
 * be part of a separator. A {@code MessageEnd} or {@code StreamEnd} in the input ends the
 * current piece (so the input ending just after a separator gives a last, empty message) and
 * restarts splitting. Input message boundaries are otherwise dropped, as in Pipy.
 *
 * <p>Differences from Pipy 1.5: empty {@code Data} events between {@code MessageStart} and
 * {@code MessageEnd} of an empty piece are not output, and a {@code StreamEnd} arriving before
 * any {@code Data} is passed on (Pipy drops it).
 */
final class Split extends Filter {

  static final int MAX_SEPARATOR = 1024;

  private final Object separator;
  private final Kmp constant;

  private Kmp kmp;
  private Data pending;
  private int matched;
  private boolean active;
  private boolean started;
  private boolean failed;

  private Split(Object separator, Kmp constant) {
    this.separator = separator;
    this.constant = constant;
  }

  private Split(Split proto) {
    super(proto);
    this.separator = proto.separator;
    this.constant = proto.constant;
  }

  static Split create(FilterConfig config) {
    Object sep = config.arg(0);
    if (sep instanceof ScriptFunction) return new Split(sep, null);
    if (Args.absent(sep)) throw ScriptError.typeError("split: separator expects a string, a Data or a function");
    return new Split(sep, Kmp.of(bytesOf(sep)));
  }

  private static byte[] bytesOf(Object v) {
    byte[] b;
    if (v instanceof Data d) b = d.toBytes();
    else if (v instanceof CharSequence s) b = s.toString().getBytes(StandardCharsets.UTF_8);
    else b = String.valueOf(v instanceof Number n ? Values.number(n.doubleValue()) : v).getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_SEPARATOR) throw new ScriptError("split: separator over 1KB is not supported");
    if (b.length == 0) throw new ScriptError("split: separator is empty");
    return b;
  }

  @Override
  protected Filter duplicate() {
    return new Split(this);
  }

  @Override
  protected void process(Event event) {
    if (failed) {
      Events.drop(event);
      return;
    }
    if (event instanceof Data d) {
      if (!active) {
        if (constant != null) {
          kmp = constant;
        } else {
          try {
            kmp = Kmp.of(bytesOf(((ScriptFunction) separator).call(context())));
          } catch (RuntimeException e) {
            failed = true;
            d.release();
            failStream(e);
            return;
          }
        }
        active = true;
        matched = 0;
        pending = new Data();
      }
      feed(d);
    } else if (event instanceof MessageEnd || event instanceof StreamEnd) {
      if (active) end();
      if (event instanceof StreamEnd) output(event);
    }
  }

  private void feed(Data d) {
    byte[] w = kmp.pattern;
    int[] lps = kmp.lps;
    int n = w.length;
    int j = matched;
    while (!d.isEmpty()) {
      int found = -1;
      int index = 0;
      scan:
      for (int c = 0, cn = d.chunkCount(); c < cn; c++) {
        ByteBuf chunk = d.chunk(c);
        for (int i = chunk.readerIndex(), e = chunk.writerIndex(); i < e; i++, index++) {
          byte b = chunk.getByte(i);
          while (j >= 0 && b != w[j]) j = lps[j];
          if (++j == n) {
            found = index;
            break scan;
          }
        }
      }
      if (found < 0) {
        pending.push(d);
        break;
      }
      pending.push(d.shift(found + 1));
      Data piece = pending.shift(pending.size() - n);
      pending.release();
      emit(piece);
      finishPiece();
      j = 0;
    }
    d.release();
    matched = j;
    if (pending.size() > j) emit(pending.shift(pending.size() - j));
  }

  private void emit(Data bytes) {
    if (!started) {
      started = true;
      output(MessageStart.of(null));
    }
    if (bytes.isEmpty()) {
      bytes.release();
    } else {
      output(bytes);
    }
  }

  private void finishPiece() {
    if (!started) output(MessageStart.of(null));
    started = false;
    output(MessageEnd.plain());
  }

  private void end() {
    Data rest = pending;
    pending = null;
    if (!rest.isEmpty()) emit(rest);
    else rest.release();
    finishPiece();
    active = false;
    matched = 0;
  }

  @Override
  protected void reset() {
    if (pending != null) {
      pending.release();
      pending = null;
    }
    kmp = null;
    active = false;
    started = false;
    failed = false;
    matched = 0;
  }

  /** A separator with its Knuth-Morris-Pratt table of longest proper prefix-suffixes. */
  static final class Kmp {
    final byte[] pattern;
    final int[] lps;

    private Kmp(byte[] pattern) {
      this.pattern = pattern;
      int n = pattern.length;
      this.lps = new int[n + 1];
      int i = 0;
      int j = -1;
      lps[0] = -1;
      while (i < n) {
        while (j >= 0 && pattern[i] != pattern[j]) j = lps[j];
        i++;
        j++;
        lps[i] = j;
      }
    }

    static Kmp of(byte[] pattern) {
      return new Kmp(pattern);
    }
  }
}
