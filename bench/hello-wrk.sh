#!/usr/bin/env bash
#
# Requests per second of examples/hello on pipy against nginx returning the same 11 bytes,
# measured with wrk in one run on this machine:
#
#   bench/hello-wrk.sh              (env: DURATION=10s CONNECTIONS=50 WARMUP=5s)
#
# Installs wrk and nginx from Debian if missing (apt-get; needs root), builds the distribution
# if needed (through ./pipy), starts nginx (1 worker) and pipy (1 thread) on free loopback
# ports, warms both up, runs `wrk -t1 -c50 -d10s` against each and prints requests/s and the
# ratio. Both servers are ended by their PIDs when the script exits, however it exits.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-50}
warmup=${WARMUP:-5s}

install_missing() {
  local missing=()
  command -v wrk >/dev/null 2>&1 || missing+=(wrk)
  command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
  command -v curl >/dev/null 2>&1 || missing+=(curl)
  [ ${#missing[@]} -eq 0 ] && return
  if [ "$(id -u)" != 0 ]; then
    echo "bench: missing ${missing[*]}; install them (apt-get install ${missing[*]}) or run as root" >&2
    exit 1
  fi
  echo "bench: installing ${missing[*]} ..." >&2
  # Keep Debian's nginx package from starting its own server on port 80.
  local made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
  return 0
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
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/pipy-bench.XXXXXX")
nginx_pid=
pipy_pid=
cleanup() {
  stop "$pipy_pid"
  stop "$nginx_pid"
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- nginx ---
nginx_port=$(free_port)
sed -e "s|@USER@|$(id -un)|g" -e "s|@PREFIX@|$tmp|g" -e "s|@PORT@|$nginx_port|g" \
  "$root/bench/nginx-hello.conf" >"$tmp/nginx.conf"
"$nginx_bin" -p "$tmp" -e "$tmp/error.log" -c "$tmp/nginx.conf" >"$tmp/nginx.out" 2>&1 &
nginx_pid=$!
await_port "$nginx_port" "$nginx_pid" nginx || { cat "$tmp/nginx.out" "$tmp/error.log" >&2 || true; exit 1; }

# --- pipy: examples/hello moved to a free port ---
"$root/pipy" --version >/dev/null   # builds the distribution first if it is out of date
pipy_port=$(free_port)
while [ "$pipy_port" = "$nginx_port" ]; do pipy_port=$(free_port); done
sed "s/8080/$pipy_port/" "$root/examples/hello/main.js" >"$tmp/hello.js"
"$root/pipy" --no-graph "$tmp/hello.js" >"$tmp/pipy.out" 2>&1 &
pipy_pid=$!
await_port "$pipy_port" "$pipy_pid" pipy || { cat "$tmp/pipy.out" >&2; exit 1; }

# Both must give the same answer, or the comparison means nothing.
for port in "$nginx_port" "$pipy_port"; do
  body=$(curl -s --max-time 5 "http://127.0.0.1:$port/")
  if [ "$body" != "Hi, there!" ]; then
    echo "bench: 127.0.0.1:$port answered '$body', not 'Hi, there!'" >&2
    exit 1
  fi
done

run_wrk() {
  wrk -t1 -c"$connections" -d"$2" "http://127.0.0.1:$1/"
}

# Warm-up: lets the JIT compile pipy's hot path (nginx gets the same, for fairness).
run_wrk "$nginx_port" "$warmup" >/dev/null
run_wrk "$pipy_port" "$warmup" >/dev/null

echo "== nginx (1 worker) on 127.0.0.1:$nginx_port"
nginx_out=$(run_wrk "$nginx_port" "$duration")
echo "$nginx_out"
echo "== pipy (1 thread) on 127.0.0.1:$pipy_port"
pipy_out=$(run_wrk "$pipy_port" "$duration")
echo "$pipy_out"

rps() { awk '/^Requests\/sec:/ { print $2 }' <<<"$1"; }
nginx_rps=$(rps "$nginx_out")
pipy_rps=$(rps "$pipy_out")
echo
echo "wrk -t1 -c$connections -d$duration, after a $warmup warm-up each"
printf '%-8s %12s req/s\n' nginx "$nginx_rps" pipy "$pipy_rps"
awk -v p="$pipy_rps" -v n="$nginx_rps" 'BEGIN { if (n > 0) printf "pipy/nginx: %.2f\n", p / n }'
