#!/usr/bin/env bash
# Side-by-side throughput of notelint and its peers, on one core, in one run.
#
#   bash Benchmarks/compare.sh            (from the repository root, as root on a fresh machine)
#
# Builds notelint (release, --scratch-path .build-bench), generates a deterministic 50 MB
# corpus, a 1 KB note and a folder of ~2,500 files of ~20 KB, installs the peers if they are
# missing (ripgrep, hyperfine, GNU time, libicu-dev from Debian; proselint 0.16.x from PyPI),
# and measures, all pinned to one core with `taskset -c 0` unless said otherwise:
#   (a) notelint end to end on the 50 MB file;
#   (b) ripgrep, fixed strings, case-insensitive, over the catalogue's literal phrases;
#   (c) the ICU floor: a C program that only runs ICU's word break iterator (and word +
#       sentence, as notelint does) over the file;
#   (d) proselint on a 1 MB slice (it is slow; its MB/s is from that slice);
#   (e) notelint start-up + a 1 KB note (hyperfine, or 20 timed runs);
#   (f) notelint on the folder of files with 1 core and with 2 cores.
# Peak memory is GNU time's "Maximum resident set size". Every run has a time limit; a peer
# that cannot be installed is skipped with a message. Knobs (environment):
#   COMPARE_MB=50  COMPARE_FILES=2500  COMPARE_TIMEOUT=420 (seconds per run)  COMPARE_RUNS=3 (runs per
#   measurement; the fastest is reported)
#   COMPARE_WORKDIR=/tmp/notelint-compare  COMPARE_SKIP_INSTALL=1  COMPARE_SKIP_BUILD=1
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO=$(pwd)
MB=${COMPARE_MB:-50}
FILES=${COMPARE_FILES:-2500}
TIMEOUT=${COMPARE_TIMEOUT:-420}
RUNS=${COMPARE_RUNS:-3}
WORK=${COMPARE_WORKDIR:-/tmp/notelint-compare}
PROSELINT_MB=1
mkdir -p "$WORK"
START_ALL=$(date +%s)

log() { printf '\n==> %s\n' "$*" >&2; }
warn() { printf 'compare.sh: %s\n' "$*" >&2; }

# ---------------------------------------------------------------- peers
APT_UPDATED=0
apt_install() { # apt_install PACKAGE...: installs what it can, one package at a time
    [[ ${COMPARE_SKIP_INSTALL:-0} == 1 ]] && return 1
    command -v apt-get >/dev/null || return 1
    if [[ $APT_UPDATED == 0 ]]; then
        APT_UPDATED=1
        warn "apt-get update (log: $WORK/apt.log)"
        timeout 300 apt-get update -qq >>"$WORK/apt.log" 2>&1 || warn "apt-get update failed"
    fi
    local ok=0
    for package in "$@"; do
        warn "apt-get install -y $package"
        DEBIAN_FRONTEND=noninteractive timeout 300 apt-get install -y -qq "$package" >>"$WORK/apt.log" 2>&1 || { warn "apt-get install $package failed"; ok=1; }
    done
    return $ok
}

