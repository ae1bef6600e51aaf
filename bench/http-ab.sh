#!/usr/bin/env bash
#
# A/B of two pipy builds as HTTP/1.1 L7 proxies (demuxHTTP -> muxHTTP -> connect to an nginx
# hello origin), measured in turns in one run so that both see the same machine: the figure to
# look at before keeping a change to the proxy's hot path. Per turn it prints requests/s and the
# user CPU per request of each pipy's event-loop thread (/proc, the steadiest figure on a shared
# machine), then the median of each.
#
#   bench/http-ab.sh A/bin/pipy B/bin/pipy   (env: CONNECTIONS=50 DURATION=10s WARMUP=10s ROUNDS=4)
#
# Build the "before" distribution in a worktree (git worktree add /tmp/base <commit>, then
# mvn -q package -DskipTests -pl dist -am there) and pass its dist/target/pipy-*/bin/pipy as A.
# Installs wrk, nginx and curl from Debian when missing; every server is ended by its PID.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
[ $# -eq 2 ] || { echo "usage: bench/http-ab.sh A/bin/pipy B/bin/pipy" >&2; exit 2; }
duration=${DURATION:-10s}
warmup=${WARMUP:-10s}
rounds=${ROUNDS:-4}
connections=${CONNECTIONS:-50}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk nginx:nginx curl:curl

take_port origin
take_port port_a
take_port port_b
start_nginx "$root/bench/http-nginx-origin.conf" nginx-origin "$origin" "PORT=$origin"
PIPY=$1 pipy_cmd=$1 start_pipy "$(proxy_script "$port_a" "$origin")" pipy-a "$port_a"
pid_a=${pids[-1]}
PIPY=$2 pipy_cmd=$2 start_pipy "$(proxy_script "$port_b" "$origin")" pipy-b "$port_b"
pid_b=${pids[-1]}
for port in "$port_a" "$port_b"; do check_answer "$port" "Hi, there!"; done

thread_a=$(worker_thread "$pid_a")
thread_b=$(worker_thread "$pid_b")

# Runs wrk against port $1 while measuring thread path $2; prints "req/s user-µs/request".
measure() {
  local u0 s0 u1 s1 out
  read -r u0 s0 < <(cpu_ticks "$2")
  out=$(wrk -t1 -c"$connections" -d"$duration" "http://127.0.0.1:$1/")
  read -r u1 s1 < <(cpu_ticks "$2")
  if grep -q -E 'Non-2xx|Socket errors' <<<"$out"; then
    echo "bench: errors against port $1:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk -v r="$(awk '/^Requests\/sec:/ { print $2 }' <<<"$out")" \
      -v n="$(awk '/ requests in / { print $1 }' <<<"$out")" -v u="$((u1 - u0))" -v hz="$ticks_per_second" \
      'BEGIN { printf "%.0f %.2f\n", r, u / hz * 1e6 / n }'
}

describe_machine
echo "A: $1"
echo "B: $2"
wrk -t1 -c"$connections" -d"$warmup" "http://127.0.0.1:$port_a/" >/dev/null
wrk -t1 -c"$connections" -d"$warmup" "http://127.0.0.1:$port_b/" >/dev/null
echo "wrk -t1 -c$connections -d$duration, $rounds turns each after a $warmup warm-up"
rps_a=() rps_b=() cpu_a=() cpu_b=()
for r in $(seq 1 "$rounds"); do
  read -r rps cpu < <(measure "$port_a" "$thread_a")
  rps_a+=("$rps") cpu_a+=("$cpu")
  read -r rps cpu < <(measure "$port_b" "$thread_b")
  rps_b+=("$rps") cpu_b+=("$cpu")
  echo "turn $r  A ${rps_a[-1]} req/s ${cpu_a[-1]} µs/request   B ${rps_b[-1]} req/s ${cpu_b[-1]} µs/request"
done
echo "median  A $(median "${rps_a[@]}") req/s $(median "${cpu_a[@]}") µs/request   B $(median "${rps_b[@]}") req/s $(median "${cpu_b[@]}") µs/request"
echo "load after: $(uptime | sed 's/.*load average: //')"
