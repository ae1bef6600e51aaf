package io.pipy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.PooledByteBufAllocator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class DataTest {

  private static ByteBuf pooled(String s) {
    ByteBuf b = PooledByteBufAllocator.DEFAULT.directBuffer();
    b.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    return b;
  }

  @Test
  void pushAndShiftAcrossChunksWithoutCopying() {
    Data d = new Data();
    ByteBuf first = pooled("hello ");
    d.push(first).push(pooled("world"));
    assertEquals(11, d.size());
    assertEquals(2, d.chunkCount());
    Data head = d.shift(8);
    assertEquals("hello wo", head.toString());
    assertEquals("rld", d.toString());
    assertEquals(2, head.chunkCount(), "the second chunk was split by a slice, not copied");
    assertEquals(1, first.refCnt());
    head.release();
    d.release();
    assertEquals(0, first.refCnt());
    assertTrue(d.isEmpty());
  }

  @Test
  void pushMovesChunksAndEmptyChunksAreDropped() {
    Data a = Data.of(pooled("ab"));
    Data b = Data.of(pooled("cd"));
    ByteBuf empty = PooledByteBufAllocator.DEFAULT.directBuffer();
    a.push(b).push(empty);
    assertEquals(0, empty.refCnt(), "an empty chunk is released, not kept");
    assertTrue(b.isEmpty());
    assertEquals("abcd", a.toString());
    assertThrows(IllegalArgumentException.class, () -> a.push(a));
    a.release();
  }

  @Test
  void skipAndByteAtAndShiftBeyondTheEnd() {
    Data d = Data.of(pooled("abc")).push(pooled("def"));
    d.skip(4);
    assertEquals('e', d.byteAt(0));
    assertThrows(IndexOutOfBoundsException.class, () -> d.byteAt(2));
    Data all = d.shift(100);
    assertEquals("ef", all.toString());
    assertTrue(d.isEmpty());
    all.release();
  }

  @Test
  void retainedDuplicateSharesBytesButNotPositions() {
    Data d = Data.of(pooled("abcdef"));
    Data dup = d.retainedDuplicate();
    dup.skip(3);
    assertEquals("abcdef", d.toString());
    assertEquals("def", dup.toString());
    d.release();
    assertEquals("def", dup.toString(), "the duplicate still holds its reference");
    dup.release();
  }

  @Test
  void forScriptCopiesPooledMemoryOnceAndSharesHeapMemory() {
    Data pooledData = Data.of(pooled("xyz"));
    Data forScript = pooledData.forScript();
    assertTrue(forScript.isAllGcHeap());
    assertFalse(pooledData.isAllGcHeap());
    pooledData.release();
    assertEquals("xyz", forScript.toString(), "the script's copy outlives the pooled original");

    Data heap = Data.fromString("keep");
    Data again = heap.forScript();
    assertNotSame(heap, again);
    assertSame(heap.chunk(0).array(), again.chunk(0).array(), "GC-heap chunks are shared, not copied");
  }

  @Test
  void drainToHandsOverEveryChunkInOrder() {
    Data d = Data.of(pooled("1")).push(pooled("2")).push(pooled("3"));
    List<ByteBuf> got = new ArrayList<>();
    d.drainTo(got::add);
    assertTrue(d.isEmpty());
    StringBuilder sb = new StringBuilder();
    for (ByteBuf b : got) {
      sb.append(b.toString(StandardCharsets.UTF_8));
      assertEquals(1, b.refCnt());
      b.release();
    }
    assertEquals("123", sb.toString());
  }

  @Test
  void messageWritesADuplicateOfItsBodyEachTime() {
    Message m = new Message(null, Data.fromString("hi"), null);
    List<Event> out = new ArrayList<>();
    m.writeTo(out::add);
    m.writeTo(out::add);
    assertEquals(6, out.size());
    Data first = (Data) out.get(1);
    first.skip(2);
    assertEquals("hi", ((Data) out.get(4)).toString(), "changing one sent body does not change the next");
    assertEquals("hi", m.body().toString());
  }

  @Test
  void streamEndsCarryPipyNames() {
    assertEquals("ConnectionRefused", StreamEnd.of(StreamEnd.Error.CONNECTION_REFUSED).error().scriptName());
    assertSame(StreamEnd.Error.READ_TIMEOUT, StreamEnd.Error.fromScriptName("ReadTimeout"));
    assertFalse(StreamEnd.normal().hasError());
    assertEquals(StreamEnd.Error.RUNTIME_ERROR, StreamEnd.thrown("x").error());
  }
}
