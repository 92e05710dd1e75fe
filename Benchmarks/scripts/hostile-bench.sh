#!/usr/bin/env bash
# Whole-process time and peak memory of `planlens extract` on the hostile inputs of issue 13,
# each next to a normal document of the same size (Benchmarks/scripts/hostile-inputs.py), with
# GNU time. Run from the repository root after `swift build -c release`.
#   Benchmarks/scripts/hostile-bench.sh [BIN] [--big]
set -euo pipefail
bin=${1:-.build/release/planlens}
big=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$(dirname "$0")/hostile-inputs.py" "$work" $big
measure() { /usr/bin/time -f '%e %M' -o "$work/time" "$bin" extract "$1" >/dev/null 2>&1 || true; cat "$work/time"; }
printf '| input | KB | s | normal s | ratio | peak MB |\n| --- | ---: | ---: | ---: | ---: | ---: |\n'
for file in "$work"/*.txt; do
  name=$(basename "$file" .txt)
  case "$name" in normal-* | big-*) continue ;; esac
  read -r s kb < <(measure "$file")
  read -r ns _ < <(measure "$work/normal-$name.txt")
  size=$(($(stat -c %s "$file") / 1024))
  printf '| %s | %d | %s | %s | %s | %d |\n' "$name" "$size" "$s" "$ns" \
    "$(python3 -c "print(f'{$s / max($ns, 0.01):.1f}')")" $((kb / 1024))
done
if [ -n "$big" ]; then
  for name in big-normal-10mb big-paragraph-10mb big-normal-50mb; do
    read -r s kb < <(measure "$work/$name.txt")
    printf '| %s | %d | %s | | | %d |\n' "$name" $(($(stat -c %s "$work/$name.txt") / 1024)) "$s" $((kb / 1024))
  done
fi
