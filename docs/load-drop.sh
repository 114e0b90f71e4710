#!/bin/bash
# 200 participants answering through a 60-second Wi-Fi drop, loopback only:
# roomload puts them behind a proxy that forwards nothing for 60 s, while
# an honest participant, connected directly, keeps pushing. Run as
#   go build -o /tmp/leadshift-room ./cmd/leadshift
#   CGO_ENABLED=0 go build -o /tmp/leadshift-roomload ./cmd/internal/roomload
#   N=200 unshare -rn docs/load-drop.sh
set -u
. "$(dirname "$0")/load-host.sh"
# The honest participant runs from before the drop until after it.
$R honest --addr 127.0.0.1:47501 --code $CODE --for ${HONEST:-90s} &
OK=$!
$R drop --addr 127.0.0.1:47501 --code $CODE --participants ${N:-200} --drop ${DROP:-60s}
echo "roomload exit $?"
wait $OK
grep -E "VmHWM|VmRSS" /proc/$HP/status
kill $HP; wait $HP 2>/dev/null
rm -rf $D
