#!/usr/bin/env bash
# Measures the prediction server on loopback with wrk: one-instance predict requests against the
# trivial /healthz endpoint of the same server, and prints requests/s, p99 latency and the ratio.
#
# Usage: src/bench/serving/serve-bench.sh [SECONDS] [CONNECTIONS]
# Needs: a packaged build (mvn -B -o package -DskipTests) and wrk on the PATH.
set -euo pipefail

seconds="${1:-10}"
connections="${2:-4}"
root="$(cd "$(dirname "$0")/../../.." && pwd)"
work="$root/target/serve-bench"
port=18501
mkdir -p "$work"
classpath="$root/target/classes:$root/target/lib/*"
run() { java -cp "$classpath" deepdesk.DeepDesk "$@"; }

if [[ ! -f "$work/iris.ddmodel" ]]; then
  run train "$root/samples/iris.csv" --target species --epochs 30 --hidden 16,8 \
    --out "$work/iris.ddmodel" > /dev/null
fi
head -c 32 /dev/urandom | base64 | tr -d '/+=\n' > "$work/token"
token="$(cat "$work/token")"

java -cp "$classpath" deepdesk.DeepDesk serve "$work/iris.ddmodel" --port "$port" --name iris \
  --token-file "$work/token" > "$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$port/healthz" > /dev/null && break
  sleep 0.2
done

cat > "$work/predict.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"instances": [{"sepal_length": 5.9, "sepal_width": 3.0, "petal_length": 5.1, "petal_width": 1.8}]}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer $token"
LUA
cat > "$work/health.lua" <<LUA
wrk.headers["Authorization"] = "Bearer $token"
LUA

curl -sf -H "Authorization: Bearer $token" -d "$(sed -n 's/^wrk.body = .\(.*\).$/\1/p' "$work/predict.lua")" \
  "http://127.0.0.1:$port/v1/models/iris:predict"
echo

measure() {  # name, script, url
  # warm up the JIT, then measure
  wrk -t1 -c"$connections" -d3s -s "$2" "$3" > /dev/null
  wrk -t1 -c"$connections" -d"${seconds}s" --latency -s "$2" "$3" > "$work/$1.txt"
  local rps p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  local errors
  errors=$(awk '/Non-2xx/ {print $NF}' "$work/$1.txt")
  printf '%-8s %10s requests/s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p99" "${errors:-0}"
  echo "$rps" > "$work/$1.rps"
}

measure healthz "$work/health.lua" "http://127.0.0.1:$port/healthz"
measure predict "$work/predict.lua" "http://127.0.0.1:$port/v1/models/iris:predict"
awk -v h="$(cat "$work/healthz.rps")" -v p="$(cat "$work/predict.rps")" \
  'BEGIN { printf "predict / healthz = %.2f (target >= 0.50)\n", p / h }'
