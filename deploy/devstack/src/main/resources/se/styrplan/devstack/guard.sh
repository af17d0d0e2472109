#!/usr/bin/env bash
# Runs one component so that it can never outlive its owner.
# usage: guard.sh OWNER_PID STOP_SIGNAL GRACE_SECONDS -- command [args...]
# The command runs in its own process group; when the owner process is gone, or this guard gets
# TERM/INT/HUP, the whole group gets STOP_SIGNAL, then KILL after GRACE_SECONDS.
set -u
owner=$1; sig=$2; grace=$3; shift 4
if [ "$owner" -le 1 ]; then
  echo "guard: refusing owner $owner (init never ends, so the component would be orphaned)" >&2
  exit 2
fi
set -m
"$@" &
child=$!
set +m

stop() {
  kill -s "$sig" -- "-$child" 2>/dev/null
  for ((i = 0; i < grace * 10; i++)); do
    kill -0 "$child" 2>/dev/null || exit 0
    sleep 0.1
  done
  echo "guard: $1 did not stop within ${grace}s, killing it" >&2
  kill -KILL -- "-$child" 2>/dev/null
  exit 0
}
trap 'stop "process group $child"' TERM INT HUP

while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do
  sleep 1 &
  wait $! 2>/dev/null
done
if kill -0 "$child" 2>/dev/null; then
  echo "guard: owner $owner is gone, stopping $child" >&2
  stop "process group $child"
fi
wait "$child"
