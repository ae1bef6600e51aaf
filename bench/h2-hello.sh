#!/usr/bin/env bash
#
# HTTP/2 requests per second of pipy against nginx doing the same job over cleartext HTTP/2
# (prior knowledge), in one run on this machine, with h2load. The jobs (JOBS):
#
#   hello  pipy's serveHTTP answering "Hi, there!\n"  vs  nginx's `return 200`
#   proxy  an HTTP/2 gateway to an HTTP/1.1 origin (nginx answering "Hi, there!\n"): pipy's
#          demuxHTTP -> muxHTTP -> connect  vs  nginx's proxy_pass with kept-alive upstream
#          connections (bench/h2-nginx-proxy.conf)
#
#   bench/h2-hello.sh        (env: JOBS="hello" CLIENTS="50" STREAMS=10 DURATION=10 WARMUP=5
#                             ROUNDS=3, PIPY=<a bin/pipy> instead of ./pipy, PIPY_ARGS)
#   JOBS="hello proxy" bench/h2-hello.sh
#
# `h2load -t1 -c<clients> -m<streams> -D<seconds>` against each, ROUNDS times in turn after a
# warm-up; the median is reported and every round printed. Installs nghttp2-client (h2load),
# nginx and curl from Debian when missing (apt-get; needs root). Both servers run one worker on
# a free loopback port and are ended by their PIDs however the script exits.
set -euo pipefail

root=$(cd -P -- "$(dirname -- "${BASH_SOURCE[0]}")/.." && pwd -P)
duration=${DURATION:-10}
warmup=${WARMUP:-5}
rounds=${ROUNDS:-3}
clients=${CLIENTS:-50}
streams=${STREAMS:-10}
jobs=${JOBS:-hello}

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing h2load:nghttp2-client nginx:nginx curl:curl

"$pipy_cmd" --version >/dev/null # ./pipy builds the distribution first if it is out of date
declare -A nginx_ports pipy_ports
for job in $jobs; do
  take_port nginx_port
  take_port pipy_port
  case $job in
    hello)
      start_nginx "$root/bench/h2-nginx.conf" nginx-h2 "$nginx_port" "PORT=$nginx_port"
      start_pipy "pipy().listen($pipy_port).serveHTTP(new Message('Hi, there!\\n'))" pipy-hello "$pipy_port"
      ;;
    proxy)
      take_port origin
      start_nginx "$root/bench/http-nginx-origin.conf" nginx-origin "$origin" "PORT=$origin"
      start_nginx "$root/bench/h2-nginx-proxy.conf" nginx-h2-proxy "$nginx_port" "PORT=$nginx_port" "UPSTREAM=127.0.0.1:$origin"
      start_pipy "$(proxy_script "$pipy_port" "$origin")" pipy-h2-proxy "$pipy_port"
      ;;
    *)
      echo "bench: unknown job '$job' (expected: hello, proxy)" >&2
      exit 2
      ;;
  esac
  # Both must give the same answer, or the comparison means nothing.
  for port in "$nginx_port" "$pipy_port"; do check_answer "$port" "Hi, there!" --http2-prior-knowledge; done
  nginx_ports[$job]=$nginx_port
  pipy_ports[$job]=$pipy_port
done

# h2load against port $1 with $2 clients for $3 seconds; prints requests/s, or fails on errors.
run_h2load() {
  local out
  out=$(h2load -t1 -c"$2" -m"$streams" -D"$3" "http://127.0.0.1:$1/")
  if ! grep -q -E '^requests: .* 0 failed, 0 errored, 0 timeout' <<<"$out" || ! grep -q -E '^status codes: [0-9]+ 2xx, 0 3xx, 0 4xx, 0 5xx' <<<"$out"; then
    echo "bench: h2load against $1 had errors:" >&2
    echo "$out" >&2
    exit 1
  fi
  sed -n 's/^finished in .*, \([0-9.]*\) req\/s.*/\1/p' <<<"$out"
}

describe_machine
echo "h2load -t1 -c<N> -m$streams -D$duration, $rounds rounds, after a ${warmup}s warm-up of each server"
declare -A results
for job in $jobs; do
  for c in $clients; do
    run_h2load "${nginx_ports[$job]}" "$c" "$warmup" >/dev/null
    run_h2load "${pipy_ports[$job]}" "$c" "$warmup" >/dev/null
    for r in $(seq 1 "$rounds"); do
      n=$(run_h2load "${nginx_ports[$job]}" "$c" "$duration")
      p=$(run_h2load "${pipy_ports[$job]}" "$c" "$duration")
      results[nginx/$job/$c]="${results[nginx/$job/$c]:-} $n"
      results[pipy/$job/$c]="${results[pipy/$job/$c]:-} $p"
      printf 'round %d  %-5s -c%-4s nginx %12s req/s   pipy %12s req/s\n' "$r" "$job" "$c" "$n" "$p"
    done
  done
done
echo "load after: $(uptime | sed 's/.*load average: //')"

echo
echo "| test | h2load -c/-m | nginx req/s | pipy req/s | pipy/nginx |"
echo "|---|---|---|---|---|"
for job in $jobs; do
  for c in $clients; do
    # shellcheck disable=SC2086 # the rounds are a list of words
    n=$(median ${results[nginx/$job/$c]})
    # shellcheck disable=SC2086
    p=$(median ${results[pipy/$job/$c]})
    awk -v job="$job" -v c="$c" -v m="$streams" -v n="$n" -v p="$p" \
      'BEGIN { printf "| h2 %s | %s/%s | %\047d | %\047d | %.2f |\n", job, c, m, n, p, p / n }'
  done
done
