package io.pipy.http;

import io.netty.util.AsciiString;
import io.pipy.api.script.ObjectTemplate;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.ScriptRuntime;
import java.util.Arrays;

/**
 * The field lists of HTTP/2 heads being decoded on one worker, and templates of the
 * {@code headers} objects they became, by their list of field names: a list whose names were seen
 * before becomes an object made in one step from its template, instead of one property definition
 * (and one shape transition) per field, which was about a tenth of pipy's profile of HTTP/2 hello.
 *
 * <p>A head is gathered first ({@link #start}, {@link #add}); then {@link #make} finds a template
 * for its names, or the caller builds the object field by field and offers it to
 * {@link #remember}, which keeps a template only if the object holds exactly the gathered fields,
 * in order, as plain strings (a repeated name makes a cookie array or overwrites, and such lists
 * are built the slow way each time). Templates belong to one script runtime; another runtime
 * starts the cache over. The last {@value #SIZE} lists are kept, replaced in turn.
 */
final class H2FieldShapes {

  private static final int SIZE = 16;

  private ScriptRuntime runtime;
  private final int[] hashes = new int[SIZE];
  private final String[][] keys = new String[SIZE][];
  private final ObjectTemplate[] templates = new ObjectTemplate[SIZE];
  private int next;

  private CharSequence[] names = new CharSequence[16];
  private String[] values = new String[16];
  private int count;
  private int hash;

  /** Starts gathering a head's fields, for objects of {@code rt}. */
  void start(ScriptRuntime rt) {
    if (rt != runtime) {
      runtime = rt;
      Arrays.fill(keys, null);
      Arrays.fill(templates, null);
      next = 0;
    }
    count = 0;
    hash = 1;
  }

  /** Gathers a field. */
  void add(CharSequence name, String value) {
    if (count == names.length) {
      names = Arrays.copyOf(names, count * 2);
      values = Arrays.copyOf(values, count * 2);
    }
    names[count] = name;
    values[count++] = value;
    hash = 31 * hash + AsciiString.hashCode(name);
  }

  /** Whether a gathered field is named {@code name}. */
  boolean has(String name) {
    for (int i = 0; i < count; i++) {
      if (AsciiString.contentEquals(names[i], name)) return true;
    }
    return false;
  }

  int count() {
    return count;
  }

  String name(int i) {
    return names[i].toString();
  }

  String value(int i) {
    return values[i];
  }

  /** The headers object of the gathered fields, from the template of their names; null if there is none yet. */
  ScriptObject make() {
    int slot = find();
    if (slot < 0) return null;
    Object[] v = new Object[count];
    System.arraycopy(values, 0, v, 0, count);
    return templates[slot].make(v);
  }

  /** Keeps a template of {@code headers}, built field by field from the gathered fields, if it holds them as they are. */
  void remember(ScriptObject headers) {
    ObjectContents contents = ObjectContents.of(runtime, headers);
    if (contents == null) return;
    Object[] held = contents.values();
    if (held.length != count) return;
    String[] k = new String[count];
    for (int i = 0; i < count; i++) {
      if (held[i] != values[i]) return;
      k[i] = names[i].toString();
    }
    hashes[next] = hash;
    keys[next] = k;
    templates[next] = contents.template();
    next = (next + 1) % SIZE;
  }

  private int find() {
    for (int s = 0; s < SIZE; s++) {
      String[] k = keys[s];
      if (k == null || hashes[s] != hash || k.length != count) continue;
      int i = 0;
      while (i < count && AsciiString.contentEquals(names[i], k[i])) i++;
      if (i == count) return s;
    }
    return -1;
  }
}
