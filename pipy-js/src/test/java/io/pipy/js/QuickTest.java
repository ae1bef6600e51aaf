package io.pipy.js;

public final class QuickTest {
  public static void main(String[] a) throws Exception {
    String src = new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of(a[0])));
    ScriptRunner.Result r = ScriptRunner.run(a[0], src);
    System.out.print(r.output());
    if (r.error() != null) System.out.println("ERROR: " + r.error());
  }
}
