#!/usr/bin/env bash
# Whole-process timing of `planlens report` over generated plans (100, 300, 1,000 by default),
# to show how the comparison scales with the number of plans. Uses GNU time for wall clock and
# peak memory. Run from the repository root after `swift build -c release`.
#   Benchmarks/scripts/report-scaling.sh [BIN] [COUNTS...]
set -euo pipefail
bin=${1:-.build/release/planlens}
shift || true
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100 300 1000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '| plans | wall s | user s | peak MB | report files |\n| ---: | ---: | ---: | ---: | ---: |\n'
for n in "${counts[@]}"; do
  "$bin" generate --count "$n" --out "$work/plans-$n" --seed 7 >/dev/null 2>&1
  /usr/bin/time -f '%e %U %M' -o "$work/time-$n" "$bin" report "$work/plans-$n" --out "$work/report-$n" >/dev/null 2>&1
  read -r wall user kb < "$work/time-$n"
  files=$(find "$work/report-$n" -type f | wc -l)
  printf '| %d | %s | %s | %d | %d |\n' "$n" "$wall" "$user" $((kb / 1024)) "$files"
done
