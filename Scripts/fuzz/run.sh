#!/usr/bin/env bash
# Builds leggio-fuzz with libFuzzer and AddressSanitizer (in its own build folder, .build-fuzz,
# so the ordinary build is untouched) and fuzzes one target.
#   Scripts/fuzz/run.sh TARGET [SECONDS] [extra libFuzzer options]
# TARGET: text, markdown, html or facts. SECONDS: how long (default 3600). The corpus grows in
# .fuzz/TARGET (seeded from the sample library), findings land in .fuzz/findings/TARGET;
# make each finding a regression test (a fixture and a test that parses it). Inputs grow up to
# 1 MiB (-max_len), so that size-driven defects (quadratic passes, unbounded output) are reachable.
set -euo pipefail
cd "$(dirname "$0")/../.."
target=${1:?usage: Scripts/fuzz/run.sh text|markdown|html|facts [SECONDS] [options]}
seconds=${2:-3600}
shift $(( $# >= 2 ? 2 : 1 ))
swift build --product leggio-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address \
    -Xcc -fsanitize=address -Xswiftc -use-ld=lld 2>&1 | tail -3
corpus=.fuzz/$target
findings=.fuzz/findings/$target
mkdir -p "$corpus" "$findings"
cp -n Sources/ArticleKit/Resources/Samples/* "$corpus"/ 2>/dev/null || true
dict=Scripts/fuzz/$target.dict
[ -f "$dict" ] || dict=Scripts/fuzz/text.dict
exec .build-fuzz/debug/leggio-fuzz "$target" "$corpus" -dict="$dict" -max_total_time="$seconds" \
    -artifact_prefix="$findings/" -rss_limit_mb=4096 -timeout=20 -max_len=1048576 -len_control=20 -print_final_stats=1 "$@"
