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

install_missing() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" != 0 ]; then
    echo "bench: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
    exit 1
  fi
  echo "bench: installing ${missing[*]} ..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# A port nothing listens on (bash's /dev/tcp fails to connect).
free_port() {
  local p
  for _ in $(seq 1 100); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return
    fi
  done
  echo "bench: no free port found" >&2
  exit 1
}

# Waits until 127.0.0.1:$1 accepts connections, while process $2 lives; at most 60 s.
await_port() {
  for _ in $(seq 1 600); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "bench: $3 exited before listening on $1" >&2; return 1; }
    sleep 0.1
  done
  echo "bench: $3 did not listen on $1 within 60 s" >&2
  return 1
}

stop() {
  local pid=$1
  [ -n "$pid" ] || return 0
  kill "$pid" 2>/dev/null || return 0
  for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null || true
}

install_missing

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pipy-bench.XXXXXX")
pids=()
cleanup() {
  for pid in "${pids[@]}"; do stop "$pid"; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

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
  port=$(free_port)
  write_script "$port"
  "$bin" --no-graph "$tmp/throttle.js" >"$tmp/$name.out" 2>&1 &
  pid=$!
  pids+=("$pid")
  await_port "$port" "$pid" "$name" || { cat "$tmp/$name.out" >&2; exit 1; }
  local body
  body=$(curl -s --max-time 5 "http://127.0.0.1:$port/")
  if [ "$body" != "Hi, there!" ]; then
    echo "bench: $name answered '$body', not 'Hi, there!'" >&2
    exit 1
  fi
  # Warm-up: the JIT compiles the hot path, and the quota settles into its steady rhythm.
  wrk -t1 -c"$connections" -d"$warmup" --timeout 10s "http://127.0.0.1:$port/" >/dev/null
  echo "== $name (1 thread) on 127.0.0.1:$port, quota $rate/s"
  out=$(wrk -t1 -c"$connections" -d"$duration" --timeout 10s "http://127.0.0.1:$port/")
  echo "$out"
  measured=$(rps "$out")
  stop "$pid"
}

pipy_bin=${PIPY:-$root/pipy}
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
