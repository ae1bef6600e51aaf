package io.pipy.brotli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class BrotliPiecesTest {

  private static final byte[] TEXT = Streams.resource("text.txt");
  private static final byte[] TEXT_BR = Streams.resource("text.q5.br");

  @Test
  void fullPiecesAreHandedOverAndTheRestLentAtFlush() throws DataFormatException {
    BrotliPieces pieces = new BrotliPieces(24, 1000);
    List<byte[]> full = new ArrayList<>();
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    BrotliPieces.Sink sink = (bytes, length) -> {
      if (length == bytes.length) full.add(bytes);
      all.write(bytes, 0, length);
    };
    // Fed in 37-byte slices: each full piece comes out as soon as it fills, whatever the input split.
    for (int off = 0; off < TEXT_BR.length; off += 37) {
      pieces.feed(ByteBuffer.wrap(TEXT_BR, off, Math.min(37, TEXT_BR.length - off)), sink);
    }
    pieces.flush(sink);
    assertTrue(pieces.streamEnded());
    assertArrayEquals(TEXT, all.toByteArray());
    assertEquals(TEXT.length / 1000, full.size());
    for (byte[] b : full) assertEquals(1000, b.length);
    assertEquals(full.size(), full.stream().map(System::identityHashCode).distinct().count(), "each full piece is a fresh array");
  }

  @Test
  void closingFromTheSinkStopsDecoding() throws DataFormatException {
    BrotliPieces pieces = new BrotliPieces(24, 100);
    int[] calls = {0};
    pieces.feed(ByteBuffer.wrap(TEXT_BR), (bytes, length) -> {
      calls[0]++;
      pieces.close();
    });
    pieces.flush((bytes, length) -> calls[0]++);
    assertEquals(1, calls[0]);
  }

  @Test
  void corruptInputFailsWithTheDecodersMessage() {
    byte[] bad = Arrays.copyOf(TEXT_BR, TEXT_BR.length);
    for (int i = 10; i < bad.length; i += 7) bad[i] ^= 0x5a;
    BrotliPieces pieces = new BrotliPieces(24, 64);
    DataFormatException e = assertThrows(DataFormatException.class, () -> pieces.feed(ByteBuffer.wrap(bad), (b, n) -> { }));
    assertTrue(e.getMessage().startsWith("brotli:"), e.getMessage());
  }

  @Test
  void aPieceSizeMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new BrotliPieces(24, 0));
  }
}
