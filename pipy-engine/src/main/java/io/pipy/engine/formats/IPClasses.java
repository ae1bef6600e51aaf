package io.pipy.engine.formats;

import io.pipy.api.Context;
import io.pipy.api.script.HostClass;
import io.pipy.api.script.HostFunction;
import io.pipy.api.script.ScriptArray;
import io.pipy.api.script.ScriptError;
import io.pipy.api.script.ScriptRuntime;
import io.pipy.api.script.Undefined;
import io.pipy.api.script.Values;
import io.pipy.engine.algo.Args;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code IP}, {@code IPMask} (also {@code Netmask}, its Pipy 0.50 name) and {@code IPEndpoint}.
 */
public final class IPClasses {

  private IPClasses() {
  }

  /** {@code new IP(text | bytes)}. */
  public static final class IP {
    private final IPAddress addr;

    public IP(IPAddress addr) {
      this.addr = addr;
    }

    public IPAddress address() {
      return addr;
    }

    @Override
    public String toString() {
      return addr.toString();
    }
  }

  /** {@code new IPMask(cidr)} or {@code new IPMask(bitmask, bytes)}: an address block. */
  public static final class IPMask {
    private final IPAddress ip;
    private final int bitmask;
    private final byte[] mask;
    private final byte[] base;
    private long next = 1;

    public IPMask(IPAddress ip, int bitmask) {
      int max = ip.isV6() ? 128 : 32;
      if (bitmask < 0 || bitmask > max) {
        throw new ScriptError((ip.isV6() ? "IPv6" : "IPv4") + " CIDR mask out of range");
      }
      this.ip = ip;
      this.bitmask = bitmask;
      byte[] b = ip.bytes();
      mask = new byte[b.length];
      base = new byte[b.length];
      for (int i = 0; i < b.length; i++) {
        int bits = Math.max(0, Math.min(8, bitmask - i * 8));
        mask[i] = (byte) (0xff << (8 - bits));
        base[i] = (byte) (b[i] & mask[i]);
      }
    }

    /** Parses CIDR notation; an address alone is a block of one. */
    public static IPMask parse(String cidr) {
      int slash = cidr.indexOf('/');
      String addr = slash < 0 ? cidr : cidr.substring(0, slash);
      IPAddress a = IPAddress.parse(addr);
      if (a == null) throw new ScriptError("invalid CIDR notation");
      int bits = a.isV6() ? 128 : 32;
      if (slash >= 0) {
        String m = cidr.substring(slash + 1);
        if (m.isEmpty() || m.length() > 3 || !m.chars().allMatch(Character::isDigit)) {
          throw new ScriptError("invalid CIDR notation");
        }
        bits = Integer.parseInt(m);
      }
      return new IPMask(a, bits);
    }

    private boolean v6() {
      return ip.isV6();
    }

    private String str(byte[] b) {
      return IPAddress.format(v6(), b);
    }

    private byte[] hostmaskBytes() {
      byte[] h = new byte[mask.length];
      for (int i = 0; i < h.length; i++) h[i] = (byte) ~mask[i];
      return h;
    }

    public int version() {
      return ip.version();
    }

    public String ip() {
      return ip.toString();
    }

    public int bitmask() {
      return bitmask;
    }

    public String base() {
      return str(base);
    }

    public String mask() {
      return str(mask);
    }

    public String hostmask() {
      return str(hostmaskBytes());
    }

    public String broadcast() {
      byte[] b = base.clone();
      byte[] h = hostmaskBytes();
      for (int i = 0; i < b.length; i++) b[i] |= h[i];
      return str(b);
    }

    public double size() {
      return Math.pow(2, (v6() ? 128 : 32) - bitmask);
    }

    /** The first host address: the base plus one unless the block has a single address. */
    public String first() {
      byte[] b = base.clone();
      byte[] h = hostmaskBytes();
      b[b.length - 1] |= (byte) (h[h.length - 1] & 1);
      return str(b);
    }

