#!/usr/bin/env bash
#
# Throughput of pipy's TCP proxy against haproxy in TCP mode, in one run on this machine, both
# between the same client and the same upstream on loopback:
#
#   wrk -> proxy -> nginx        requests/s of small keep-alive requests
#   curl -> proxy -> nginx       MB/s of one large file
#
#   bench/tcp-proxy.sh    (env: DURATION=10s CONNECTIONS=50 WARMUP=5s ROUNDS=2 BULK_MB=100 BULK_RUNS=5)
#
# Installs wrk, nginx, curl and haproxy from Debian if missing (apt-get; needs root), builds the
# distribution if needed (through ./pipy; set MVN to choose the Maven command), starts nginx
# (1 worker) as the upstream, haproxy (1 thread, mode tcp) and pipy (1 thread,
# `pipy().listen(port).connect(upstream)`) on free loopback ports, checks that all three answer
# alike, warms each proxy up, then runs ROUNDS rounds of `wrk -t1 -cCONNECTIONS -dDURATION`
# alternating haproxy and pipy (and nginx alone, for reference), and BULK_RUNS downloads of a
# BULK_MB file through each. Prints requests/s, MB/s and the ratios pipy/haproxy. Every server
# is ended by its PID when the script exits, however it exits.
#
# With ALLOC=1 (the default; needs the JDK's jcmd and jfr) one more wrk run against pipy is
# recorded with JDK Flight Recorder to give the bytes pipy allocates per request, a figure that,
# unlike req/s, does not depend on what else the machine is doing.
#
# PIPY_JAVA_OPTS is passed on to bin/pipy (e.g. -XX:StartFlightRecording=... to profile).
# PIPY=<path to a bin/pipy> runs that build instead of this tree's (e.g. a copy of an older one,
# for a before/after comparison).
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
warmup=${WARMUP:-5s}
rounds=${ROUNDS:-2}
bulk_mb=${BULK_MB:-100}
bulk_runs=${BULK_RUNS:-5}
alloc=${ALLOC:-1}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk nginx:nginx haproxy:haproxy curl:curl
haproxy_bin=$(command -v haproxy || echo /usr/sbin/haproxy)

# --- nginx: the upstream, serving "Hi, there!" and a bulk file of random bytes ---
take_port nginx_port
mkdir -p "$tmp/nginx/www"
head -c "$((bulk_mb * 1024 * 1024))" /dev/urandom >"$tmp/nginx/www/bulk.bin"
bulk_sum=$(cksum <"$tmp/nginx/www/bulk.bin")
start_nginx "$root/bench/nginx-upstream.conf" nginx "$nginx_port" "PORT=$nginx_port"
nginx_pid=${pids[-1]}

# --- haproxy: one thread, plain TCP mode (no splicing, which is off by default) ---
take_port haproxy_port
cat >"$tmp/haproxy.cfg" <<EOF
global
  nbthread 1
  maxconn 4096
defaults
  mode tcp
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend bench
  bind 127.0.0.1:$haproxy_port
  default_backend upstream
backend upstream
  server nginx 127.0.0.1:$nginx_port
EOF
"$haproxy_bin" -db -f "$tmp/haproxy.cfg" >"$tmp/haproxy.out" 2>&1 &
haproxy_pid=$!
pids+=("$haproxy_pid")
await_port "$haproxy_port" "$haproxy_pid" haproxy || { cat "$tmp/haproxy.out" >&2; exit 1; }

# --- pipy: one thread, the simplest L4 proxy ---
"$pipy_cmd" --version >/dev/null # ./pipy builds the distribution first if it is out of date
take_port pipy_port
start_pipy "pipy().listen('127.0.0.1:$pipy_port').connect('127.0.0.1:$nginx_port')" pipy "$pipy_port"
pipy_pid=${pids[-1]}

