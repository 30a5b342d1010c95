#!/usr/bin/env bash
# Smoke test of the benchmark generator at size S (part of `make test`, unlike `make bench`):
# it writes a portfolio, keyproj reads it back, the counts and shapes are the promised ones,
# and a second run writes the same files.
#   bench/smoke.sh GENERATOR KEYPROJ
set -euo pipefail
gen=$1 keyproj=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "smoke: $*" >&2; exit 1; }
expect() {  # expect WHAT ACTUAL WANTED
  [ "$2" = "$3" ] || fail "$1 is '$2', expected '$3'"
  echo "ok: $1 = $2"
}
q() { sqlite3 "$1" "$2"; }

for run in 1 2; do
  "$gen" --size S --as-of 2026-11-22 --db "$dir/s$run.db" --base-db "$dir/s$run-base.db" \
    --updates-csv "$dir/u$run.csv" --updates-xlsx "$dir/u$run.xlsx" --tasks-json "$dir/t$run.json"
done
db=$dir/s1.db

expect "project list lines (header + 1,000)" \
  "$("$keyproj" --db "$db" --as-of 2026-11-22 --format csv project list | wc -l)" 1001
expect "projects" "$(q "$db" 'SELECT count(*) FROM project')" 1000
expect "milestones" "$(q "$db" 'SELECT count(*) FROM milestone')" 5000
expect "updates" "$(q "$db" 'SELECT count(*) FROM progress_update')" 12000
expect "days with two reports of one project" \
  "$(q "$db" 'SELECT count(*) FROM (SELECT 1 FROM progress_update GROUP BY project_id, reported_on HAVING count(*) > 1)')" 0
expect "regions used" "$(q "$db" 'SELECT count(DISTINCT region_id) FROM project')" 5
expect "updates in the base copy" "$(q "$dir/s1-base.db" 'SELECT count(*) FROM progress_update')" 0
expect "milestones in the base copy" "$(q "$dir/s1-base.db" 'SELECT count(*) FROM milestone')" 5000
expect "foreign key problems" "$(q "$db" 'PRAGMA foreign_key_check' | wc -l)" 0
expect "integrity" "$(q "$db" 'PRAGMA integrity_check')" ok
expect "journal mode" "$(q "$db" 'PRAGMA journal_mode')" wal
expect "CSV lines (header + 12,000)" "$(wc -l <"$dir/u1.csv")" 12001
expect "CSV header" "$(head -1 "$dir/u1.csv" | tr -d '\r')" "code,date,stage,progress,invested,note,blocker,author"
expect "Taskwarrior tasks" "$(grep -c '"uuid"' "$dir/t1.json")" 5000
# The workbook: the CSV's rows (a row element each, header included), its texts in the shared
# table once each.
expect "workbook rows (header + 12,000)" "$(unzip -p "$dir/u1.xlsx" xl/worksheets/sheet1.xml | grep -o '<row ' | wc -l)" 12001
expect "workbook shared strings used twice" \
  "$(unzip -p "$dir/u1.xlsx" xl/sharedStrings.xml | grep -o '<t>[^<]*</t>' | sort | uniq -d | wc -l)" 0

# Shapes: a third of the milestones past due, a few percent done, budgets on most projects,
# Chinese names.
overdue=$(q "$db" "SELECT count(*) FROM milestone WHERE done_on IS NULL AND due < '2026-11-22'")
done=$(q "$db" "SELECT count(*) FROM milestone WHERE done_on IS NOT NULL")
budget=$(q "$db" "SELECT count(*) FROM project WHERE budget_yuan IS NOT NULL")
[ "$overdue" -ge 1500 ] && [ "$overdue" -le 1850 ] || fail "past-due milestones: $overdue of 5000, expected about a third"
[ "$done" -ge 100 ] && [ "$done" -le 350 ] || fail "done milestones: $done of 5000, expected a few percent"
[ "$budget" -ge 800 ] && [ "$budget" -le 950 ] || fail "projects with a budget: $budget of 1000, expected most"
echo "ok: $overdue past due, $done done, $budget with a budget"
# The year's plan: most projects in it, in all four classes, a start month for every new start,
# a finish for every completing one, some amounts blank; the base copy holds it too. A project
# started by a report's move has its start day.
listed=$(q "$db" "SELECT count(*) FROM annual_plan WHERE year = 2026")
blank=$(q "$db" "SELECT count(*) FROM annual_plan WHERE investment_yuan IS NULL")
[ "$listed" -ge 550 ] && [ "$listed" -le 800 ] || fail "projects in the 2026 plan: $listed of 1000, expected most"
[ "$blank" -ge 30 ] && [ "$blank" -le 200 ] || fail "plan entries without an amount: $blank of $listed, expected some"
echo "ok: $listed in the 2026 plan, $blank without an amount"
expect "plan classes" "$(q "$db" 'SELECT group_concat(class) FROM (SELECT DISTINCT class FROM annual_plan ORDER BY class)')" \
  "completing,continuing,new,reserve"
expect "new starts without a start month, or others with one" \
  "$(q "$db" "SELECT count(*) FROM annual_plan WHERE (class = 'new') <> (planned_start IS NOT NULL)")" 0
expect "completing projects without a finish, or others with one" \
  "$(q "$db" "SELECT count(*) FROM annual_plan WHERE (class = 'completing') <> (planned_finish IS NOT NULL)")" 0
expect "plan entries in the base copy" "$(q "$dir/s1-base.db" 'SELECT count(*) FROM annual_plan')" "$listed"
expect "projects started by a move without a start day" \
  "$(q "$db" "SELECT count(*) FROM stage_change c JOIN project p ON p.id = c.project_id
              WHERE c.from_stage IN ('planned', 'preparing') AND c.to_stage IN ('building', 'completed', 'operating')
                AND p.started_on IS NOT c.changed_on")" 0
first=$(q "$db" 'SELECT code FROM project ORDER BY id LIMIT 1')
name=$(q "$db" "SELECT name_zh FROM project WHERE code = '$first'")
"$keyproj" --db "$db" --as-of 2026-11-22 project show "$first" | grep -qF "$name" ||
  fail "project show $first does not print its name $name"
echo "ok: project show $first prints $name"

# Deterministic: the second run wrote the same files and the same rows.
cmp -s "$dir/u1.csv" "$dir/u2.csv" || fail "the updates CSV differs between two runs"
cmp -s "$dir/t1.json" "$dir/t2.json" || fail "the Taskwarrior JSON differs between two runs"
cmp -s "$dir/u1.xlsx" "$dir/u2.xlsx" || fail "the updates workbook differs between two runs"
rows() {  # every generated row (schema_migrations records when it ran, so it is left out)
  for t in plan program owner project milestone milestone_move progress_update annual_plan; do
    q "$1" "SELECT * FROM $t ORDER BY id"
  done | sha256sum
}
[ "$(rows "$db")" = "$(rows "$dir/s2.db")" ] || fail "the database differs between two runs"
echo "ok: two runs wrote identical files"
