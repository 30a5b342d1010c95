#!/usr/bin/env bash
# tests/demo/demo_test.sh KEYPROJ SOURCE_DIR: `make demo`'s script (scripts/demo) on a temporary
# database. The seeded portfolio stays as the plans state it, and every row the demo adds says
# it is example data: the author (or, in the audit trail, the user) 示例 on every row of every
# table it writes to, a text beginning with 示例 on every text it adds. The expected counts come
# from the example files themselves.
set -euo pipefail
keyproj=$1 source=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/keyproj-demo.XXXXXX")
trap 'rm -rf "$work"' EXIT
fail() { echo "demo_test: $*" >&2; exit 1; }
q() { sqlite3 "$1" "$2"; }
# Data rows of an example file (RFC 4180, a header line).
rows() { python3 -c 'import csv, sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"))) - 1)' "$1"; }
expect() {  # expect WHAT GOT WANTED
  [[ $2 == "$3" ]] || fail "$1: got '$2', expected '$3'"
}

"$source/scripts/demo" "$keyproj" "$work/demo.db" "$work/bulletin.html" >"$work/out.txt" 2>"$work/err.txt" ||
  { cat "$work/err.txt" >&2; fail "scripts/demo exited non-zero"; }
[[ ! -s $work/err.txt ]] || { cat "$work/err.txt" >&2; fail "scripts/demo wrote to stderr"; }
grep -qx "the February bulletin of Tianmen (example data): $work/bulletin.html" "$work/out.txt" ||
  fail "the demo does not say where its bulletin is"
grep -q '示例数据：年度计划与调度记录均为演示而虚构' "$work/bulletin.html" || fail "the bulletin does not say its data are examples"

# The same seed alone: what the demo adds is every row past it.
"$keyproj" --db "$work/seed.db" init >/dev/null
"$keyproj" --db "$work/seed.db" seed >/dev/null
changed=()
for table in $(q "$work/seed.db" "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"); do
  [[ $(q "$work/seed.db" "SELECT count(*) FROM $table") == $(q "$work/demo.db" "SELECT count(*) FROM $table") ]] ||
    changed+=("$table")
done
expect "tables the demo writes to" "${changed[*]}" \
  "annual_plan audit problem problem_entry progress_update report_superseded stage_change"
# The seeded facts are untouched: every project as the plans state it (the demo's reports move
# stages and start days, which are not facts of the plan).
facts="SELECT code, name_zh, county, program_id, category, location, scale, owner_id, budget_yuan, planned_start,
  planned_finish, finish_source, source_file, source_lines, source_quote, archived_at, retired FROM project ORDER BY code"
cmp -s <(q "$work/seed.db" "$facts") <(q "$work/demo.db" "$facts") || fail "the demo changed a seeded project's facts"

# Every row added names 示例.
seed_audit=$(q "$work/seed.db" "SELECT max(id) FROM audit")
expect "audit rows not by 示例" "$(q "$work/demo.db" "SELECT count(*) FROM audit WHERE id > $seed_audit AND user <> '示例'")" 0
expect "audit rows by 示例" "$(q "$work/demo.db" "SELECT count(*) > 0 FROM audit WHERE id > $seed_audit")" 1
for table in annual_plan progress_update problem_entry stage_change; do
  expect "$table rows not by 示例" "$(q "$work/demo.db" "SELECT count(*) FROM $table WHERE author IS NOT '示例'")" 0
done
# A problem is raised by its first entry; a superseded report by the correction that names it.
expect "problems not raised by 示例" "$(q "$work/demo.db" "SELECT count(*) FROM problem p WHERE NOT EXISTS (
  SELECT 1 FROM problem_entry e WHERE e.problem_id = p.id AND e.kind = 'raise' AND e.author = '示例')")" 0
expect "superseded reports not corrected by 示例" "$(q "$work/demo.db" "SELECT count(*) FROM report_superseded s
  WHERE NOT EXISTS (SELECT 1 FROM progress_update c WHERE c.corrects_id = s.id AND c.author = '示例')")" 0
# Every text added begins with 示例.
expect "texts not marked" "$(q "$work/demo.db" "SELECT
  (SELECT count(*) FROM progress_update WHERE note NOT LIKE '示例%' OR blocker NOT LIKE '示例%' OR reason NOT LIKE '示例%') +
  (SELECT count(*) FROM problem WHERE text NOT LIKE '示例%' OR resolution NOT LIKE '示例%') +
  (SELECT count(*) FROM problem_entry WHERE note NOT LIKE '示例%')")" 0

# The story, counted from the example files: the list, two months and one correction.
plan=$source/examples/plan-2026-TM.csv jan=$source/examples/dispatch-2026-01-TM.csv
feb=$source/examples/dispatch-2026-02-TM.csv
expect "plan entries" "$(q "$work/demo.db" "SELECT count(*) FROM annual_plan WHERE year = 2026")" "$(rows "$plan")"
expect "reports" "$(q "$work/demo.db" "SELECT count(*) FROM progress_update")" "$(($(rows "$jan") + $(rows "$feb") + 1))"
expect "corrections" "$(q "$work/demo.db" "SELECT count(*) FROM progress_update WHERE corrects_id IS NOT NULL")" 1
blockers=$(python3 -c 'import csv, sys
print(sum(1 for f in sys.argv[1:] for r in csv.DictReader(open(f, encoding="utf-8")) if r["存在问题"].strip()))' "$jan" "$feb")
expect "problems" "$(q "$work/demo.db" "SELECT count(*) FROM problem")" "$blockers"
expect "problems resolved" "$(q "$work/demo.db" "SELECT count(*) FROM problem WHERE status = 'resolved'")" 1
echo "demo_test: every row the demo adds is marked 示例"
