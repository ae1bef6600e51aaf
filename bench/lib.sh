# Shared by the wrk and h2load benchmarks in bench/ (sourced, not run): installing the tools,
# free ports, waiting for servers, starting nginx and pipy in the background and ending them by
# PID. The caller sets `root` (the repository) before sourcing this file.

# Installs the Debian packages named for the commands that are missing: "command:package ...".
install_missing() {
  local missing=() pair cmd pkg
  for pair in "$@"; do
    cmd=${pair%%:*}
    pkg=${pair#*:}
    if ! command -v "$cmd" >/dev/null 2>&1 && ! [ -x "/usr/sbin/$cmd" ]; then missing+=("$pkg"); fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
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

# take_port NAME: sets variable NAME to a loopback port nothing listens on (bash's /dev/tcp fails
# to connect) that this run has not taken yet. Not a $(...) function: the list of taken ports
# must outlive the call. Ports come from below the kernel's ephemeral range where possible: a
# port that some client connection holds as its local port cannot be bound, yet a connect to it
# looks free.
taken_ports=" "
ephemeral_low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 0)
if [ "${ephemeral_low:-0}" -gt 12000 ]; then
  port_base=10000 port_span=$((ephemeral_low - 10000))
else
  port_base=20000 port_span=40000
fi
take_port() {
  local p
  for _ in $(seq 1 200); do
    p=$((port_base + RANDOM % port_span))
    case $taken_ports in *" $p "*) continue ;; esac
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      taken_ports="$taken_ports$p "
      printf -v "$1" '%s' "$p"
      return
    fi
  done
  echo "bench: no free port found" >&2
  exit 1
}

# Waits until 127.0.0.1:$1 accepts connections while process $2 ($3 names it) lives; 60 s at most.
await_port() {
  for _ in $(seq 1 600); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    kill -0 "$2" 2>/dev/null || { echo "bench: $3 exited before listening on $1" >&2; return 1; }
    sleep 0.1
  done
  echo "bench: $3 did not listen on $1 within 60 s" >&2
  return 1
}

# Ends process $1: SIGTERM, then SIGKILL after 5 s.
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

# PIDs to end on exit, and the temp folder to remove.
pids=()
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pipy-bench.XXXXXX")
cleanup() {
  local pid
  for pid in "${pids[@]}"; do stop "$pid"; done
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

nginx_bin=
# Starts nginx with config template $1 (@USER@, @PREFIX@ and the given @NAME@=value pairs
# filled in), named $2, waiting for port $3.
start_nginx() {
  local template=$1 name=$2 port=$3
  shift 3
  [ -n "$nginx_bin" ] || nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
  local prefix="$tmp/$name"
  mkdir -p "$prefix"
  local script="s|@USER@|$(id -un)|g; s|@PREFIX@|$prefix|g"
  local kv
  for kv in "$@"; do script="$script; s|@${kv%%=*}@|${kv#*=}|g"; done
  sed -e "$script" "$template" >"$prefix/nginx.conf"
  "$nginx_bin" -p "$prefix" -e "$prefix/error.log" -c "$prefix/nginx.conf" >"$prefix/out" 2>&1 &
  pids+=($!)
  await_port "$port" "$!" "$name" || { cat "$prefix/out" "$prefix/error.log" >&2 || true; exit 1; }
}

# The pipy to run: $PIPY, else ./pipy (which builds the distribution first if it is out of date).
pipy_cmd=${PIPY:-$root/pipy}

# The L7 proxy every proxy benchmark runs, as script text: listens on port $1 and passes each
# request to the origin on 127.0.0.1 port $2 (demuxHTTP -> muxHTTP -> connect).
proxy_script() {
  printf "pipy().listen(%s).demuxHTTP().to(\$=>\$.muxHTTP().to(\$=>\$.connect('127.0.0.1:%s')))" "$1" "$2"
}

# Starts pipy on script text $1 (named $2, 1 worker thread), waiting for port $3.
start_pipy() {
  local text=$1 name=$2 port=$3
  printf '%s\n' "$text" >"$tmp/$name.js"
  # shellcheck disable=SC2086 # PIPY_ARGS is a list of options, e.g. "--io=io_uring"
  "$pipy_cmd" --no-graph ${PIPY_ARGS:-} "$tmp/$name.js" >"$tmp/$name.out" 2>&1 &
  pids+=($!)
  await_port "$port" "$!" "$name" || { cat "$tmp/$name.out" >&2; exit 1; }
}

# Fails unless GET http://127.0.0.1:$1/ answers the body $2 (extra curl options after).
check_answer() {
  local port=$1 want=$2
  shift 2
  local body
  body=$(curl -s --max-time 5 "$@" "http://127.0.0.1:$port/")
  if [ "$body" != "$want" ]; then
    echo "bench: 127.0.0.1:$port answered '$body', not '$want'" >&2
    exit 1
  fi
}

# The median of the numbers given.
median() {
  printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# The /proc path of the event-loop thread of pipy process $1 (its first worker), for measuring
# the proxy's own code without the JIT compilers and the collector.
worker_thread() {
  local t
  for t in /proc/"$1"/task/*; do
    [ "$(cat "$t/comm" 2>/dev/null)" = pipy-worker-0 ] && { echo "$t"; return; }
  done
  echo "bench: cannot find the worker thread of process $1" >&2
  exit 1
}

# CPU time: "user system" clock ticks that process or thread /proc path $1 (/proc/PID or
# /proc/PID/task/TID) has used so far, fields 14 and 15 of its stat counted after the ")" that
# ends the command name; $ticks_per_second converts them.
ticks_per_second=$(getconf CLK_TCK)
cpu_ticks() { sed 's/.*) //' "$1/stat" | awk '{ print $12, $13 }'; }

# What the results were measured on.
describe_machine() {
  echo "machine: $(nproc) CPUs, $(awk -F: '/model name/ { print $2; exit }' /proc/cpuinfo | sed 's/^ *//'), $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo)"
  echo "software: $("$nginx_bin" -v 2>&1 | sed 's/.*: //'), $(java -version 2>&1 | head -1), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "load before: $(uptime | sed 's/.*load average: //')"
}
