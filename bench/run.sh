#!/usr/bin/env bash
# bench/run.sh — plansite side by side with Hugo and Pagefind on the same
# generated corpus; prints one table and writes it to bench/results.md.
# See bench/README.md for what is measured and what is not equivalent.
#
#   bash bench/run.sh                 # everything (about 30 minutes on 2 cores)
#   RUNS=3 NOTES_RUNS=1 bash bench/run.sh
#   NATIONAL=1 bash bench/run.sh      # adds the national corpus (1,500 plans, hours)
#
# Needs: go, hugo (Debian), hyperfine, node/npm, chromium, python3.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD

PLANS=${PLANS:-50}             # plans in the generated corpus
NOTES=${NOTES:-10}             # notes per measure in the second corpus
RUNS=${RUNS:-5}                # hyperfine runs for the corpus without notes
NOTES_RUNS=${NOTES_RUNS:-3}    # … and with notes
GO_COUNT=${GO_COUNT:-3}        # go test -count for the Go benchmarks
PAGEFIND_NOTES=${PAGEFIND_NOTES:-1} # 0: skip Pagefind on the corpus with notes
DATE=2026-01-15                # corpus.DefaultAsOf: every generated note is published
OUT=${OUT:-bench/results.md}
GO_BENCH=${GO_BENCH:-BenchmarkBuild|BenchmarkRebuild}
NATIONAL=${NATIONAL:-0}        # 1: also the national corpus (1,500 plans × 4 notes per measure)
WARM_RUNS=${WARM_RUNS:-5}      # runs of each rebuild (after one note, after --date + 1, with nothing changed)
COMMIT=${COMMIT:-$(git rev-parse --short HEAD 2>/dev/null || echo unknown)}

work=$(mktemp -d "${TMPDIR:-/tmp}/plansite-bench.XXXXXX")
echo "bench: working in $work" >&2

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo; }
if [ ! -x bench/node_modules/.bin/pagefind ]; then
  (cd bench && npm install --no-save --no-audit --no-fund pagefind@1.6.0 >&2)
fi
pagefind=$repo/bench/node_modules/.bin/pagefind

go build -o "$work/plansite" ./cmd/plansite
go build -o "$work/gencorpus" ./bench/gencorpus
go build -o "$work/hugosite" ./bench/hugosite