    /** The last host address: the broadcast address minus one (the base for a block of one). */
    public String last() {
      byte[] b = base.clone();
      byte[] h = hostmaskBytes();
      for (int i = 0; i < b.length - 1; i++) b[i] |= h[i];
      int lastMask = h[h.length - 1] & 0xff;
      b[b.length - 1] |= (byte) (lastMask & (lastMask - 1));
      return str(b);
    }

    public boolean contains(String addr) {
      IPAddress a = IPAddress.parse(addr);
      if (a == null || a.isV6() != v6()) return false;
      byte[] b = a.bytes();
      for (int i = 0; i < b.length; i++) {
        if ((byte) (b[i] & mask[i]) != base[i]) return false;
      }
      return true;
    }

    /** The next address of the block, from the first host up; an empty string when used up. */
    public String next() {
      int hostBits = Math.min(63, (v6() ? 128 : 32) - bitmask);
      long limit = (1L << hostBits) - 1; // the broadcast offset
      if (next >= limit) return "";
      long n = next++;
      byte[] b = base.clone();
      for (int i = b.length - 1, shift = 0; i >= 0 && shift < 64; i--, shift += 8) {
        b[i] |= (byte) (n >>> shift);
      }
      return str(b);
    }

    public IPAddress address() {
      return ip;
    }
  }

  /** {@code new IPEndpoint(addr | ip, port?, protocol?)}. */
  public static final class IPEndpoint {
    public String protocol;
    public IP ip;
    public int port;

    public IPEndpoint(IP ip, int port, String protocol) {
      this.ip = ip;
      this.port = port;
      this.protocol = protocol;
    }
  }

