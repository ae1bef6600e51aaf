#!/usr/bin/env bash
#
# CPU time per request of pipy's HTTP/1.1 L7 proxy against nginx's, user and system apart, in
# one run on this machine. Requests/s on a small shared machine swing with whatever else runs;
# the CPU each proxy process spends per request (from /proc/PID/stat) moves far less, so this
# is the figure to compare before and after a change to the proxy's hot path.
#
#   bench/http-cpu.sh        (env: CONNECTIONS=50 DURATION=10s WARMUP=10s ROUNDS=2, PIPY=<bin/pipy>)
#
# nginx answers "Hi, there!\n" as the origin; in front of it run nginx's proxy_pass with kept-alive
# upstream connections (bench/http-nginx-proxy.conf) and pipy's
# demuxHTTP -> muxHTTP -> connect, one worker each. Each proxy is warmed up, then measured with
# `wrk -t1 -c<N> -d<duration>` ROUNDS times in turn. Installs wrk, nginx and curl from Debian when
# missing; every server is ended by its PID however the script exits.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
duration=${DURATION:-10s}
# 10 s: with 500 connections the JIT is still compiling (and recompiling after the connections
# of the previous run closed) for several seconds.
warmup=${WARMUP:-10s}
rounds=${ROUNDS:-2}
connections=${CONNECTIONS:-50}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk nginx:nginx curl:curl

take_port origin
take_port nginx_proxy
take_port pipy_proxy
start_nginx "$root/bench/http-nginx-origin.conf" nginx-origin "$origin" "PORT=$origin"
start_nginx "$root/bench/http-nginx-proxy.conf" nginx-proxy "$nginx_proxy" "PORT=$nginx_proxy" "UPSTREAM=127.0.0.1:$origin"
nginx_master=${pids[-1]}
"$pipy_cmd" --version >/dev/null # ./pipy builds the distribution first if it is out of date
start_pipy "$(proxy_script "$pipy_proxy" "$origin")" pipy-proxy "$pipy_proxy"
pipy_pid=${pids[-1]}
# nginx serves from its worker process, the master's only child.
nginx_worker=$(pgrep -P "$nginx_master" | head -1)
[ -n "$nginx_worker" ] || { echo "bench: cannot find nginx's worker process" >&2; exit 1; }
# pipy's event-loop thread alone, without the JIT compilers and the collector: the steadiest
# figure of what the proxy's own code costs (the whole process is measured too).
pipy_worker=$(worker_thread "$pipy_pid")

for port in "$nginx_proxy" "$pipy_proxy"; do check_answer "$port" "Hi, there!"; done

# Runs wrk against port $1 served by /proc path $2, also measuring /proc path $3; prints
# "req/s user-µs/request system-µs/request thread-user-µs/request".
measure() {
  local u0 s0 u1 s1 tu0 ts0 tu1 ts1 out
  read -r u0 s0 < <(cpu_ticks "$2")
  read -r tu0 ts0 < <(cpu_ticks "$3")
  out=$(wrk -t1 -c"$connections" -d"$duration" "http://127.0.0.1:$1/")
  read -r u1 s1 < <(cpu_ticks "$2")
  read -r tu1 ts1 < <(cpu_ticks "$3")
  if grep -q -E 'Non-2xx|Socket errors' <<<"$out"; then
    echo "bench: errors against port $1:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk -v r="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")" \
      -v n="$(awk '/ requests in / { print $1 }' <<<"$out")" \
      -v u="$((u1 - u0))" -v s="$((s1 - s0))" -v tu="$((tu1 - tu0))" -v hz="$ticks_per_second" \
      'BEGIN { printf "%.0f %.2f %.2f %.2f\n", r, u / hz * 1e6 / n, s / hz * 1e6 / n, tu / hz * 1e6 / n }'
}

describe_machine
wrk -t1 -c"$connections" -d"$warmup" "http://127.0.0.1:$nginx_proxy/" >/dev/null
wrk -t1 -c"$connections" -d"$warmup" "http://127.0.0.1:$pipy_proxy/" >/dev/null
echo "wrk -t1 -c$connections -d$duration, $rounds rounds after a $warmup warm-up of each proxy"
echo
echo "| round | proxy | req/s | user µs/request | system µs/request | user µs/request, event-loop thread |"
echo "|---|---|---|---|---|---|"
for r in $(seq 1 "$rounds"); do
  read -r rps user sys thread < <(measure "$nginx_proxy" "/proc/$nginx_worker" "/proc/$nginx_worker")
  echo "| $r | nginx | $rps | $user | $sys | $thread |"
  read -r rps user sys thread < <(measure "$pipy_proxy" "/proc/$pipy_pid" "$pipy_worker")
  echo "| $r | pipy | $rps | $user | $sys | $thread |"
done
echo "load after: $(uptime | sed 's/.*load average: //')"
