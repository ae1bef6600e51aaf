package io.pipy.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The product version, stamped into a resource at build time. */
final class Version {

  static final String VALUE = read();

  private Version() {
  }

  private static String read() {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      return "unknown";
    }
    return p.getProperty("version", "unknown");
  }
}
