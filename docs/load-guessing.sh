#!/bin/bash
# Sustained guessing of the room code from many addresses, loopback only:
# RATE wrong codes a second (default 20), each from the next of SRCS
# loopback addresses (default 1000), for FOR (default 120s), while a
# newcomer with the right code joins every second from this computer,
# waiting when told to; once the room is on guard, newcomers type the
# guard code the host prints (its output is the headless projector). The host's --join-limit lifts the limits on
# successful joins only (so that one newcomer a second from one address
# gets in); the limits on wrong codes behind the bound of docs/protocol.md
# are fixed. Run as
#   go build -o /tmp/leadshift-room ./cmd/leadshift
#   CGO_ENABLED=0 go build -o /tmp/leadshift-roomload ./cmd/internal/roomload
#   unshare -rn docs/load-guessing.sh
set -u
. "$(dirname "$0")/load-host.sh"
$R guessing --addr 127.0.0.1:47501 --code $CODE --guard-from $D/host.out --srcs ${SRCS:-1000} --rate ${RATE:-20} --for ${FOR:-120s}
echo "roomload exit $?"
grep -E "VmHWM" /proc/$HP/status
kill $HP; wait $HP 2>/dev/null
rm -rf $D