log "Peers"
missing=()
command -v rg >/dev/null || missing+=(ripgrep)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
[[ -f /usr/include/unicode/ubrk.h ]] || missing+=(libicu-dev)
command -v taskset >/dev/null || missing+=(util-linux)
command -v cc >/dev/null || missing+=(gcc)
if ((${#missing[@]})); then apt_install "${missing[@]}" || true; fi
command -v taskset >/dev/null || { warn "taskset is missing and could not be installed"; exit 2; }
[[ -x /usr/bin/time ]] || { warn "GNU time (/usr/bin/time) is missing and could not be installed"; exit 2; }

PYTHON=$(command -v python3)
if ! "$PYTHON" -c 'import proselint' >/dev/null 2>&1; then
    if [[ ${COMPARE_SKIP_INSTALL:-0} != 1 ]]; then
        timeout 300 "$PYTHON" -m pip install -q "proselint==0.16.0" >&2 \
            || timeout 300 "$PYTHON" -m pip install -q "proselint>=0.16,<0.17" >&2 \
            || timeout 300 "$PYTHON" -m pip install -q --break-system-packages "proselint>=0.16,<0.17" >&2 \
            || warn "pip install proselint failed"
    fi
fi
PROSELINT=()
if "$PYTHON" -c 'import proselint' >/dev/null 2>&1; then PROSELINT=("$PYTHON" -m proselint)
elif command -v proselint >/dev/null; then PROSELINT=(proselint); fi
PROSELINT_VERSION=$("$PYTHON" -c 'import importlib.metadata as m; print(m.version("proselint"))' 2>/dev/null || echo "?")

# ---------------------------------------------------------------- notelint
if [[ ${COMPARE_SKIP_BUILD:-0} != 1 ]]; then
    log "Building notelint (release, static Swift runtime, not position-independent; --scratch-path .build-bench)"
    for attempt in 1 2 3; do
        # Another build in the same tree may edit sources under us: retry a couple of times.
        if timeout 1200 swift build -c release --static-swift-stdlib -Xlinker -no-pie --scratch-path "$REPO/.build-bench" --product notelint >"$WORK/build.log" 2>&1; then break; fi
        [[ $attempt == 3 ]] && { tail -30 "$WORK/build.log" >&2; warn "notelint does not build"; exit 2; }
        warn "build failed (attempt $attempt), retrying"; sleep 10
    done
fi
NOTELINT="$REPO/.build-bench/release/notelint"
[[ -x $NOTELINT ]] || { warn "no $NOTELINT"; exit 2; }
COMMIT=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo "?")
# Newer builds lint with all cores (--jobs N); pin single-core runs to one worker as well.
JOBS_OPTION=""
ONE_JOB=()
if "$NOTELINT" lint --help 2>&1 | grep -q -- '--jobs'; then JOBS_OPTION="--jobs"; ONE_JOB=(--jobs 1); fi
DIRTY=$(git -C "$REPO" status --porcelain -- Sources Rules 2>/dev/null | grep -q . && echo " + uncommitted changes" || true)

# ---------------------------------------------------------------- inputs
log "Inputs"
BIG="$WORK/corpus-${MB}mb.txt"
SLICE="$WORK/corpus-${PROSELINT_MB}mb.txt"
NOTE="$WORK/note-1kb.txt"
DIR="$WORK/files-$FILES"
GEN="$REPO/Benchmarks/generate-corpus.py"
[[ -s $BIG ]] || "$PYTHON" "$GEN" --megabytes "$MB" --out "$BIG"
[[ -s $SLICE ]] || "$PYTHON" "$GEN" --megabytes "$PROSELINT_MB" --out "$SLICE"
[[ -s $NOTE ]] || "$PYTHON" "$GEN" --kilobytes 1 --out "$NOTE"
if [[ ! -f $DIR/.complete ]]; then
    rm -rf "$DIR"
    "$PYTHON" "$GEN" --files "$FILES" --out "$DIR" && touch "$DIR/.complete"
fi
PHRASES="$WORK/phrases.txt"
"$PYTHON" "$REPO/Benchmarks/extract-phrases.py" "$REPO/Rules" >"$PHRASES"
bytes() { stat -c %s "$1"; }
BIG_BYTES=$(bytes "$BIG")
SLICE_BYTES=$(bytes "$SLICE")
DIR_BYTES=$(find "$DIR" -name '*.txt' -printf '%s\n' | awk '{s += $1} END {print s}')
warn "corpus $BIG_BYTES bytes; slice $SLICE_BYTES; note $(bytes "$NOTE"); folder $FILES files, $DIR_BYTES bytes; $(wc -l <"$PHRASES") phrases"

# The ICU floor: only ICU's break iterators over the UTF-8 file, as notelint drives them.
ICUFLOOR=""
if [[ -f /usr/include/unicode/ubrk.h ]] && command -v cc >/dev/null; then
    cat >"$WORK/icufloor.c" <<'EOF'
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* icufloor FILE [sentence]: counts ICU word boundaries (and word-like segments via the rule
   status, as notelint's tokenizer asks for), then with "sentence" also sentence boundaries. */
static long run(UBreakIteratorType type, const char *data, int64_t size, long *words) {
    UErrorCode status = U_ZERO_ERROR;
    UText *text = utext_openUTF8(NULL, data, size, &status);
    UBreakIterator *breaker = ubrk_open(type, "en", NULL, 0, &status);
    ubrk_setUText(breaker, text, &status);
    if (U_FAILURE(status)) { fprintf(stderr, "ICU: %s\n", u_errorName(status)); exit(2); }
    long boundaries = 0;
    for (int32_t p = ubrk_first(breaker); p != UBRK_DONE; p = ubrk_next(breaker)) {
        boundaries++;
        if (words && ubrk_getRuleStatus(breaker) >= UBRK_WORD_NUMBER) (*words)++;
    }
    ubrk_close(breaker);
    utext_close(text);
    return boundaries;
}

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: icufloor FILE [sentence]\n"); return 2; }
    int fd = open(argv[1], O_RDONLY);
    struct stat info;
    if (fd < 0 || fstat(fd, &info) != 0) { perror(argv[1]); return 2; }
    const char *data = mmap(NULL, info.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (data == MAP_FAILED) { perror("mmap"); return 2; }
    long words = 0;
    long boundaries = run(UBRK_WORD, data, info.st_size, &words);
    printf("word boundaries %ld, words and numbers %ld\n", boundaries, words);
    if (argc > 2 && strcmp(argv[2], "sentence") == 0)
        printf("sentence boundaries %ld\n", run(UBRK_SENTENCE, data, info.st_size, NULL));
    return 0;
}
EOF
    if cc -O2 -o "$WORK/icufloor" "$WORK/icufloor.c" -licuuc 2>"$WORK/icufloor.log"; then
        ICUFLOOR="$WORK/icufloor"
    else
        warn "could not compile the ICU floor program: $(head -3 "$WORK/icufloor.log")"
    fi
else
    warn "skipping the ICU floor: no ICU headers (libicu-dev) or no C compiler"
fi

# ---------------------------------------------------------------- measuring
# measure LABEL BYTES CMD...: runs CMD $RUNS times (COMPARE_RUNS, default 3) under `timeout`
# and GNU time, output discarded, and keeps the fastest run: the machine is shared, and a
# neighbour slows some runs by a quarter or more. Sets WALL (seconds), CPU (user + system
# seconds), RSS (MB), MBPS and CPU_MBPS (input MB per wall / CPU second) and RESULT (ok |
# timeout | failed) of that run; stops repeating after a run that is not ok.
measure() {
    local label=$1 size=$2; shift 2
    local best_wall="" best_cpu="" best_rss="" run
    for ((run = 1; run <= RUNS; run++)); do
        measure_once "$label (run $run of $RUNS)" "$size" "$@"
        [[ $RESULT == ok ]] || return 0
        if [[ -z $best_wall ]] || awk -v a="$WALL" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then
            best_wall=$WALL best_cpu=$CPU best_rss=$RSS
        fi
    done
    WALL=$best_wall CPU=$best_cpu RSS=$best_rss
    MBPS=$(awk -v b="$size" -v s="$WALL" 'BEGIN {printf "%.2f", b / 1e6 / s}')
    CPU_MBPS=$(awk -v b="$size" -v s="$CPU" 'BEGIN {if (s > 0) printf "%.2f", b / 1e6 / s; else print "-"}')
    warn "$label: fastest of $RUNS: ${WALL}s wall, ${MBPS} MB/s"
}

# measure_once LABEL BYTES CMD...: one run of CMD; sets what `measure` sets.
measure_once() {
    local label=$1 size=$2; shift 2
    local timefile="$WORK/time-$$.txt" start end
    STATUS=0
    log "$label"
    start=$(date +%s%N)
    /usr/bin/time -v -o "$timefile" timeout "$TIMEOUT" "$@" >"$WORK/last-output.txt" 2>"$WORK/last-error.txt" || STATUS=$?
    end=$(date +%s%N)
    WALL=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.3f", (b - a) / 1e9}')
    RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$timefile")
    CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ {s += $2} END {printf "%.2f", s}' "$timefile")
    # notelint and proselint exit 1 when they find something: that is success here.
    if [[ $STATUS == 124 ]]; then RESULT=timeout
    elif ((STATUS > 1)); then
        RESULT=failed
        cp "$WORK/last-error.txt" "$WORK/failed-$(echo "$label" | tr -c 'A-Za-z0-9\n' '-').txt"
        warn "$label exited $STATUS: $(grep -m1 -E 'crashed|rror' "$WORK/last-error.txt" || tail -1 "$WORK/last-error.txt")"
    else RESULT=ok; fi
    MBPS=$(awk -v b="$size" -v s="$WALL" 'BEGIN {printf "%.2f", b / 1e6 / s}')
    CPU_MBPS=$(awk -v b="$size" -v s="$CPU" 'BEGIN {if (s > 0) printf "%.2f", b / 1e6 / s; else print "-"}')
    warn "$label: ${WALL}s wall, ${CPU}s CPU, ${MBPS} MB/s, peak RSS ${RSS} MB ($RESULT)"
}

ROWS=()   # tool|input|MB/s|MB/s by CPU time|peak RSS|note
add_row() { ROWS+=("$1|$2|$3|$(cpu_cell)|$4|$5"); }
cpu_cell() { if [[ $RESULT == ok ]]; then echo "$CPU_MBPS"; else echo "-"; fi; }
rate_cell() { # prints MB/s, or an upper bound when the run timed out
    if [[ $RESULT == ok ]]; then echo "$MBPS"; elif [[ $RESULT == timeout ]]; then echo "<$MBPS"; else echo "failed (exit $STATUS)"; fi
}

CORE0=(taskset -c 0)

# (a) notelint end to end. A fresh build compiles its rules on its first run and caches them;
# make that run here, so that the timed runs load the cache as every later run does.
"$NOTELINT" "$NOTE" >/dev/null 2>&1 || true
measure "notelint, ${MB} MB, 1 core" "$BIG_BYTES" "${CORE0[@]}" "$NOTELINT" --format json "${ONE_JOB[@]}" "$BIG"
NOTELINT_MBPS=$MBPS
add_row "notelint (end to end, JSON output)" "${MB} MB file" "$(rate_cell)" "$RSS" "$(grep -o '"rule" *:' "$WORK/last-output.txt" | wc -l) findings"

# (b) ripgrep over the literal phrases
if command -v rg >/dev/null; then
    measure "ripgrep -c -F -i -f phrases" "$BIG_BYTES" "${CORE0[@]}" rg -c -F -i -j 1 -f "$PHRASES" "$BIG"
    add_row "ripgrep $(rg --version | head -1 | awk '{print $2}') -c -F -i ($(wc -l <"$PHRASES") literal phrases)" "${MB} MB file" "$(rate_cell)" "$RSS" "$(head -1 "$WORK/last-output.txt") matching lines"
else
    warn "skipping ripgrep: not installed"
    add_row "ripgrep" "-" "skipped" "-" "could not be installed"
fi

# (c) the ICU floor
if [[ -n $ICUFLOOR ]]; then
    measure "ICU word break only" "$BIG_BYTES" "${CORE0[@]}" "$ICUFLOOR" "$BIG"
    add_row "ICU floor: word break iterator only (C)" "${MB} MB file" "$(rate_cell)" "$RSS" "$(head -1 "$WORK/last-output.txt")"
    measure "ICU word + sentence break" "$BIG_BYTES" "${CORE0[@]}" "$ICUFLOOR" "$BIG" sentence
    add_row "ICU floor: word + sentence break (C)" "${MB} MB file" "$(rate_cell)" "$RSS" "both iterators, as notelint runs them"
else
    add_row "ICU floor" "-" "skipped" "-" "no libicu-dev or no C compiler"
fi

# (d) proselint on a slice
if ((${#PROSELINT[@]})); then
    # proselint 0.16 has a `check` subcommand and stops after max_errors (1000 by default)
    # results, which would cut its work short: lift the limit. Older releases take the file.
    if "${PROSELINT[@]}" --help 2>&1 | grep -q '\bcheck\b'; then
        echo '{"max_errors": 1000000000}' >"$WORK/proselintrc.json"
        PROSELINT_ARGS=(--config "$WORK/proselintrc.json" check)
    else
        PROSELINT_ARGS=()
    fi
    measure "proselint, ${PROSELINT_MB} MB slice" "$SLICE_BYTES" "${CORE0[@]}" "${PROSELINT[@]}" "${PROSELINT_ARGS[@]}" "$SLICE"
    add_row "proselint $PROSELINT_VERSION" "${PROSELINT_MB} MB slice (rate scaled from it)" "$(rate_cell)" "$RSS" "$(wc -l <"$WORK/last-output.txt") output lines"
else
    warn "skipping proselint: not installed"
    add_row "proselint" "-" "skipped" "-" "could not be installed"
fi

# (e) start-up + a 1 KB note. Newer builds keep the compiled catalogue in a disk cache
# (NOTELINT_CACHE_DIR): measure with a warm cache and with the cache off (compile every run).
# The command is the one an editor runs on a draft, `notelint NOTE` (a 1 KB note is one piece
# of work, so --jobs would make no difference; the plain form also skips ArgumentParser).
log "notelint start-up + 1 KB note"
STARTUP=""
CACHE="$WORK/notelint-cache"
mkdir -p "$CACHE"
if command -v hyperfine >/dev/null; then
    # hyperfine itself is pinned and given the environment, so that the times are notelint's
    # alone (an `env` or `taskset` in the command would add two program starts to each run).
    if NOTELINT_CACHE_DIR=$CACHE timeout "$TIMEOUT" taskset -c 0 hyperfine -N -i --warmup 3 --runs 20 --export-json "$WORK/startup-warm.json" \
            --command-name "warm cache" "$NOTELINT $NOTE" >&2 \
        && NOTELINT_CACHE_DIR=off timeout "$TIMEOUT" taskset -c 0 hyperfine -N -i --warmup 1 --runs 20 --export-json "$WORK/startup-cold.json" \
            --command-name "no cache" "$NOTELINT $NOTE" >&2; then
        STARTUP=$("$PYTHON" -c 'import json,sys; rs=[r for f in sys.argv[1:] for r in json.load(open(f))["results"]]; print("; ".join("%s %.1f ± %.1f ms" % (r["command"], r["mean"]*1e3, r["stddev"]*1e3) for r in rs) + " (hyperfine, 20 runs each)")' "$WORK/startup-warm.json" "$WORK/startup-cold.json")
    fi
fi
if [[ -z $STARTUP ]]; then
    total=0
    for _ in $(seq 20); do
        start=$(date +%s%N)
        NOTELINT_CACHE_DIR=$CACHE timeout 60 taskset -c 0 "$NOTELINT" "$NOTE" >/dev/null 2>&1 || true
        end=$(date +%s%N)
        total=$((total + end - start))
    done
    STARTUP="warm cache $(awk -v t="$total" 'BEGIN {printf "%.1f", t / 20 / 1e6}') ms (mean of 20 runs, date +%s%N)"
fi
NOTELINT_CACHE_DIR=$CACHE /usr/bin/time -v -o "$WORK/time-note.txt" taskset -c 0 "$NOTELINT" "$NOTE" >/dev/null 2>&1 || true
STARTUP_RSS=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/time-note.txt")

# (f) a folder of files, 1 core and 2 cores
if [[ -n $JOBS_OPTION ]]; then
    measure "notelint folder, 1 core" "$DIR_BYTES" "${CORE0[@]}" "$NOTELINT" --format json --jobs 1 "$DIR"
    add_row "notelint batch, 1 core (--jobs 1)" "$FILES files" "$(rate_cell)" "$RSS" ""
    BATCH1=$WALL; BATCH1_RESULT=$RESULT
    measure "notelint folder, 2 cores" "$DIR_BYTES" taskset -c 0,1 "$NOTELINT" --format json --jobs 2 "$DIR"
    add_row "notelint batch, 2 cores (--jobs 2)" "$FILES files" "$(rate_cell)" "$RSS" ""
    BATCH2=$WALL; BATCH2_RESULT=$RESULT
    BATCH_HOW="one process, --jobs 1 vs --jobs 2"
else
    # The CLI lints files one after another: two cores help only with two processes.
    measure "notelint folder, 1 core" "$DIR_BYTES" "${CORE0[@]}" "$NOTELINT" --format json "$DIR"
    add_row "notelint batch, 1 core (one process)" "$FILES files" "$(rate_cell)" "$RSS" ""
    BATCH1=$WALL; BATCH1_RESULT=$RESULT
    find "$DIR" -name '*.txt' | sort >"$WORK/files.txt"
    half=$(( ($(wc -l <"$WORK/files.txt") + 1) / 2 ))
    cat >"$WORK/two-halves.sh" <<EOF
#!/usr/bin/env bash
# Two notelint processes, each on half of the files (the CLI has no --jobs option).
xargs -a "$WORK/files.txt" -d '\n' -n $half -P 2 sh -c '"$NOTELINT" --format json "\$@" >/dev/null; [ \$? -le 1 ]' sh
EOF
    measure "notelint folder, 2 cores (2 processes)" "$DIR_BYTES" taskset -c 0,1 bash "$WORK/two-halves.sh"
    add_row "notelint batch, 2 cores (2 processes × half the files)" "$FILES files" "$(rate_cell)" "$RSS (per process)" "CLI has no --jobs"
    BATCH2=$WALL; BATCH2_RESULT=$RESULT
    measure "notelint folder, one process on 2 cores" "$DIR_BYTES" taskset -c 0,1 "$NOTELINT" --format json "$DIR"
    add_row "notelint batch, one process allowed 2 cores" "$FILES files" "$(rate_cell)" "$RSS" "sequential CLI"
    BATCH_HOW="one process on 1 core vs two processes on 2 cores (the CLI lints files sequentially)"
fi

# ---------------------------------------------------------------- report
ratio() { awk -v a="$1" -v b="$NOTELINT_MBPS" 'BEGIN { gsub(/</, "", a); if (a + 0 > 0 && b + 0 > 0) printf "%.2f×", a / b; else print "-" }'; }
{
    echo
    echo "## notelint vs peers ($(date -u +%Y-%m-%d), notelint $COMMIT$DIRTY, $(nproc) cores, runs pinned with taskset)"
    echo
    echo "| tool | input | MB/s | ratio vs notelint | MB/s by CPU time | peak RSS MB | note |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | --- |"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r tool input rate cpurate rss note <<<"$row"
        echo "| $tool | $input | $rate | $(ratio "$rate") | $cpurate | $rss | $note |"
    done
    echo
    echo "- MB = 10^6 bytes; MB/s = input bytes / wall time of the fastest of ${RUNS} runs (\"<x\" = stopped by the ${TIMEOUT}s limit); MB/s by CPU time = input bytes / (user + system) seconds of that run, steadier on a busy machine (for the 2-process batch, CPU is summed over both)."
    echo "- proselint ran on a ${PROSELINT_MB} MB slice of the same corpus (it is slow); its MB/s is from that slice, so the ratio assumes it scales linearly."
    echo "- notelint start-up + 1 KB note: $STARTUP, peak RSS ${STARTUP_RSS} MB."
    if [[ $BATCH1_RESULT == ok && $BATCH2_RESULT == ok ]]; then
        echo "- batch of $FILES files ($(awk -v b="$DIR_BYTES" 'BEGIN {printf "%.1f", b / 1e6}') MB): 1 core ${BATCH1}s, 2 cores ${BATCH2}s, speed-up $(awk -v a="$BATCH1" -v b="$BATCH2" 'BEGIN {printf "%.2f", a / b}')× ($BATCH_HOW)."
    else
        echo "- batch of $FILES files: 1 core $BATCH1_RESULT (${BATCH1}s), 2 cores $BATCH2_RESULT (${BATCH2}s) ($BATCH_HOW)."
    fi
    echo "- load average at the end (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; anything above ~1 means other work competed, which mostly hurts the 2-core batch."
    echo "- total time of this script: $(( $(date +%s) - START_ALL )) s."
} | tee "$WORK/compare.md"
