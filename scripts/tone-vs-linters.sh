#!/usr/bin/env bash
# Whole-process time of `talkprep tone` on the tone benchmark's two megabytes, next to the
# English style linters write-good and alex (npm) run the same way on the same files.
#
#   scripts/tone-vs-linters.sh [RUNS]
#
# Needs node and npm (the two linters are installed into a scratch folder, not the project).
# Prints, per tool and file: the fastest and the median wall-clock time of RUNS runs (default 5).
set -euo pipefail
runs="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="${TMPDIR:-/tmp}/talkprep-tone-vs-linters"
mkdir -p "$work"

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
cargo run --release --quiet --manifest-path "$root/Cargo.toml" --example tone_corpus -- "$work" >/dev/null
if [ ! -x "$work/node_modules/.bin/write-good" ] || [ ! -x "$work/node_modules/.bin/alex" ]; then
  (cd "$work" && npm install --silent --no-audit --no-fund write-good@1 alex@11 >/dev/null)
fi

# Prints "min X ms, median Y ms" for a command run $runs times (output and exit code ignored).
time_it() {
  local times=() start end
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 || true
    end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "min %d ms, median %d ms\n", a[1], a[int((NR+1)/2)]}'
}

for file in prose dense; do
  text="$work/$file.txt"
  echo "== $file.txt ($(wc -c <"$text") bytes)"
  printf '  %-26s ' "talkprep tone (plain)"; time_it "$root/target/release/talkprep" tone --lang en -f "$text"
  printf '  %-26s ' "talkprep tone --json"; time_it "$root/target/release/talkprep" tone --lang en --json -f "$text"
  printf '  %-26s ' "write-good"; time_it "$work/node_modules/.bin/write-good" "$text"
  # alex reads files as Markdown by default and overflows its stack on one 1 MB paragraph;
  # --text reads plain text, which is what this file is.
  printf '  %-26s ' "alex --text"; time_it "$work/node_modules/.bin/alex" --text "$text"
done
