package io.pipy.api;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.UnpooledByteBufAllocator;
import io.netty.buffer.UnpooledHeapByteBuf;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of bytes held as a chain of Netty {@link ByteBuf} chunks: the {@code Data} event, and
 * the {@code Data} class scripts see.
 *
 * <h2>Ownership</h2>
 * <ul>
 *   <li>A {@code Data} holds exactly one reference to each of its chunks. Whoever holds the
 *       {@code Data} owns those references.</li>
 *   <li>Passing a {@code Data} to {@link Filter#output(Event)} or {@link EventTarget#input(Event)}
 *       hands it on: the receiver now owns it and may read, split or change it. A receiver that
 *       neither passes it on nor keeps it must call {@link #release()}.</li>
 *   <li>To keep bytes and also pass them on, pass on {@link #retainedDuplicate()}: it shares the
 *       bytes (each chunk retained once more) but has its own reading position.</li>
 *   <li>{@link #push(ByteBuf)} takes over the caller's reference to the chunk;
 *       {@link #push(Data)} moves every chunk of the other {@code Data}, leaving it empty.</li>
 * </ul>
 *
 * <h2>Data that scripts hold</h2>
 * Scripts never release anything: a body they keep in a variable lives as long as the
 * variable. So a {@code Data} that becomes a script value must not pin pooled memory. The rule:
 * a {@code Data} handed to a script is made with {@link #forScript()}, which returns a
 * {@code Data} whose chunks are <em>garbage-collected heap memory</em> (copying pooled or direct
 * chunks once; sharing chunks that are already on the GC heap). Such chunks come from an
 * allocator without leak tracking, so dropping them is safe. Code that outputs a {@code Data}
 * taken from a script value outputs {@link #retainedDuplicate()}, never the script's own
 * object, because the receiver may change what it receives.
 */
public final class Data implements Event {

  /** Heap chunks reclaimed by the garbage collector; never leak-tracked. */
  private static final ByteBufAllocator GC_HEAP = new UnpooledByteBufAllocator(false, true);

  private static final ByteBuf[] NO_CHUNKS = new ByteBuf[0];

  private ByteBuf[] chunks = NO_CHUNKS;
  private int first;
  private int count;
  private int size;

  /** An empty {@code Data}. */
  public Data() {
  }

  /** A {@code Data} taking over the caller's reference to {@code chunk}. */
  public static Data of(ByteBuf chunk) {
    Data d = new Data();
    d.push(chunk);
    return d;
  }

  /** A GC-heap {@code Data} holding {@code bytes} without copying them; the array must not change. */
  public static Data wrap(byte[] bytes) {
    Data d = new Data();
    if (bytes.length > 0) d.appendChunk(gcWrap(bytes, 0, bytes.length));
    return d;
  }

  /** A GC-heap {@code Data} holding a copy of {@code bytes[offset, offset+length)}. */
  public static Data copyOf(byte[] bytes, int offset, int length) {
    return wrap(Arrays.copyOfRange(bytes, offset, offset + length));
  }

  /** A GC-heap {@code Data} holding the UTF-8 encoding of {@code text}. */
  public static Data fromString(String text) {
    return wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  /** A GC-heap {@code Data} holding the encoding of {@code text} in {@code charset}. */
  public static Data fromString(String text, Charset charset) {
    return wrap(text.getBytes(charset));
  }

  private static ByteBuf gcWrap(byte[] bytes, int offset, int length) {
    ByteBuf buf = new GcHeapByteBuf(bytes);
    return offset == 0 && length == bytes.length ? buf : buf.slice(offset, length);
  }

  /** Heap memory the garbage collector reclaims; its allocator marks it as such. */
  private static final class GcHeapByteBuf extends UnpooledHeapByteBuf {
    GcHeapByteBuf(byte[] bytes) {
      super(GC_HEAP, bytes, bytes.length);
    }
  }

  /** Whether {@code chunk} is garbage-collected heap memory that needs no release. */
  public static boolean isGcHeap(ByteBuf chunk) {
    return chunk.alloc() == GC_HEAP;
  }

  /** The number of bytes. */
  public int size() {
    return size;
  }

  /** Whether there are no bytes. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** The number of chunks. */
  public int chunkCount() {
    return count;
  }

  /**
   * The chunk at {@code index}, still owned by this {@code Data}: read it without changing its
   * indexes, or use {@code duplicate()} on it.
   */
  public ByteBuf chunk(int index) {
    if (index < 0 || index >= count) throw new IndexOutOfBoundsException(index);
    return chunks[first + index];
  }

  /** Appends {@code chunk}, taking over the caller's reference to it. */
  public Data push(ByteBuf chunk) {
    if (!chunk.isReadable()) {
      chunk.release();
      return this;
    }
    appendChunk(chunk);
    return this;
  }

  /** Moves every chunk of {@code other} to the end of this {@code Data}; {@code other} is left empty. */
  public Data push(Data other) {
    if (other == this) throw new IllegalArgumentException("cannot push a Data onto itself");
    for (int i = 0; i < other.count; i++) {
      appendChunk(other.chunks[other.first + i]);
      other.chunks[other.first + i] = null;
    }
    other.first = 0;
    other.count = 0;
    other.size = 0;
    return this;
  }

  /** Appends the UTF-8 encoding of {@code text}. */
  public Data push(String text) {
    if (!text.isEmpty()) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      appendChunk(gcWrap(bytes, 0, bytes.length));
    }
    return this;
  }

  /** Appends a copy of {@code bytes}. */
  public Data push(byte[] bytes) {
    if (bytes.length > 0) appendChunk(gcWrap(bytes.clone(), 0, bytes.length));
    return this;
  }

  private void appendChunk(ByteBuf chunk) {
    int end = first + count;
    if (end == chunks.length) {
      if (first > 0 && count < chunks.length / 2) {
        System.arraycopy(chunks, first, chunks, 0, count);
        Arrays.fill(chunks, count, end, null);
        first = 0;
      } else {
        chunks = Arrays.copyOf(chunks, Math.max(4, chunks.length * 2));
      }
      end = first + count;
    }
    chunks[end] = chunk;
    count++;
    size += chunk.readableBytes();
  }

  /**
   * Removes the first {@code n} bytes (all of them if fewer) and returns them as a new
   * {@code Data}. Chunks are split by retained slices, never copied.
   */
  public Data shift(int n) {
    Data out = new Data();
    if (n <= 0) return out;
    if (n >= size) {
      out.push(this);
      return out;
    }
    while (n > 0) {
      ByteBuf head = chunks[first];
      int len = head.readableBytes();
      if (len <= n) {
        out.appendChunk(head);
        removeFirstChunk();
        n -= len;
      } else {
        out.appendChunk(head.readRetainedSlice(n));
        size -= n;
        n = 0;
      }
    }
    return out;
  }

  /** Drops the first {@code n} bytes (all of them if fewer). */
  public void skip(int n) {
    while (n > 0 && count > 0) {
      ByteBuf head = chunks[first];
      int len = head.readableBytes();
      if (len <= n) {
        removeFirstChunk();
        head.release();
        n -= len;
      } else {
        head.skipBytes(n);
        size -= n;
        n = 0;
      }
    }
  }

  private void removeFirstChunk() {
    ByteBuf head = chunks[first];
    chunks[first] = null;
    first++;
    count--;
    size -= head.readableBytes();
    if (count == 0) first = 0;
  }

  /** The byte at {@code index} (0 &le; index &lt; size), without changing anything. */
  public int byteAt(int index) {
    if (index < 0 || index >= size) throw new IndexOutOfBoundsException(index);
    for (int i = 0; i < count; i++) {
      ByteBuf c = chunks[first + i];
      int len = c.readableBytes();
      if (index < len) return c.getUnsignedByte(c.readerIndex() + index);
      index -= len;
    }
    throw new IllegalStateException("size out of step with chunks");
  }

  /**
   * Hands every chunk, in order, to {@code sink}, which takes over this {@code Data}'s reference
   * to it; this {@code Data} is left empty. The cheap way to write a {@code Data} to a channel.
   */
  public void drainTo(java.util.function.Consumer<ByteBuf> sink) {
    int n = count;
    int f = first;
    ByteBuf[] c = chunks;
    first = 0;
    count = 0;
    size = 0;
    for (int i = 0; i < n; i++) {
      ByteBuf b = c[f + i];
      c[f + i] = null;
      sink.accept(b);
    }
  }

  /** Releases every chunk; this {@code Data} is left empty and may be reused. */
  public void release() {
    for (int i = 0; i < count; i++) {
      chunks[first + i].release();
      chunks[first + i] = null;
    }
    first = 0;
    count = 0;
    size = 0;
  }

  /** A new {@code Data} sharing these bytes (each chunk retained), with its own reading position. */
  public Data retainedDuplicate() {
    Data d = new Data();
    if (count > 0) {
      d.chunks = new ByteBuf[Math.max(4, count)];
      for (int i = 0; i < count; i++) d.chunks[i] = chunks[first + i].retainedDuplicate();
      d.count = count;
      d.size = size;
    }
    return d;
  }

  /**
   * A {@code Data} safe to hand to a script: same bytes, all chunks on the GC heap. Shares the
   * chunks when they already are (no copy), copies the bytes once otherwise. This {@code Data}
   * is not changed and still owns its chunks.
   */
  public Data forScript() {
    if (isAllGcHeap()) return retainedDuplicate();
    return wrap(toBytes());
  }

  /** Whether every chunk is GC-heap memory (so scripts may hold this {@code Data} as is). */
  public boolean isAllGcHeap() {
    for (int i = 0; i < count; i++) {
      if (!isGcHeap(chunks[first + i])) return false;
    }
    return true;
  }

  /** A copy of all bytes; nothing is changed. */
  public byte[] toBytes() {
    byte[] out = new byte[size];
    int p = 0;
    for (int i = 0; i < count; i++) {
      ByteBuf c = chunks[first + i];
      int len = c.readableBytes();
      c.getBytes(c.readerIndex(), out, p, len);
      p += len;
    }
    return out;
  }

  /** The bytes decoded as UTF-8; nothing is changed. */
  @Override
  public String toString() {
    return toString(StandardCharsets.UTF_8);
  }

  /** The bytes decoded in {@code charset}; nothing is changed. */
  public String toString(Charset charset) {
    if (count == 1) {
      ByteBuf c = chunks[first];
      return c.toString(c.readerIndex(), c.readableBytes(), charset);
    }
    return new String(toBytes(), charset);
  }
}
