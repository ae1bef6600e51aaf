package io.pipy.engine.formats;

import io.pipy.api.Data;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptFunction;
import io.pipy.api.script.Undefined;
import io.pipy.engine.algo.Args;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code YAML} and {@code XML} globals. */
public final class FormatsNamespace {

  private FormatsNamespace() {
  }

  /** Host classes to register. */
  public static final List<HostClass<?>> CLASSES = List.of(XmlNode.CLASS);

  private static String dataText(String where, Object[] args) {
    Object v = Args.get(args, 0);
    if (v instanceof Data d) return new String(d.toBytes(), StandardCharsets.UTF_8);
    throw Args.expects(where, 0, "a Data");
  }

  /** {@code YAML}: {@code parse(text)}, {@code stringify(value, replacer?)}, {@code decode(data)}, {@code encode(value, replacer?)}. */
  public static Map<String, Object> yaml() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("parse", HostFunction.of("parse", 2, (ctx, self, args) -> {
      Args.require("YAML.parse", args, 1);
      return YamlParser.parse(Args.string("YAML.parse", args, 0), ctx.worker().scripts());
    }));
    m.put("decode", HostFunction.of("decode", 2, (ctx, self, args) -> {
      Args.require("YAML.decode", args, 1);
      if (Args.get(args, 0) == null) return null;
      return YamlParser.parse(dataText("YAML.decode", args), ctx.worker().scripts());
    }));
    m.put("stringify", HostFunction.of("stringify", 2, (ctx, self, args) -> {
      Args.require("YAML.stringify", args, 1);
      ScriptFunction replacer = Args.get(args, 1) instanceof ScriptFunction f ? f : null;
      String s = YamlWriter.stringify(ctx, args[0], replacer);
      return s == null ? Undefined.INSTANCE : s;
    }));
    m.put("encode", HostFunction.of("encode", 2, (ctx, self, args) -> {
      Args.require("YAML.encode", args, 1);
      ScriptFunction replacer = Args.get(args, 1) instanceof ScriptFunction f ? f : null;
      String s = YamlWriter.stringify(ctx, args[0], replacer);
      return s == null ? Undefined.INSTANCE : Data.fromString(s);
    }));
    return m;
  }

  private static XmlNode doc(String where, Object[] args) {
    Object v = Args.get(args, 0);
    if (v instanceof XmlNode n) return n;
    throw Args.expects(where, 0, "an XML.Node");
  }

  /** {@code XML}: {@code Node}, {@code parse(text)}, {@code stringify(doc, space?)}, {@code decode(data)}, {@code encode(doc, space?)}. */
  public static Map<String, Object> xml() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("Node", XmlNode.CLASS);
    m.put("parse", HostFunction.of("parse", 1, (ctx, self, args) -> {
      Args.require("XML.parse", args, 1);
      return XmlCodec.parse(Args.string("XML.parse", args, 0), ctx.worker().scripts());
    }));
    m.put("decode", HostFunction.of("decode", 1, (ctx, self, args) -> {
      Args.require("XML.decode", args, 1);
      return XmlCodec.parse(dataText("XML.decode", args), ctx.worker().scripts());
    }));
    m.put("stringify", HostFunction.of("stringify", 2, (ctx, self, args) -> {
      Args.require("XML.stringify", args, 1);
      String s = XmlCodec.stringify(ctx, doc("XML.stringify", args), (int) Args.number("XML.stringify", args, 1, 0));
      return s == null ? "" : s;
    }));
    m.put("encode", HostFunction.of("encode", 2, (ctx, self, args) -> {
      Args.require("XML.encode", args, 1);
      if (Args.get(args, 0) == null) return null;
      String s = XmlCodec.stringify(ctx, doc("XML.encode", args), (int) Args.number("XML.encode", args, 1, 0));
      return Data.fromString(s == null ? "" : s);
    }));
    return m;
  }
}
