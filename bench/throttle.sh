#!/usr/bin/env bash
#
# How well throttleMessageRate holds a load to its quota: pipy answers HTTP requests behind
# throttleMessageRate(new algo.Quota(RATE, {per: '1s'})) while wrk pushes as hard as it can;
# the requests/s wrk measures should be RATE give or take 5%.
#
#   bench/throttle.sh             (env: RATE=1000 DURATION=20s CONNECTIONS=50 WARMUP=5s
#                                       PIPY=<the pipy to measure, default ./pipy>
#                                       REFERENCE=<another pipy binary to measure as well>)
#
# Installs wrk and curl from Debian if missing (apt-get; needs root), builds the distribution if
# needed (through ./pipy), starts pipy (1 thread) on a free loopback port, warms it up, runs
# `wrk -t1 -cCONNECTIONS -dDURATION`, and prints requests/s against RATE. With REFERENCE (such as
# Pipy's own C++ build) it measures that binary on the same script too. Every pipy started is
# ended by its PID when the script exits, however it exits.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
rate=${RATE:-1000}
duration=${DURATION:-20s}
connections=${CONNECTIONS:-50}
warmup=${WARMUP:-5s}
reference=${REFERENCE:-}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk curl:curl

# The script: every request waits for one unit of a quota that grows back to RATE each second.
write_script() {
  cat >"$tmp/throttle.js" <<EOF
((
  quota = new algo.Quota($rate, { per: '1s' }),
) => pipy()
  .listen($1)
  .demuxHTTP().to(
    \$=>\$
    .throttleMessageRate(quota)
    .replaceMessage(new Message('Hi, there!\n'))
  )
)()
EOF
}

rps() { awk '/^Requests\/sec:/ { print $2 }' <<<"$1"; }

# Measures binary $1 (named $2); prints wrk's output and leaves the figure in $measured.
measure() {
  local bin=$1 name=$2 port pid out
  take_port port
  write_script "$port"
  "$bin" --no-graph "$tmp/throttle.js" >"$tmp/$name.out" 2>&1 &
  pid=$!
  pids+=("$pid")
  await_port "$port" "$pid" "$name" || { cat "$tmp/$name.out" >&2; exit 1; }
  check_answer "$port" "Hi, there!"
  # Warm-up: the JIT compiles the hot path, and the quota settles into its steady rhythm.
  wrk -t1 -c"$connections" -d"$warmup" --timeout 10s "http://127.0.0.1:$port/" >/dev/null
  echo "== $name (1 thread) on 127.0.0.1:$port, quota $rate/s"
  out=$(wrk -t1 -c"$connections" -d"$duration" --timeout 10s "http://127.0.0.1:$port/")
  echo "$out"
  measured=$(rps "$out")
  stop "$pid"
}

pipy_bin=$pipy_cmd
"$pipy_bin" --version >/dev/null   # ./pipy builds the distribution first if it is out of date

measure "$pipy_bin" pipy
pipy_rps=$measured
ref_rps=
if [ -n "$reference" ]; then
  measure "$reference" reference
  ref_rps=$measured
fi

echo
echo "wrk -t1 -c$connections -d$duration --timeout 10s, after a $warmup warm-up; quota $rate/s"
report() {
  awk -v name="$1" -v m="$2" -v r="$rate" 'BEGIN {
    d = (m - r) / r * 100
    printf "%-10s %10.1f req/s  %+.1f%% of the quota  %s\n", name, m, d, (d >= -5 && d <= 5) ? "within 5%" : "OUTSIDE 5%"
  }'
}
report pipy "$pipy_rps"
[ -n "$ref_rps" ] && report reference "$ref_rps"
exit 0
