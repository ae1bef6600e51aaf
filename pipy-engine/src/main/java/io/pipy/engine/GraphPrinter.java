package io.pipy.engine;

import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Logs the pipeline graph of the loaded modules at start-up, one block per named or root
 * layout: its filters in order, and under each joint filter the sub-pipelines it runs,
 * anonymous ones expanded in place.
 */
final class GraphPrinter {

  private GraphPrinter() {
  }

  static void print(List<DefaultPipelineLayout> layouts) {
    Map<PipelineLayout, Boolean> nested = new IdentityHashMap<>();
    for (DefaultPipelineLayout l : layouts) {
      for (Filter f : l.filters()) {
        for (LayoutRef r : f.subPipelines()) {
          PipelineLayout sub = r.layout();
          if (sub.name() == null) nested.put(sub, Boolean.TRUE);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (DefaultPipelineLayout l : layouts) {
      if (nested.containsKey(l)) continue;
      if (sb.length() > 0) sb.append('\n');
      sb.append('\n').append("PIPELINE ").append(l.describe()).append(" (").append(l.module()).append(")\n");
      appendFilters(sb, l, "", 0);
    }
    if (sb.length() > 0) Log.info(sb.substring(1));
  }

  private static void appendFilters(StringBuilder sb, PipelineLayout layout, String indent, int depth) {
    List<Filter> filters = layout.filters();
    if (filters.isEmpty()) {
      sb.append(indent).append("  (no filters)\n");
      return;
    }
    for (int i = 0; i < filters.size(); i++) {
      Filter f = filters.get(i);
      sb.append(indent).append(i == 0 ? "  ----> " : "  -->   ").append(f.describe()).append('\n');
      for (LayoutRef r : f.subPipelines()) {
        PipelineLayout sub = r.layout();
        if (sub.name() == null && depth < 16) {
          sb.append(indent).append("          \\--> (anonymous)\n");
          appendFilters(sb, sub, indent + "          ", depth + 1);
        } else {
          sb.append(indent).append("          \\--> ").append(r.describe()).append('\n');
        }
      }
    }
  }
}
