package io.pipy.engine;

import io.pipy.api.PipelineLayout;
import io.pipy.api.script.SourceLocation;
import java.util.Map;

/** One {@code listen(...)} a worker's scripts made, waiting to be opened once all workers loaded. */
record ListenDeclaration(String protocol, String address, int port, Map<String, Object> options,
    PipelineLayout layout, SourceLocation where) {

  String key() {
    return protocol + "://" + (address == null ? "0.0.0.0" : address) + ":" + port;
  }
}