# median of a hyperfine JSON export, in seconds
median() { python3 -c 'import json,sys; print("%.3f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
# mean user+system CPU seconds of a hyperfine JSON export (less disturbed by other load than wall time)
cpu() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.2f s" % (r["user"]+r["system"]))' "$1"; }
bytes() { du -sb "$1" | cut -f1; }
files() { find "$1" -type f | wc -l; }
pages() { find "$1" -name '*.html' | wc -l; }
kb() { python3 -c 'import sys; print("%.0f kB" % (int(sys.argv[1])/1000))' "$1"; }

# uk_copy SITE DEST: the site without /en/ and without Pagefind folders
uk_copy() { mkdir -p "$2"; (cd "$1" && tar --exclude=./en --exclude='./pagefind*' -cf - .) | tar -xf - -C "$2"; }

rows=()   # table rows: corpus | engine | build s | pages | ms/page | index ...

# peak RSS (/usr/bin/time -f %M) of one run of a command, in MB
rss() { /usr/bin/time -f %M -o "$work/rss.txt" "$@" >/dev/null 2>&1; python3 -c 'import sys; print("%.0f MB" % (int(open(sys.argv[1]).read().split()[-1])/1024))' "$work/rss.txt"; }

# time_plansite NAME SITE RUNS: cold builds (--clean, the output removed)
time_plansite() {
  local name=$1 site=$2 runs=$3 out=$work/$1-public
  hyperfine --style basic --runs "$runs" --warmup 0 --export-json "$work/$name-plansite.json" \
    --prepare "rm -rf $out $(dirname $out)/.$(basename $out).plansite" "$work/plansite build --root $site --out $out --date $DATE --clean" >&2
  local s; s=$(median "$work/$name-plansite.json")
  local p; p=$(pages "$out")
  local idx=$(bytes "$out/search")
  local nidx=$(files "$out/search")
  local m; m=$(rss "$work/plansite" build --root "$site" --out "$out" --date $DATE --clean)
  rows+=("| $name | plansite build (cold) | $s s | $(cpu "$work/$name-plansite.json") | $m | $p | $(python3 -c "print('%.2f' % ($s*1000/$p))") | $(kb $(bytes "$out")) | search/: $(kb $idx), $nidx files |")
}

# time_rebuilds NAME SITE: the builds that follow a build of the same folder
time_rebuilds() {
  local name=$1 site=$2 out=$work/$1-public
  "$work/plansite" build --root "$site" --out "$out" --date $DATE >/dev/null
  local note; note=$(find "$site/content/plans" -path '*/notes/*.md' | sort | sed -n 1p)  # sed reads to the end: head would end sort with SIGPIPE, which pipefail makes fatal
  local next; next=$(python3 -c "import datetime; print((datetime.date.fromisoformat('$DATE')+datetime.timedelta(days=1)).isoformat())")
  hyperfine --style basic --runs "$WARM_RUNS" --warmup 1 --export-json "$work/$name-noop.json" \
    "$work/plansite build --root $site --out $out --date $DATE" >&2
  rows+=("| $name | plansite build, nothing changed | $(median "$work/$name-noop.json") s | $(cpu "$work/$name-noop.json") | $(rss "$work/plansite" build --root "$site" --out "$out" --date $DATE) | | | | |")
  if [ -n "$note" ]; then
    hyperfine --style basic --runs "$WARM_RUNS" --warmup 1 --export-json "$work/$name-note.json" \
      --prepare "echo 'Доповнення.' >> $note" "$work/plansite build --root $site --out $out --date $DATE" >&2
    echo 'Доповнення.' >> "$note"
    rows+=("| $name | plansite build after one note edited | $(median "$work/$name-note.json") s | $(cpu "$work/$name-note.json") | $(rss "$work/plansite" build --root "$site" --out "$out" --date $DATE) | | | | |")
  fi
  # --date + 1, from a build of the day before each time
  hyperfine --style basic --runs "$WARM_RUNS" --warmup 0 --export-json "$work/$name-date.json" \
    --prepare "$work/plansite build --root $site --out $out --date $DATE" "$work/plansite build --root $site --out $out --date $next" >&2
  "$work/plansite" build --root "$site" --out "$out" --date $DATE >/dev/null
  rows+=("| $name | plansite build with --date + 1 day | $(median "$work/$name-date.json") s | $(cpu "$work/$name-date.json") | $(rss "$work/plansite" build --root "$site" --out "$out" --date $next) | | | | |")
}

# time_hugo NAME SITE RUNS
time_hugo() {
  local name=$1 site=$2 runs=$3 hs=$work/$1-hugo
  "$work/hugosite" -in "$site" -out "$hs" >&2
  hyperfine --style basic --runs "$runs" --warmup 0 --export-json "$work/$name-hugo.json" \
    --prepare "rm -rf $hs/public $hs/resources" "hugo --minify --quiet -s $hs -d $hs/public" >&2
  local s; s=$(median "$work/$name-hugo.json")
  local p; p=$(pages "$hs/public")
  rm -rf "$hs/public" "$hs/resources"
  local m; m=$(rss hugo --minify --quiet -s "$hs" -d "$hs/public")
  rows+=("| $name | hugo --minify ($(hugo version | grep -o 'v[0-9.]*' | head -1)) | $s s | $(cpu "$work/$name-hugo.json") | $m | $p | $(python3 -c "print('%.2f' % ($s*1000/$p))") | $(kb $(bytes "$hs/public")) | (no search index) |")
}

# time_pagefind NAME PUBLIC RUNS: the whole site with --force-language uk
# into PUBLIC/pagefind, and the Ukrainian pages only into PUBLIC/pagefind-uk
time_pagefind() {
  local name=$1 out=$2 runs=$3
  hyperfine --style basic --runs "$runs" --warmup 0 --export-json "$work/$name-pagefind.json" \
    --prepare "rm -rf $out/pagefind" "$pagefind --site $out --force-language uk --output-path $out/pagefind" >&2
  local s; s=$(median "$work/$name-pagefind.json")
  rows+=("| $name | pagefind 1.6.0 (whole site, --force-language uk) | $s s | $(cpu "$work/$name-pagefind.json") | | $(pages "$out") indexed | | | $(kb $(bytes "$out/pagefind")), $(files "$out/pagefind") files |")
  uk_copy "$out" "$work/$name-uk"
  local t0 t1; t0=$(date +%s.%N)
  "$pagefind" --site "$work/$name-uk" --force-language uk --output-path "$out/pagefind-uk" >&2
  t1=$(date +%s.%N)
  rows+=("| $name | pagefind 1.6.0 (Ukrainian pages only, 1 run) | $(python3 -c "print('%.3f' % ($t1-$t0))") s | | | $(pages "$work/$name-uk") indexed | | | $(kb $(bytes "$out/pagefind-uk")), $(files "$out/pagefind-uk") files |")
}

# search NAME PUBLIC [QUERIES]: the browser-driven test (generator/internal/search/searchbench_test.go)
search() {
  local name=$1 out=$2 q=${3:-}
  BENCH_SITE=$out BENCH_PAGEFIND=pagefind-uk,pagefind BENCH_QUERIES=$q BENCH_LABEL=$name \
    BENCH_OUT=$work/$name-search.md go test -tags bench -run TestSearch -count=1 -timeout 30m -v ./generator/internal/search >"$work/$name-search.log" 2>&1 \
    || { tail -30 "$work/$name-search.log" >&2; return 1; }
}

# 1. The two real plans (repository content): search quality and cost.
"$work/plansite" build --root "$repo" --out "$work/real-public" --date $DATE >&2
time_pagefind real "$work/real-public" 1
search real "$work/real-public" "$repo/bench/queries.tsv"

# 2. The generated corpus without notes, then with notes.
c1=plans$PLANS; c2=plans$PLANS-notes$NOTES
"$work/gencorpus" -source "$repo" -plans "$PLANS" -out "$work/$c1" >&2
"$work/gencorpus" -source "$repo" -plans "$PLANS" -notes "$NOTES" -out "$work/$c2" >&2
time_plansite "$c1" "$work/$c1" "$RUNS"
time_hugo "$c1" "$work/$c1" "$RUNS"
time_pagefind "$c1" "$work/$c1-public" 3
search "$c1" "$work/$c1-public"
time_plansite "$c2" "$work/$c2" "$NOTES_RUNS"
time_hugo "$c2" "$work/$c2" "$NOTES_RUNS"
time_rebuilds "$c2" "$work/$c2"
if [ "$PAGEFIND_NOTES" = 1 ]; then time_pagefind "$c2" "$work/$c2-public" 1; fi

# The 20-plan corpus with 5 notes per measure (the rebuild targets), and the
# memory of 10 and 40 plans with 10 notes per measure (memory bounded by a
# plan, not the site).
for c in "20 5" "10 10" "40 10"; do
  set -- $c
  name=plans$1-notes$2
  "$work/gencorpus" -source "$repo" -plans "$1" -notes "$2" -out "$work/$name" >&2
  time_plansite "$name" "$work/$name" 1
done
time_rebuilds plans20-notes5 "$work/plans20-notes5"

# The national corpus: 1,500 communities, 4 notes per measure.
if [ "$NATIONAL" = 1 ]; then
  "$work/gencorpus" -source "$repo" -plans 1500 -notes 4 -out "$work/national" >&2
  time_plansite national "$work/national" 1
  WARM_RUNS=3 time_rebuilds national "$work/national"
fi

# 2b. plansite serve: from saving a note to the page's reload message, on
# 20 plans × 10 notes per measure (BenchmarkServeReload; the median of
# SERVE_RUNS edits).
SERVE_RUNS=${SERVE_RUNS:-5}
PLANSITE_BENCH_PLANS=20 PLANSITE_BENCH_NOTES=10 go test ./generator/internal/server -run '^$' \
  -bench ServeReload -benchtime "${SERVE_RUNS}x" -timeout 60m | tee "$work/serve.txt" >&2
serve_ms=$(awk '/ms\/reload/ { for (i = 1; i < NF; i++) if ($(i+1) == "ms/reload") print $i }' "$work/serve.txt")

# 3. The Go benchmarks (same corpora, built in-process).
go test ./generator -run '^$' -bench "$GO_BENCH" -benchmem -count "$GO_COUNT" -timeout 60m \
  | tee "$work/gobench.txt" >&2
gobench=$(python3 - "$work/gobench.txt" <<'PY'
import re, sys, statistics, collections
runs = collections.defaultdict(lambda: collections.defaultdict(list))
for line in open(sys.argv[1]):
    if not line.startswith("Benchmark"):
        continue
    f = line.split()
    name = re.sub(r"-\d+$", "", f[0])
    for v, unit in zip(f[2::2], f[3::2]):
        runs[name][unit].append(float(v))
units = ["ns/op", "pages", "ms/page", "rendered", "written", "peak-heap-MB", "sys-MB", "B/op", "allocs/op"]
print("| benchmark | runs | " + " | ".join(u for u in units) + " |")
print("|---|---|" + "---|" * len(units))
for name, m in runs.items():
    cells = []
    for u in units:
        if u not in m:
            cells.append("")
            continue
        v = statistics.median(m[u])
        cells.append("%.3g s" % (v / 1e9) if u == "ns/op" else ("%.0f" % v if v >= 100 else "%.3g" % v))
    print("| %s | %d | %s |" % (name, len(m["ns/op"]), " | ".join(cells)))
PY
)

cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs || true)
{
  echo "# plansite vs Hugo vs Pagefind — results"
  echo
  echo "Run by \`bash bench/run.sh\` on $(date -u +%Y-%m-%d) at commit $COMMIT, $(nproc) cores ($cpu), $(free -g | awk '/Mem:/{print $2}') GiB, $(go version | cut -d' ' -f3), $(hugo version | cut -d' ' -f1-2), pagefind 1.6.0, $(chromium --version 2>/dev/null | head -1)."
  echo "Times are medians of hyperfine runs (build: $RUNS runs without notes, $NOTES_RUNS with notes) on a shared, noisy machine; corpora: $PLANS plans cloned from the two real plans, then the same with $NOTES notes per measure (generator/corpus, seed 1), build date $DATE."
  echo
  echo "## Builds and indexes"
  echo
  echo "| corpus | tool | wall time (median) | CPU user+sys (mean) | peak RSS | pages | ms/page (wall) | output | search index |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "## Search: quality and cost (headless Chromium, generator/internal/search/searchbench_test.go)"
  cat "$work/real-search.md"
  cat "$work/$c1-search.md"
  echo
  echo "## plansite serve"
  echo
  echo "Saving one note of 20 plans × 10 notes per measure to the open page's reload message (BenchmarkServeReload, median of $SERVE_RUNS edits): ${serve_ms:-?} ms."
  echo
  echo "## Go benchmarks (medians of $GO_COUNT; go test ./generator -bench '$GO_BENCH' -benchmem)"
  echo
  echo "$gobench"
} > "$OUT"
cat "$OUT"
echo "bench: wrote $OUT; working files in $work" >&2
