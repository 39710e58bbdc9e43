#!/usr/bin/env bash
# analyze-load.sh DB BODY N [serve flags…]: starts `marsad serve` (the binary
# in $MARSAD, default ./marsad) on 127.0.0.1:18731 over DB, sends N
# concurrent POST /api/analyze of the file BODY, and prints the answers'
# status codes, the slowest answers and the server's peak resident memory.
# Loopback only; every request ends within the server's deadline.
set -euo pipefail
DB=$1 BODY=$2 N=$3
shift 3
MARSAD=${MARSAD:-./marsad}
ADDR=127.0.0.1:18731
"$MARSAD" serve --db "$DB" --addr "$ADDR" "$@" 2>serve.log &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -s -o /dev/null "http://$ADDR/healthz" && break; sleep 0.2; done
echo "idle: $(grep VmRSS /proc/$PID/status)"
codes=$(mktemp)
pids=()
for _ in $(seq "$N"); do
  curl -s -o /dev/null -w "%{http_code} %{time_total}s\n" -H 'Content-Type: text/plain' \
    --data-binary "@$BODY" "http://$ADDR/api/analyze" >>"$codes" &
  pids+=($!)
done
wait "${pids[@]}"
echo "codes: $(cut -d' ' -f1 "$codes" | sort | uniq -c | tr -s ' \n' ' ')"
sort -k2 -n "$codes" | tail -3
grep -E 'VmHWM' /proc/$PID/status
echo "server CPU: $(ps -o cputime= -p $PID)"
rm -f "$codes"
