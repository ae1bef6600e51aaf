package io.pipy.engine.formats;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptObject;
import io.pipy.engine.algo.Args;

/**
 * {@code XML.Node}: a tag name, an object of attributes (null when there are none) and an array
 * of children (nodes and strings). A parsed document is a node with an empty name whose only
 * child is the root element.
 */
public final class XmlNode {

  private final String name;
  private final ScriptObject attributes;
  private final ScriptArray children;

  /** A node; {@code attributes} and {@code children} may be null. */
  public XmlNode(String name, ScriptObject attributes, ScriptArray children) {
    this.name = name;
    this.attributes = attributes;
    this.children = children;
  }

  public String name() {
    return name;
  }

  public ScriptObject attributes() {
    return attributes;
  }

  public ScriptArray children() {
    return children;
  }

  @Override
  public String toString() {
    return "[object Node]";
  }

  static XmlNode construct(Context ctx, Object[] args) {
    String where = "new XML.Node";
    Args.require(where, args, 1);
    String name = Args.string(where, args, 0);
    ScriptObject attrs = Args.object(where, args, 1);
    ScriptArray children = Args.array(where, args, 2);
    return new XmlNode(name, attrs, children);
  }

  /** How scripts see {@code XML.Node}. */
  public static final HostClass<XmlNode> CLASS = HostClass.builder("Node", XmlNode.class)
      .constructor(XmlNode::construct)
      .getter("name", XmlNode::name)
      .getter("attributes", XmlNode::attributes)
      .getter("children", XmlNode::children)
      .build();
}