  private static IPAddress fromBytes(Context ctx, ScriptArray a) {
    int n = a.length() > 4 ? 16 : 4;
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) b[i] = (byte) Values.toNumber(a.get(i));
    return IPAddress.of(b);
  }

  private static Object numbers(Context ctx, int[] v) {
    List<Object> l = new ArrayList<>();
    for (int x : v) l.add(x);
    return runtime(ctx).newArray(l);
  }

  private static Object byteArray(Context ctx, byte[] v) {
    List<Object> l = new ArrayList<>();
    for (byte x : v) l.add(x & 0xff);
    return runtime(ctx).newArray(l);
  }

  private static ScriptRuntime runtime(Context ctx) {
    return ctx.worker().scripts();
  }

  /** How scripts see {@code IP}. */
  public static final HostClass<IP> IP_CLASS = HostClass.builder("IP", IP.class)
      .constructor((ctx, args) -> {
        Object a = Args.get(args, 0);
        if (a instanceof CharSequence s) {
          IPAddress addr = IPAddress.parse(s.toString());
          if (addr == null) throw new ScriptError("invalid IP address notation");
          return new IP(addr);
        }
        if (a instanceof ScriptArray arr) return new IP(fromBytes(ctx, arr));
        throw Args.expects("new IP", 0, "a string or an array");
      })
      .getter("version", ip -> ip.addr.version())
      .method("decompose", 0, (ctx, ip, args) -> numbers(ctx, ip.addr.decompose()))
      .method("toBytes", 0, (ctx, ip, args) -> byteArray(ctx, ip.addr.bytes()))
      .method("toString", 0, (ctx, ip, args) -> ip.addr.toString())
      .staticMember("isV4", HostFunction.of("isV4", 1,
          (ctx, self, args) -> IPAddress.parseV4(Args.string("IP.isV4", args, 0)) != null))
      .staticMember("isV6", HostFunction.of("isV6", 1,
          (ctx, self, args) -> IPAddress.parseV6(Args.string("IP.isV6", args, 0)) != null))
      .build();

  private static IPMask constructMask(Context ctx, Object[] args) {
    Object a = Args.get(args, 0);
    if (a instanceof CharSequence s) {
      if (s.length() >= 100) throw new ScriptError("string too long for CIDR notation");
      return IPMask.parse(s.toString());
    }
    if (a instanceof Number n) {
      Object b = Args.get(args, 1);
      if (!(b instanceof ScriptArray arr)) throw Args.expects("new IPMask", 1, "an array");
      return new IPMask(fromBytes(ctx, arr), (int) n.doubleValue());
    }
    throw Args.expects("new IPMask", 0, "a number or a string");
  }

  /** How scripts see {@code IPMask} and {@code Netmask}. */
  public static final HostClass<IPMask> MASK_CLASS = HostClass.builder("IPMask", IPMask.class)
      .constructor(IPClasses::constructMask)
      .getter("version", IPMask::version)
      .getter("ip", IPMask::ip)
      .getter("bitmask", IPMask::bitmask)
      .getter("base", IPMask::base)
      .getter("mask", IPMask::mask)
      .getter("hostmask", IPMask::hostmask)
      .getter("broadcast", IPMask::broadcast)
      .getter("size", m -> Values.number(m.size()))
      .getter("first", IPMask::first)
      .getter("last", IPMask::last)
      .method("decompose", 0, (ctx, m, args) -> numbers(ctx, m.ip.decompose()))
      .method("toBytes", 0, (ctx, m, args) -> byteArray(ctx, m.ip.bytes()))
      .method("contains", 1, (ctx, m, args) -> {
        Args.require("IPMask.contains", args, 1);
        return m.contains(Args.string("IPMask.contains", args, 0));
      })
      .method("next", 0, (ctx, m, args) -> m.next())
      .method("toString", 0, (ctx, m, args) -> m.ip() + "/" + m.bitmask)
      .build();

  private static IPEndpoint constructEndpoint(Context ctx, Object[] args) {
    String where = "new IPEndpoint";
    Object a = Args.get(args, 0);
    IP ip;
    Object b = Args.get(args, 1);
    int port = 0;
    int protoArg = 1;
    if (a instanceof IP given) {
      ip = given;
    } else if (a instanceof CharSequence s) {
      String text = s.toString();
      if (!(b instanceof Number)) {
        // "host:port" or "[v6]:port"
        int colon = text.startsWith("[") ? text.lastIndexOf("]:") + 1 : text.lastIndexOf(':');
        if (colon > 0 && IPAddress.parse(text) == null) {
          String host = text.startsWith("[") ? text.substring(1, colon - 1) : text.substring(0, colon);
          try {
            port = Integer.parseInt(text.substring(colon + 1));
          } catch (NumberFormatException e) {
            throw new ScriptError("invalid IP address notation");
          }
          text = host;
        }
      }
      IPAddress addr = IPAddress.parse(text);
      if (addr == null) throw new ScriptError("invalid IP address notation");
      ip = new IP(addr);
    } else {
      throw Args.expects(where, 0, "a string or an IP instance");
    }
    if (b instanceof Number n) {
      port = (int) n.doubleValue();
      if (port < 0 || port > 65535) throw new ScriptError("port number out of range");
      protoArg = 2;
    }
    String proto = Args.string(where, args, protoArg, "tcp");
    if (!proto.equals("tcp") && !proto.equals("udp")) {
      throw new ScriptError(where + ": argument #" + (protoArg + 1) + " has an invalid enum value");
    }
    return new IPEndpoint(ip, port, proto);
  }

  /** How scripts see {@code IPEndpoint}. */
  public static final HostClass<IPEndpoint> ENDPOINT_CLASS = HostClass.builder("IPEndpoint", IPEndpoint.class)
      .constructor(IPClasses::constructEndpoint)
      .property("protocol", e -> e.protocol, (e, v) -> e.protocol = String.valueOf(v))
      .property("ip", e -> e.ip, (e, v) -> {
        if (!(v instanceof IP ip)) throw ScriptError.typeError("IPEndpoint.ip expects an IP");
        e.ip = ip;
      })
      .property("port", e -> e.port, (e, v) -> e.port = (int) Values.toNumber(v))
      .build();

  /** Every host class here, to register. */
  public static final List<HostClass<?>> CLASSES = List.of(IP_CLASS, MASK_CLASS, ENDPOINT_CLASS);

  static Object undefinedIfNull(Object v) {
    return v == null ? Undefined.INSTANCE : v;
  }
}
