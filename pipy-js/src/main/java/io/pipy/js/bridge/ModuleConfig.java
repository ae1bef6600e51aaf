package io.pipy.js.bridge;

import io.pipy.api.Filter;
import io.pipy.api.PipelineLayout;
import io.pipy.api.script.ScriptException;
import io.pipy.api.script.SourceLocation;
import io.pipy.js.interp.ModuleScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one script file configures: its named pipeline layouts and the references to them. */
final class ModuleConfig {

  final ModuleScope module;
  final Map<String, PipelineLayout> named = new LinkedHashMap<>();
  final Map<String, SourceLocation> namedAt = new LinkedHashMap<>();
  final List<NamedLayoutRef> pending = new ArrayList<>();
  PipelineLayout entrance;

  ModuleConfig(ModuleScope module) {
    this.module = module;
  }

  /** Joint filters of this file and where they were made, to check they got their sub-pipelines. */
  final List<Filter> joints = new ArrayList<>();
  final List<SourceLocation> jointsAt = new ArrayList<>();

  /**
   * Resolves every reference by name, failing on the first unknown one with its location; then
   * fails on the first joint filter left without its sub-pipeline (a missing {@code .to(...)}),
   * which would otherwise only fail once a stream reaches it.
   */
  void resolve() {
    for (NamedLayoutRef ref : pending) {
      PipelineLayout l = named.get(ref.name);
      if (l == null) {
        String msg = "unknown pipeline layout '" + ref.name + "'";
        throw new ScriptException(null, "Error: " + msg, ref.where, List.of());
      }
      ref.resolved = l;
    }
    pending.clear();
    for (int i = 0; i < joints.size(); i++) {
      Filter f = joints.get(i);
      if (f.subPipelines().size() < f.subPipelineLimit()) {
        String msg = "missing .to(...) for " + f.name() + "()";
        throw new ScriptException(null, "Error: " + msg, jointsAt.get(i), List.of());
      }
    }
    joints.clear();
    jointsAt.clear();
  }
}
