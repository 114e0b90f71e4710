# Sourced by the docs/load-*.sh scripts: brings loopback up and starts a
# headless host on 127.0.0.1:47501 with the join limits lifted, in a
# scratch folder D. Sets B and R (the leadshift and roomload binaries),
# D, HP (the host's PID) and CODE, and prints the load average.
ip link set lo up 2>/dev/null
B=${B:-/tmp/leadshift-room}
R=${R:-/tmp/leadshift-roomload}
D=$(mktemp -d)
$B host --headless --data $D --addr 127.0.0.1:47501 --join-limit 5000 > $D/host.out 2>$D/host.err &
HP=$!
for i in $(seq 50); do grep -q '^code:' $D/host.out 2>/dev/null && break; sleep 0.2; done
CODE=$(sed -n 's/^code: //p' $D/host.out)
[ -n "$CODE" ] || { echo "the host did not start:" >&2; cat $D/host.err >&2; exit 1; }
echo "load: $(cat /proc/loadavg)"
