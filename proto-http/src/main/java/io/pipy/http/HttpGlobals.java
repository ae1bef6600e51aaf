package io.pipy.http;

import io.pipy.api.Registry;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The globals of {@code proto-http}: the classes {@code URL} and {@code URLSearchParams}, and the
 * namespace {@code http} with {@code http.File}, {@code http.Directory} and {@code http.Agent}.
 */
final class HttpGlobals {

  private HttpGlobals() {
  }

  /** The members of the {@code http} namespace; another part of the module may add to it before install. */
  static Map<String, Object> namespace() {
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("File", HttpFile.CLASS);
    http.put("Directory", HttpDirectory.CLASS);
    http.put("Agent", HttpAgent.CLASS);
    return http;
  }

  static void install(Registry registry) {
    registry.hostClass(Url.CLASS);
    registry.global("URL", Url.CLASS);
    registry.hostClass(UrlSearchParams.CLASS);
    registry.global("URLSearchParams", UrlSearchParams.CLASS);
    registry.hostClass(HttpFile.CLASS);
    registry.hostClass(HttpDirectory.CLASS);
    registry.hostClass(HttpAgent.CLASS);
    registry.global("http", namespace());
  }
}
