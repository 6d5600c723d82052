#!/usr/bin/env bash
# A short fuzzing run of every target (default 15 s each, 60 s in all), for CI: builds
# leggio-fuzz once, then fails on the first crash, leak, timeout or out-of-memory, printing
# the end of that target's log. Longer runs: Scripts/fuzz/run.sh TARGET SECONDS.
set -uo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-15}
for target in text markdown html facts; do
    log=.fuzz/smoke-$target.log
    mkdir -p .fuzz
    if ! Scripts/fuzz/run.sh "$target" "$seconds" > "$log" 2>&1; then
        echo "fuzz smoke: $target failed; the end of $log:" >&2
        tail -40 "$log" >&2
        exit 1
    fi
    echo "fuzz smoke: $target: $(grep -E '^stat::number_of_executed_units' "$log" | awk '{print $2}') runs, no finding"
done
