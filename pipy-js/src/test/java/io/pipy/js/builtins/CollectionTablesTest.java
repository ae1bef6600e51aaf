package io.pipy.js.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pipy.js.runtime.JsObject;
import io.pipy.js.runtime.OrderedTable;
import io.pipy.js.runtime.WeakIdentityTable;
import org.junit.jupiter.api.Test;

/** The tables behind Map/Set and WeakMap/WeakSet. */
class CollectionTablesTest {

  @Test
  void weakTableDropsUnreachableKeys() throws InterruptedException {
    WeakIdentityTable t = new WeakIdentityTable();
    Object kept = new Object();
    t.put(kept, "kept");
    for (int i = 0; i < 1000; i++) t.put(new Object(), new byte[1024]);
    for (int i = 0; i < 50 && t.size() > 1; i++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(1, t.size());
    assertEquals("kept", t.get(kept));
  }

  @Test
  void weakTableComparesByIdentityAndStoresNull() {
    WeakIdentityTable t = new WeakIdentityTable();
    String a = new String("k");
    String b = new String("k");
    t.put(a, null);
    assertTrue(t.has(a));
    assertNull(t.get(a));
    assertSame(JsObject.NOT_FOUND, t.get(b));
    assertTrue(t.remove(a));
    assertEquals(0, t.size());
  }

  @Test
  void hostObjectKeysCompareByIdentity() {
    OrderedTable t = new OrderedTable();
    java.util.List<Integer> a = new java.util.ArrayList<>();
    java.util.List<Integer> b = new java.util.ArrayList<>();
    t.put(a, 1);
    t.put(b, 2);
    assertEquals(2, t.size());
    assertEquals(1, t.get(a));
  }

  @Test
  void cursorSurvivesChainsOfDeletions() {
    OrderedTable t = new OrderedTable();
    for (int i = 0; i < 10; i++) t.put(i, i);
    OrderedTable.Cursor c = t.cursor();
    assertEquals(0, c.next().key());
    assertEquals(1, c.next().key());
    for (int i = 0; i < 8; i++) t.remove(i);
    t.put(20, 20);
    assertEquals(8, c.next().key());
    assertEquals(9, c.next().key());
    assertEquals(20, c.next().key());
    assertNull(c.next());
    t.put(30, 30);
    assertNull(c.next());
  }
}
