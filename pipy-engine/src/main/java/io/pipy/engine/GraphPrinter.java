package io.pipy.engine;

import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import io.pipy.api.Log;
import io.pipy.api.PipelineLayout;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Logs the pipeline graph of each module at start-up in Pipy's layout: one block per root
 * layout (a listener or a named layout nothing else refers to), its filters in a column, the
 * sub-pipelines of joint filters expanded beneath them, and the stream's way back out.
 */
final class GraphPrinter {

  /** Joint filters whose sub-pipelines share the stream's context, drawn with a single line. */
  private static final Set<String> SHARED = Set.of("link", "linkAsync", "use", "chain", "branch", "branchMessage",
      "branchMessageStart", "pipe", "pipeNext", "loop", "replay", "repeat", "to");

  private GraphPrinter() {
  }

  static void print(List<DefaultPipelineLayout> layouts) {
    Map<String, List<DefaultPipelineLayout>> byModule = new LinkedHashMap<>();
    for (DefaultPipelineLayout l : layouts) byModule.computeIfAbsent(l.module(), k -> new ArrayList<>()).add(l);
    for (Map.Entry<String, List<DefaultPipelineLayout>> e : byModule.entrySet()) {
      List<String> lines = new ArrayList<>();
      render(e.getKey(), e.getValue(), lines);
      StringBuilder sb = new StringBuilder();
      for (String line : lines) sb.append(sb.length() == 0 ? "" : "\n").append("[config] ").append(line);
      Log.info(sb.toString());
    }
  }

  static void render(String module, List<DefaultPipelineLayout> layouts, List<String> out) {
    Map<PipelineLayout, Boolean> referenced = new IdentityHashMap<>();
    for (DefaultPipelineLayout l : layouts) {
      for (Filter f : l.filters()) {
        for (LayoutRef r : f.subPipelines()) referenced.put(r.layout(), Boolean.TRUE);
      }
    }
    String title = "Module " + module;
    out.add("");
    out.add(title);
    out.add("=".repeat(title.length()));
    out.add("");
    for (DefaultPipelineLayout l : layouts) {
      if (referenced.containsKey(l)) continue;
      out.add(" [" + label(l) + "]");
      out.add(" ----->|");
      out.add("       |");
      List<String> body = new ArrayList<>();
      int[] exitLine = {-1};
      block(l, 6, body, exitLine, 0);
      if (exitLine[0] < 0) {
        body.add("      (no filters) -->|");
        exitLine[0] = body.size() - 1;
      }
      int column = body.get(exitLine[0]).length() - 1;
      out.addAll(body);
      out.add(" ".repeat(column) + "|");
      out.add(" <" + "-".repeat(Math.max(1, column - 2)) + "|");
      out.add(" ");
    }
  }

  private static String label(PipelineLayout l) {
    return l.name() == null ? "" : l.name();
  }

  /** Renders the filters of {@code layout} at {@code indent}; marks the line where output leaves. */
  private static void block(PipelineLayout layout, int indent, List<String> out, int[] exitLine, int depth) {
    List<Filter> filters = layout.filters();
    String pad = " ".repeat(indent);
    for (int i = 0; i < filters.size(); i++) {
      Filter f = filters.get(i);
      boolean last = i == filters.size() - 1;
      out.add(pad + f.describe());
      if (last && f.subPipelines().isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + " -->|");
        exitLine[0] = out.size() - 1;
      }
      if (!f.subPipelines().isEmpty()) {
        boolean shared = SHARED.contains(f.name());
        String bar = shared ? "|" : "||";
        String arrow = shared ? "-->" : "==>";
        out.add(pad + (shared ? " |" : bar));
        for (LayoutRef r : f.subPipelines()) {
          PipelineLayout sub = r.layout();
          String head = pad + (shared ? " |" : bar) + arrow + " [" + label(sub) + "]";
          out.add(head);
          if (depth < 16) {
            int subIndent = head.indexOf('[') + 1;
            int[] subExit = {-1};
            block(sub, subIndent, out, last && exitLine[0] < 0 ? exitLine : subExit, depth + 1);
          }
        }
      }
    }
  }
}
