#!/bin/bash
# Host and 1000 participants in separate processes, loopback only.
set -u
. "$(dirname "$0")/load-host.sh"
# With HONEST=60s, an honest participant (roomload, in a process of its
# own) joins first and keeps pushing meanwhile: then run N=999, as the
# room holds 1000.
OK=
[ -n "${HONEST:-}" ] && { $R honest --addr 127.0.0.1:47501 --code $CODE --for $HONEST & OK=$!; sleep 1; }
/usr/bin/time -v $B demo --participants ${N:-1000} --out $D/out --connect 127.0.0.1:47501 --code $CODE > $D/demo.out 2> $D/demo.err
echo "demo exit $?"
[ -n "$OK" ] && wait $OK
cat $D/demo.out
grep -E "Maximum resident|Elapsed" $D/demo.err
grep -E "VmHWM|VmRSS" /proc/$HP/status
# Memory handed back once the participants are gone.
for s in 10 20 30; do sleep 10; echo "${s} s after: $(grep VmRSS /proc/$HP/status)"; done
kill $HP; wait $HP 2>/dev/null
grep -v INFO $D/demo.err | grep -v "Maximum resident\|Elapsed\|^\s" | head -5
rm -rf $D
