#!/bin/bash
# A host holding 6000 idle TLS connections (it accepts 3000 at a time)
# while an honest participant keeps pushing, loopback only. Run as
#   go build -o /tmp/leadshift-room ./cmd/leadshift
#   CGO_ENABLED=0 go build -o /tmp/leadshift-roomload ./cmd/internal/roomload
#   CONNS=6000 unshare -rn docs/load-idle.sh
set -u
. "$(dirname "$0")/load-host.sh"
# The honest participant, in a process of its own, joins first and keeps
# pushing and saying hello on fresh connections while the others are open.
$R honest --addr 127.0.0.1:47501 --code $CODE --for ${FOR:-60s} &
OK=$!
sleep 1
$R idle --addr 127.0.0.1:47501 --conns ${CONNS:-6000} --for ${FOR:-60s}
wait $OK
echo "roomload exit $?"
grep -E "VmHWM|VmRSS" /proc/$HP/status
# Memory handed back once the connections are gone.
for s in 10 20 30; do sleep 10; echo "${s} s after: $(grep VmRSS /proc/$HP/status)"; done
kill $HP; wait $HP 2>/dev/null
rm -rf $D
