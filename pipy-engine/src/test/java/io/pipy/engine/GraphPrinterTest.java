package io.pipy.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Filter;
import io.pipy.api.LayoutRef;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class GraphPrinterTest {

  /** A joint filter for drawing purposes. */
  static final class Joint extends Filter {
    Joint() {
    }

    Joint(Joint p) {
      super(p);
    }

    @Override
    protected Filter duplicate() {
      return new Joint(this);
    }

    @Override
    protected void process(io.pipy.api.Event event) {
      output(event);
    }

    @Override
    public int subPipelineLimit() {
      return 4;
    }
  }

  private static Filter filter(String name) {
    Filter f = new Joint();
    f.configure(name, null);
    return f;
  }

  @Test
  void drawsRootLayoutsWithJointFiltersExpanded() {
    try (PipelineTester t = new PipelineTester()) {
      DefaultPipelineLayout listen = new DefaultPipelineLayout("Listen on 8080 at 0.0.0.0", "main.js", t.worker());
      DefaultPipelineLayout sub = new DefaultPipelineLayout(null, "main.js", t.worker());
      Filter demux = filter("demuxHTTP");
      demux.addSubPipeline(LayoutRef.of(sub));
      listen.append(demux);
      sub.append(filter("handleMessage"));
      sub.append(filter("serveHTTP"));
      List<String> lines = new ArrayList<>();
      GraphPrinter.render("main.js", List.of(listen, sub), lines);
      assertEquals(String.join("\n",
          "",
          "Module main.js",
          "==============",
          "",
          " [Listen on 8080 at 0.0.0.0]",
          " ----->|",
          "       |",
          "      demuxHTTP",
          "      ||",
          "      ||==> []",
          "             handleMessage",
          "             serveHTTP -->|",
          "                          |",
          " <------------------------|",
          " "), String.join("\n", lines));
    }
  }
}
