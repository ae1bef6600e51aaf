#!/usr/bin/env bash
#
# HTTP/1.1 requests per second of pipy against nginx doing the same job, in one run on this
# machine, with wrk:
#
#   hello  pipy's serveHTTP answering "Hi, there!\n"    vs  nginx's `return 200 "Hi, there!\n"`
#   proxy  pipy's demuxHTTP -> muxHTTP -> connect        vs  nginx's proxy_pass with kept-alive
#          to an nginx hello server                          upstream connections, same upstream
#
# each with `wrk -t1 -c<N>` for every N in CONNECTIONS, ROUNDS times in turn (the median is
# reported, every round is printed), after a warm-up of each server (so the JIT has compiled
# pipy's hot path):
#
#   bench/http-wrk.sh        (env: CONNECTIONS="50 500" DURATION=10s WARMUP=10s ROUNDS=3,
#                             PIPY=<a bin/pipy> instead of ./pipy)
#
# Installs wrk, nginx and curl from Debian when missing (apt-get; needs root). Every server runs
# one worker (pipy: one thread) on a free loopback port, in a temp folder, and is ended by its
# PID however the script exits. Prints a Markdown table for bench/README.md.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
duration=${DURATION:-10s}
# 10 s: with 500 connections the JIT is still compiling (and recompiling after the connections
# of the previous run closed) for several seconds.
warmup=${WARMUP:-10s}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-50 500}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk nginx:nginx curl:curl

take_port origin
take_port nginx_proxy
take_port pipy_hello
take_port pipy_proxy

start_nginx "$root/bench/http-nginx-origin.conf" nginx-origin "$origin" "PORT=$origin"
start_nginx "$root/bench/http-nginx-proxy.conf" nginx-proxy "$nginx_proxy" "PORT=$nginx_proxy" "UPSTREAM=127.0.0.1:$origin"
"$pipy_cmd" --version >/dev/null # ./pipy builds the distribution first if it is out of date
start_pipy "pipy().listen($pipy_hello).serveHTTP(new Message('Hi, there!\\n'))" pipy-hello "$pipy_hello"
start_pipy "$(proxy_script "$pipy_proxy" "$origin")" pipy-proxy "$pipy_proxy"

# Every server must give the same answer, or the comparison means nothing.
for port in "$origin" "$nginx_proxy" "$pipy_hello" "$pipy_proxy"; do check_answer "$port" "Hi, there!"; done

targets=(nginx-hello pipy-hello nginx-proxy pipy-proxy)
port_of() {
  case $1 in
    nginx-hello) echo "$origin" ;;
    pipy-hello) echo "$pipy_hello" ;;
    nginx-proxy) echo "$nginx_proxy" ;;
    pipy-proxy) echo "$pipy_proxy" ;;
  esac
}

# Runs wrk against target $1 with $2 connections for $3; prints requests/s, or fails on errors.
run_wrk() {
  local out
  out=$(wrk -t1 -c"$2" -d"$3" "http://127.0.0.1:$(port_of "$1")/")
  if grep -q -E 'Non-2xx|Socket errors' <<<"$out"; then
    echo "bench: $1 with $2 connections had errors:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '/^Requests\/sec:/ { print $2 }' <<<"$out"
}

describe_machine
echo "wrk -t1 -c<N> -d$duration, $rounds rounds, after a $warmup warm-up of each server"
declare -A results
for c in $connections; do
  for t in "${targets[@]}"; do run_wrk "$t" "$c" "$warmup" >/dev/null; done
  for r in $(seq 1 "$rounds"); do
    for t in "${targets[@]}"; do
      rps=$(run_wrk "$t" "$c" "$duration")
      results[$t/$c]="${results[$t/$c]:-} $rps"
      printf 'round %d  -c%-4s %-12s %12s req/s\n' "$r" "$c" "$t" "$rps"
    done
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"

echo
echo "| test | wrk -c | nginx req/s | pipy req/s | pipy/nginx |"
echo "|---|---|---|---|---|"
for job in hello proxy; do
  for c in $connections; do
    # shellcheck disable=SC2086 # the rounds are a list of words
    n=$(median ${results[nginx-$job/$c]})
    # shellcheck disable=SC2086
    p=$(median ${results[pipy-$job/$c]})
    awk -v job="$job" -v c="$c" -v n="$n" -v p="$p" \
      'BEGIN { printf "| %s | %s | %\047d | %\047d | %.2f |\n", job, c, n, p, p / n }'
  done
done
