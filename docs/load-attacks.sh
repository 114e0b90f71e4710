#!/bin/bash
# The review's attacks of 2026-12-07 (N1-N8), each on a fresh host next to
# an honest participant (roomload honest: pushes, hellos on fresh
# connections and newcomers' joins), loopback only. Run as
#   go build -o /tmp/leadshift-room ./cmd/leadshift
#   CGO_ENABLED=0 go build -o /tmp/leadshift-roomload ./cmd/internal/roomload
#   unshare -rn docs/load-attacks.sh [hrr slowpush joinbody idlekeep guess huge]
# FOR (default 20s) is how long each runs.
set -u
FOR=${FOR:-20s}
for A in ${@:-hrr slowpush joinbody idlekeep guess huge}; do
	. "$(dirname "$0")/load-host.sh"
	case $A in
	hrr) ARGS="--conns 10 --srcs 1" ;;        # N1: 10 HelloRetryRequest stallers, one address
	slowpush) ARGS="--conns 32 --srcs 2" ;;   # N2: 32 slow pushes from one member
	joinbody) ARGS="--conns 2900 --srcs 100" ;; # N4: 2900 joins announcing 64 KB
	idlekeep) ARGS="--conns 3000 --srcs 100" ;; # N6: 3000 idle keep-alive connections
	guess) ARGS="--conns 5 --srcs 500" ;;     # N5, N8: 5 wrong codes from each of 500 addresses at once
	huge) ARGS="" ;;                          # N3: one push of 900,000 strengths
	esac
	echo "== $A $ARGS"
	$R honest --addr 127.0.0.1:47501 --code $CODE --for $FOR &
	OK=$!
	sleep 1
	$R $A --addr 127.0.0.1:47501 --code $CODE $ARGS --for $FOR
	wait $OK
	grep -E "VmHWM" /proc/$HP/status
	kill $HP
	wait $HP 2>/dev/null
	rm -rf $D
done
