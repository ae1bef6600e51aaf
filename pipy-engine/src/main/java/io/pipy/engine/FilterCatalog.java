package io.pipy.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Which of our modules provides each filter Pipy defines, so that a script calling a filter
 * whose module is not installed is told which module to add.
 */
final class FilterCatalog {

  private static final Properties KNOWN = load();

  private FilterCatalog() {
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = FilterCatalog.class.getResourceAsStream("known-filters.properties")) {
      if (in != null) p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  /** The module that provides {@code filter}, or {@code null} if Pipy defines no such filter. */
  static String moduleOf(String filter) {
    return KNOWN.getProperty(filter);
  }

  /** The message for a filter no installed module provides. */
  static String unknownFilterMessage(String filter) {
    String module = moduleOf(filter);
    return module == null
        ? "unknown filter '" + filter + "'"
        : "unknown filter '" + filter + "' (module " + module + " is not installed)";
  }
}