# All three must give the same answers, or the comparison means nothing.
for port in "$nginx_port" "$haproxy_port" "$pipy_port"; do
  check_answer "$port" "Hi, there!"
  sum=$(curl -s --max-time 60 "http://127.0.0.1:$port/bulk.bin" | cksum)
  if [ "$sum" != "$bulk_sum" ]; then
    echo "bench: 127.0.0.1:$port sent a different bulk.bin (cksum $sum, not $bulk_sum)" >&2
    exit 1
  fi
done

run_wrk() {
  wrk -t1 -c"$connections" -d"$2" "http://127.0.0.1:$1/"
}
rps() { awk '/^Requests\/sec:/ { print $2 }' <<<"$1"; }
requests() { awk '/ requests in / { print $1 }' <<<"$1"; }
# Runs wrk against port $1 served by process $2; prints "req/s cpu-µs-per-request" (user +
# system, from lib.sh's cpu_ticks) and keeps
# wrk's report in $tmp/wrk.out. CPU per request depends far less than req/s on what else the shared
# cores are doing, so it is the steadier measure of each proxy's cost.
measure() {
  local before after out
  before=$(cpu_ticks "/proc/$2" | awk '{ print $1 + $2 }')
  out=$(run_wrk "$1" "$duration")
  echo "$out" >"$tmp/wrk.out"
  after=$(cpu_ticks "/proc/$2" | awk '{ print $1 + $2 }')
  awk -v r="$(rps "$out")" -v n="$(requests "$out")" -v t="$((after - before))" -v hz="$ticks_per_second" \
    'BEGIN { printf "%s %.2f\n", r, (n > 0 ? t / hz * 1e6 / n : 0) }'
}
mean() { awk '{ s += $1; n++ } END { if (n) printf "%.0f", s / n }'; }
median() { sort -g | awk '{ v[n++] = $1 } END { if (n) print (n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2) }'; }

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm-up: lets the JIT compile pipy's hot path (haproxy gets the same, for fairness).
run_wrk "$haproxy_port" "$warmup" >/dev/null
run_wrk "$pipy_port" "$warmup" >/dev/null

nginx_all=
haproxy_all=
pipy_all=
haproxy_cpu=
pipy_cpu=
for round in $(seq 1 "$rounds"); do
  set -- $(measure "$nginx_port" "$nginx_pid"); nginx_all="$nginx_all $1"
  echo "round $round: nginx alone   $1 req/s"
  set -- $(measure "$haproxy_port" "$haproxy_pid"); haproxy_all="$haproxy_all $1"; haproxy_cpu="$haproxy_cpu $2"
  echo "round $round: via haproxy   $1 req/s, $2 µs CPU per request"
  [ "$round" = "$rounds" ] && cat "$tmp/wrk.out"
  set -- $(measure "$pipy_port" "$pipy_pid"); pipy_all="$pipy_all $1"; pipy_cpu="$pipy_cpu $2"
  echo "round $round: via pipy      $1 req/s, $2 µs CPU per request"
  [ "$round" = "$rounds" ] && cat "$tmp/wrk.out"
done

