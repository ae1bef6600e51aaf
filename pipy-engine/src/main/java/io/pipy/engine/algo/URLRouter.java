package io.pipy.engine.algo;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptObject;
import io.pipy.api.script.Undefined;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code algo.URLRouter}: maps URL patterns to values.
 *
 * <p>A pattern is {@code [host]/path}. A path ending in {@code /*} matches everything under
 * it and the bare prefix too ({@code /api/*} matches {@code /api}, {@code /api/} and
 * {@code /api/a/b}); any other path matches exactly. A host matches label by label, and a
 * leading {@code *} label stands for one host label ({@code *.example.com}). Lookups with a host
 * try host patterns first, then patterns without a host; longer wildcard paths win over shorter
 * ones; the port and the query string of the URL looked up are ignored.
 */
public final class URLRouter {

  private static final String SLASH = "/";
  private static final String STAR = "*";

  private static final class Node {
    Map<String, Node> children;
    Object value = Undefined.INSTANCE;

    Node child(String name) {
      return children == null ? null : children.get(name);
    }

    Node newChild(String name) {
      if (children == null) children = new HashMap<>();
      return children.computeIfAbsent(name, k -> new Node());
    }
  }

  private final Node root = new Node();

  /** An empty router. */
  public URLRouter() {
  }

  static URLRouter construct(Context ctx, Object[] args) {
    ScriptObject rules = Args.object("new algo.URLRouter", args, 0);
    URLRouter r = new URLRouter();
    if (rules != null) {
      for (String k : rules.keys()) r.add(k, rules.get(k));
    }
    return r;
  }

  /** Adds (or replaces) the route for {@code url}. */
  public void add(String url, Object value) {
    int slash = url.indexOf('/');
    if (slash < 0) throw new ScriptError("invalid URL pattern");
    String domain = url.substring(0, slash);
    if (domain.indexOf(':') >= 0) throw new ScriptError("invalid URL pattern");
    String path = url.substring(slash);
    String[] segs = path.substring(1).split("/", -1);
    Node node = root;
    if (!domain.isEmpty()) {
      for (String label : domain.split("\\.", -1)) node = node.newChild(label);
    }
    node = node.newChild(SLASH);
    if (segs[segs.length - 1].equals(STAR)) {
      for (String s : segs) {
        if (!s.isEmpty()) node = node.newChild(s);
      }
      node.value = value;
    } else {
      node.newChild(path).value = value;
    }
  }

  /** The value routed for {@code url}, or undefined. */
  public Object find(String url) {
    int pathStart = url.indexOf('/');
    if (pathStart < 0) return Undefined.INSTANCE;
    int pathEnd = url.indexOf('?', pathStart);
    if (pathEnd < 0) pathEnd = url.length();
    int domainEnd = url.lastIndexOf(':', pathStart);
    if (domainEnd < 0) domainEnd = pathStart;
    Lookup l = new Lookup(url, pathStart, pathEnd, domainEnd);
    Node node = l.host(root, 0);
    if (node == null) {
      int i = 0;
      while (i < domainEnd && url.charAt(i) != '.') i++;
      if (i < domainEnd) {
        Node c = root.child(STAR);
        if (c != null) node = l.host(c, i + 1);
      }
    }
    if (node == null) {
      Node c = root.child(SLASH);
      if (c != null) {
        Node exact = c.child(url.substring(pathStart, pathEnd));
        node = exact != null ? exact : l.path(c, pathStart + 1);
      }
    }
    return node == null ? Undefined.INSTANCE : node.value;
  }

  private static final class Lookup {
    final String url;
    final int pathStart;
    final int pathEnd;
    final int domainEnd;

    Lookup(String url, int pathStart, int pathEnd, int domainEnd) {
      this.url = url;
      this.pathStart = pathStart;
      this.pathEnd = pathEnd;
      this.domainEnd = domainEnd;
    }

    Node host(Node node, int p) {
      while (true) {
        int i = p;
        while (i < domainEnd && url.charAt(i) != '.') i++;
        node = node.child(url.substring(p, i));
        if (node == null) return null;
        p = i + 1;
        if (p > domainEnd) break;
      }
      node = node.child(SLASH);
      if (node == null) return null;
      Node exact = node.child(url.substring(pathStart, pathEnd));
      if (exact != null) return exact;
      return path(node, pathStart + 1);
    }

    Node path(Node node, int p) {
      int i = p;
      while (i < pathEnd && url.charAt(i) != '/') i++;
      Node c = p <= pathEnd ? node.child(url.substring(p, Math.max(p, i))) : null;
      if (c != null) {
        int next = i + 1;
        Node r = next >= pathEnd ? c.child(STAR) : path(c, next);
        if (r != null) return r;
      }
      return node.child(STAR);
    }
  }

  /** Joins lookup arguments as Pipy does: skipping null/undefined, one slash between parts. */
  static String join(Context ctx, Object[] args) {
    String url = null;
    for (Object a : args) {
      if (Args.absent(a)) continue;
      String s = a instanceof CharSequence cs ? cs.toString() : ctx == null ? String.valueOf(a)
          : ctx.worker().scripts().toStringValue(ctx, a);
      if (url == null || url.isEmpty()) {
        url = s;
      } else {
        boolean endSlash = url.endsWith("/");
        boolean startSlash = s.startsWith("/");
        if (endSlash && startSlash) url = url + s.substring(1);
        else if (endSlash || startSlash) url = url + s;
        else url = url + "/" + s;
      }
    }
    return url == null ? "" : url;
  }

  /** How scripts see {@code algo.URLRouter}. */
  public static final HostClass<URLRouter> CLASS = HostClass.builder("URLRouter", URLRouter.class)
      .constructor(URLRouter::construct)
      .method("add", 2, (ctx, r, args) -> {
        Args.require("URLRouter.add", args, 2);
        r.add(Args.string("URLRouter.add", args, 0), args[1]);
        return Undefined.INSTANCE;
      })
      .method("find", 1, (ctx, r, args) -> r.find(join(ctx, args)))
      .build();
}
