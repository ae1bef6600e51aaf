#!/usr/bin/env bash
#
# Requests per second of examples/hello on pipy against nginx returning the same 11 bytes,
# measured with wrk in one run on this machine:
#
#   bench/hello-wrk.sh              (env: DURATION=10s CONNECTIONS=50 WARMUP=5s, PIPY=<bin/pipy>)
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

# shellcheck source=bench/lib.sh
. "$root/bench/lib.sh"

install_missing wrk:wrk nginx:nginx curl:curl

take_port nginx_port
take_port pipy_port
start_nginx "$root/bench/nginx-hello.conf" nginx "$nginx_port" "PORT=$nginx_port"
"$pipy_cmd" --version >/dev/null # ./pipy builds the distribution first if it is out of date
# examples/hello, moved to a free port
start_pipy "$(sed "s/8080/$pipy_port/" "$root/examples/hello/main.js")" pipy "$pipy_port"

# Both must give the same answer, or the comparison means nothing.
for port in "$nginx_port" "$pipy_port"; do check_answer "$port" "Hi, there!"; done

run_wrk() {
  wrk -t1 -c"$connections" -d"$2" "http://127.0.0.1:$1/"
}

# Warm-up: lets the JIT compile pipy's hot path (nginx gets the same, for fairness).
run_wrk "$nginx_port" "$warmup" >/dev/null
run_wrk "$pipy_port" "$warmup" >/dev/null

describe_machine
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