# Bytes pipy allocates per request: the growth of every thread's allocation counter
# (jdk.ThreadAllocationStatistics, sampled every 500 ms) over one wrk run, divided by its requests.
alloc_per_request() {
  local jdk n
  jdk=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
  if [ ! -x "$jdk/bin/jcmd" ] || [ ! -x "$jdk/bin/jfr" ]; then
    echo "n/a (no jcmd/jfr in $jdk)"
    return
  fi
  cat >"$tmp/alloc.jfc" <<'EOF'
<?xml version="1.0" encoding="UTF-8"?>
<configuration version="2.0">
  <event name="jdk.ThreadAllocationStatistics">
    <setting name="enabled">true</setting>
    <setting name="period">500 ms</setting>
  </event>
</configuration>
EOF
  "$jdk/bin/jcmd" "$pipy_pid" JFR.start name=bench-alloc settings="$tmp/alloc.jfc" >/dev/null
  sleep 1.2   # a sample before the run
  n=$(requests "$(run_wrk "$pipy_port" "$duration")")
  sleep 1.2   # and one after it
  "$jdk/bin/jcmd" "$pipy_pid" JFR.dump name=bench-alloc filename="$tmp/alloc.jfr" >/dev/null
  "$jdk/bin/jcmd" "$pipy_pid" JFR.stop name=bench-alloc >/dev/null
  "$jdk/bin/jfr" print --events jdk.ThreadAllocationStatistics "$tmp/alloc.jfr" | awk -v n="$n" '
    /allocated = / {
      v = $3; u = $4
      if (u == "kB") v *= 1024; else if (u == "MB") v *= 1048576; else if (u == "GB") v *= 1073741824
    }
    /thread = / {
      t = $0
      if (!(t in lo) || v < lo[t]) lo[t] = v
      if (!(t in hi) || v > hi[t]) hi[t] = v
    }
    END { for (t in hi) sum += hi[t] - lo[t]; if (n > 0) printf "%.0f bytes/request (%d requests)", sum / n, n }'
}
alloc_result=
if [ "$alloc" = 1 ]; then alloc_result=$(alloc_per_request); fi

# Bulk: a large file through each proxy, alternating; MB/s as curl reports it (bytes/s / 1e6).
haproxy_mbs=
pipy_mbs=
bulk() {
  curl -s --max-time 120 -o /dev/null -w '%{speed_download}' "http://127.0.0.1:$1/bulk.bin" |
    awk '{ printf "%.1f", $1 / 1e6 }'
}
for _ in $(seq 1 "$bulk_runs"); do
  haproxy_mbs="$haproxy_mbs $(bulk "$haproxy_port")"
  pipy_mbs="$pipy_mbs $(bulk "$pipy_port")"
done

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
nginx_rps=$(tr ' ' '\n' <<<"$nginx_all" | grep . | mean)
haproxy_rps=$(tr ' ' '\n' <<<"$haproxy_all" | grep . | mean)
pipy_rps=$(tr ' ' '\n' <<<"$pipy_all" | grep . | mean)
haproxy_us=$(tr ' ' '\n' <<<"$haproxy_cpu" | grep . | awk '{ s += $1; n++ } END { if (n) printf "%.2f", s / n }')
pipy_us=$(tr ' ' '\n' <<<"$pipy_cpu" | grep . | awk '{ s += $1; n++ } END { if (n) printf "%.2f", s / n }')
haproxy_bulk=$(tr ' ' '\n' <<<"$haproxy_mbs" | grep . | median)
pipy_bulk=$(tr ' ' '\n' <<<"$pipy_mbs" | grep . | median)
echo
echo "wrk -t1 -c$connections -d$duration, $rounds round(s) after a $warmup warm-up each; mean req/s"
printf '%-14s %10s req/s\n' "nginx alone" "$nginx_rps" "via haproxy" "$haproxy_rps" "via pipy" "$pipy_rps"
awk -v p="$pipy_rps" -v h="$haproxy_rps" 'BEGIN { if (h > 0) printf "pipy/haproxy: %.2f\n", p / h }'
echo "CPU per request (the proxy process, user + system): haproxy $haproxy_us µs, pipy $pipy_us µs"
awk -v p="$pipy_us" -v h="$haproxy_us" 'BEGIN { if (p > 0) printf "haproxy/pipy (pipy'"'"'s efficiency relative to haproxy): %.2f\n", h / p }'
[ -n "$alloc_result" ] && echo "pipy allocates $alloc_result"
echo
echo "curl of a $bulk_mb MB file, median of $bulk_runs runs each; MB/s (runs: haproxy$haproxy_mbs; pipy$pipy_mbs)"
printf '%-14s %10s MB/s\n' "via haproxy" "$haproxy_bulk" "via pipy" "$pipy_bulk"
awk -v p="$pipy_bulk" -v h="$haproxy_bulk" 'BEGIN { if (h > 0) printf "pipy/haproxy: %.2f\n", p / h }'
