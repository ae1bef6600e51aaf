package io.pipy.engine.formats;

import static io.pipy.engine.algo.HostKit.arr;
import static io.pipy.engine.algo.HostKit.call;
import static io.pipy.engine.algo.HostKit.error;
import static io.pipy.engine.algo.HostKit.get;
import static io.pipy.engine.algo.HostKit.list;
import static io.pipy.engine.algo.HostKit.make;
import static io.pipy.engine.algo.HostKit.set;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.pipy.api.Context;
import io.pipy.api.script.HostFunction;
import io.pipy.engine.PipelineTester;
import io.pipy.engine.algo.HostKit;
import io.pipy.engine.formats.IPClasses.IP;
import io.pipy.engine.formats.IPClasses.IPEndpoint;
import io.pipy.engine.formats.IPClasses.IPMask;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class IPTest {

  private PipelineTester t;
  private Context ctx;

  @BeforeEach
  void setUp() {
    t = new PipelineTester();
    ctx = HostKit.context(t.worker(), null);
  }

  @AfterEach
  void tearDown() {
    t.close();
  }

  private String show(IPMask m) {
    List<Object> out = new ArrayList<>();
    for (String p : new String[] {"version", "ip", "bitmask", "base", "mask", "hostmask", "broadcast", "size", "first", "last"}) {
      out.add(get(IPClasses.MASK_CLASS, m, p));
    }
    out.add(call(IPClasses.MASK_CLASS, m, "decompose", ctx));
    out.add(call(IPClasses.MASK_CLASS, m, "toBytes", ctx));
    return Json.of(HostKit.RT.newArray(out));
  }

  @Test
  void masksAsPipyShowsThem() {
    // Pipy 1.5.18, same constructions.
    assertEquals("[4,\"192.168.1.77\",24,\"192.168.1.0\",\"255.255.255.0\",\"0.0.0.255\",\"192.168.1.255\",256,\"192.168.1.1\",\"192.168.1.254\",[192,168,1,77],[192,168,1,77]]",
        show(make(IPClasses.MASK_CLASS, ctx, "192.168.1.77/24")));
    assertEquals("[4,\"10.1.2.3\",8,\"10.0.0.0\",\"255.0.0.0\",\"0.255.255.255\",\"10.255.255.255\",16777216,\"10.0.0.1\",\"10.255.255.254\",[10,1,2,3],[10,1,2,3]]",
        show(make(IPClasses.MASK_CLASS, ctx, "10.1.2.3/8")));
    assertEquals("[4,\"10.0.0.1\",32,\"10.0.0.1\",\"255.255.255.255\",\"0.0.0.0\",\"10.0.0.1\",1,\"10.0.0.1\",\"10.0.0.1\",[10,0,0,1],[10,0,0,1]]",
        show(make(IPClasses.MASK_CLASS, ctx, "10.0.0.1/32")));
    assertEquals("[4,\"10.0.0.0\",31,\"10.0.0.0\",\"255.255.255.254\",\"0.0.0.1\",\"10.0.0.1\",2,\"10.0.0.1\",\"10.0.0.0\",[10,0,0,0],[10,0,0,0]]",
        show(make(IPClasses.MASK_CLASS, ctx, "10.0.0.0/31")));
    assertEquals("[4,\"172.16.5.4\",16,\"172.16.0.0\",\"255.255.0.0\",\"0.0.255.255\",\"172.16.255.255\",65536,\"172.16.0.1\",\"172.16.255.254\",[172,16,5,4],[172,16,5,4]]",
        show(make(IPClasses.MASK_CLASS, ctx, 16, arr(172, 16, 5, 4))));
    // Pipy prints the first address of this IPv6 block as 2001:db8::ffff (a bug); it is ::1.
    assertEquals("[6,\"2001:db8::1\",64,\"2001:db8::\",\"ffff:ffff:ffff:ffff::\",\"::ffff:ffff:ffff:ffff\",\"2001:db8::ffff:ffff:ffff:ffff\",18446744073709552000,\"2001:db8::1\",\"2001:db8::ffff:ffff:ffff:fffe\",[8193,3512,0,0,0,0,0,1],[32,1,13,184,0,0,0,0,0,0,0,0,0,0,0,1]]",
        show(make(IPClasses.MASK_CLASS, ctx, "2001:db8::1/64")));
  }

  @Test
  void nextAndContains() {
    IPMask m = make(IPClasses.MASK_CLASS, ctx, "10.0.0.0/30");
    assertEquals("10.0.0.1", call(IPClasses.MASK_CLASS, m, "next", ctx));
    assertEquals("10.0.0.2", call(IPClasses.MASK_CLASS, m, "next", ctx));
    assertEquals("", call(IPClasses.MASK_CLASS, m, "next", ctx));
    assertEquals(true, call(IPClasses.MASK_CLASS, m, "contains", ctx, "10.0.0.3"));
    assertEquals(false, call(IPClasses.MASK_CLASS, m, "contains", ctx, "10.0.0.4"));
    assertEquals(false, call(IPClasses.MASK_CLASS, m, "contains", ctx, "bad"));
    assertEquals(false, call(IPClasses.MASK_CLASS, m, "contains", ctx, "::1"));
    IPMask v6 = make(IPClasses.MASK_CLASS, ctx, "fd00::/120");
    assertEquals("fd00::1", v6.next());
    assertEquals(true, v6.contains("fd00::ff"));
    assertEquals(false, v6.contains("fd00::1:0"));
    IPMask single = make(IPClasses.MASK_CLASS, ctx, "10.0.0.1");
    assertEquals(32, single.bitmask());
    assertEquals(false, single.contains("10.0.0.2"));
    assertEquals("", single.next());
  }

  @Test
  void addresses() {
    IP ip = make(IPClasses.IP_CLASS, ctx, "::ffff:102:304");
    // Pipy 1.5.18: ::ffff:102:304 6 [0,0,0,0,0,65535,258,772] 1.2.3.4 2001:db8::ff00:42:8329 :: ::1 1::
    assertEquals("::ffff:102:304", call(IPClasses.IP_CLASS, ip, "toString", ctx));
    assertEquals(6, get(IPClasses.IP_CLASS, ip, "version"));
    assertEquals(List.of(0, 0, 0, 0, 0, 65535, 258, 772), list(call(IPClasses.IP_CLASS, ip, "decompose", ctx)));
    assertEquals("1.2.3.4", make(IPClasses.IP_CLASS, ctx, arr(1, 2, 3, 4)).toString());
    assertEquals("2001:db8::ff00:42:8329", make(IPClasses.IP_CLASS, ctx, "2001:0db8:0000:0000:0000:ff00:0042:8329").toString());
    assertEquals("::", make(IPClasses.IP_CLASS, ctx, "::").toString());
    assertEquals("::1", make(IPClasses.IP_CLASS, ctx, "::1").toString());
    assertEquals("1::", make(IPClasses.IP_CLASS, ctx, "1::").toString());
    assertEquals("1:0:2::", make(IPClasses.IP_CLASS, ctx, "1:0:2:0:0:0:0:0").toString());
    assertEquals("::ffff:102:304", make(IPClasses.IP_CLASS, ctx, "::ffff:1.2.3.4").toString());
    assertEquals("fe80::1", make(IPClasses.IP_CLASS, ctx, "fe80::1%eth0").toString());
    assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
        list(call(IPClasses.IP_CLASS, make(IPClasses.IP_CLASS, ctx, "::1"), "toBytes", ctx)));
    HostFunction isV4 = (HostFunction) IPClasses.IP_CLASS.statics().get("isV4");
    HostFunction isV6 = (HostFunction) IPClasses.IP_CLASS.statics().get("isV6");
    assertEquals(true, isV4.call(ctx, null, new Object[] {"1.2.3.4"}));
    assertEquals(false, isV4.call(ctx, null, new Object[] {"1.2.3"}));
    assertEquals(false, isV4.call(ctx, null, new Object[] {"256.1.1.1"}));
    assertEquals(true, isV6.call(ctx, null, new Object[] {"::1"}));
    assertEquals(false, isV6.call(ctx, null, new Object[] {"1.2.3.4"}));
    assertEquals(false, isV6.call(ctx, null, new Object[] {"1::2::3"}));
    assertEquals(false, isV6.call(ctx, null, new Object[] {"1:2:3:4:5:6:7:8:9"}));
  }

  @Test
  void endpoints() {
    IPEndpoint e = make(IPClasses.ENDPOINT_CLASS, ctx, "1.2.3.4", 80);
    assertEquals("1.2.3.4", get(IPClasses.ENDPOINT_CLASS, e, "ip").toString());
    assertEquals(80, get(IPClasses.ENDPOINT_CLASS, e, "port"));
    assertEquals("tcp", get(IPClasses.ENDPOINT_CLASS, e, "protocol"));
    IPEndpoint e2 = make(IPClasses.ENDPOINT_CLASS, ctx, "[::1]:8080", "udp");
    assertEquals("::1", e2.ip.toString());
    assertEquals(8080, e2.port);
    assertEquals("udp", e2.protocol);
    IPEndpoint e3 = make(IPClasses.ENDPOINT_CLASS, ctx, make(IPClasses.IP_CLASS, ctx, "10.0.0.1"));
    assertEquals(0, e3.port);
    set(IPClasses.ENDPOINT_CLASS, e3, "port", 9);
    assertEquals(9, e3.port);
    error("port number out of range", () -> make(IPClasses.ENDPOINT_CLASS, ctx, "1.2.3.4", 70000));
    error("invalid enum value", () -> make(IPClasses.ENDPOINT_CLASS, ctx, "1.2.3.4", 1, "sctp"));
    error("argument #1 expects a string or an IP instance", () -> make(IPClasses.ENDPOINT_CLASS, ctx, 5));
  }

  @Test
  void badArguments() {
    // Pipy 1.5.18 messages.
    error("invalid IP address notation", () -> make(IPClasses.IP_CLASS, ctx, "nope"));
    error("IPv4 CIDR mask out of range", () -> make(IPClasses.MASK_CLASS, ctx, "1.2.3.4/33"));
    error("IPv6 CIDR mask out of range", () -> make(IPClasses.MASK_CLASS, ctx, "::1/129"));
    error("invalid CIDR notation", () -> make(IPClasses.MASK_CLASS, ctx, "x/3"));
    error("invalid CIDR notation", () -> make(IPClasses.MASK_CLASS, ctx, "1.2.3.4/x"));
    error("argument #1 expects a string or an array", () -> make(IPClasses.IP_CLASS, ctx, 1));
    error("argument #1 expects a number or a string", () -> make(IPClasses.MASK_CLASS, ctx, true));
    error("argument #2 expects an array", () -> make(IPClasses.MASK_CLASS, ctx, 8, "1.2.3.4"));
  }
}
