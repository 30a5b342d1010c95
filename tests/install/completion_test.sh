#!/usr/bin/env bash
# The shell completion as an officer meets it: shell/keyproj.bash in bash and shell/_keyproj in
# zsh, asking the built keyproj for the candidates of a line, against a seeded database. The
# codes expected are read from the database with sqlite3, not from keyproj.
#   tests/install/completion_test.sh KEYPROJ_BINARY SOURCE_DIR
set -euo pipefail
kp=$1
source_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/bin"
ln -s "$kp" "$scratch/bin/keyproj"
export PATH="$scratch/bin:$PATH" KEYPROJ_DB="$scratch/officer.db"
keyproj -q init >/dev/null
keyproj -q seed >/dev/null
status=0

# Each case: the line typed so far (the cursor at its end), then the candidates expected, one
# string, space-separated, in keyproj's order. zsh is given the whole word; bash the part after
# the last '=' (COMP_WORDBREAKS), as each shell replaces it.
region=$(sqlite3 "$KEYPROJ_DB" "SELECT code FROM region ORDER BY id LIMIT 1")
codes=$(sqlite3 "$KEYPROJ_DB" "SELECT code FROM project WHERE code LIKE '$region-0%' ORDER BY code LIMIT 500" | tr '\n' ' ' | sed 's/ $//')
regions=$(sqlite3 "$KEYPROJ_DB" "SELECT code FROM region ORDER BY id" | tr '\n' ' ' | sed 's/ $//')
[ -n "$codes" ] || { echo "completion: no code of $region begins $region-0" >&2; exit 1; }
cases=(
  "keyproj proj|project|project"
  "keyproj project sh|show|show"
  "keyproj help project sh|show|show"
  "keyproj overdue --form|--format|--format"
  "keyproj overdue --format |table csv json xlsx|table csv json xlsx"
  "keyproj overdue --format=c|csv|--format=csv"
  "keyproj log X --stage bu|building|building"
  "keyproj overdue --region |$regions|$regions"
  "keyproj project show $region-0|$codes|$codes"
  "keyproj --db $KEYPROJ_DB project show $region-0|$codes|$codes"
  "keyproj import |FILES|FILES"
  "keyproj comp|FILES|FILES"
)

check() {  # check SHELL LINE EXPECTED GOT
  if [ "$3" != "$4" ]; then
    printf 'completion (%s): %s\n  want: %s\n  got:  %s\n' "$1" "$2" "$3" "$4" >&2
    status=1
  fi
}

for c in "${cases[@]}"; do
  IFS='|' read -r line want_bash want_zsh <<<"$c"
  # bash: the function as `complete -F` calls it. An empty answer leaves bash's default, files.
  got=$(bash --norc --noprofile -c '
    source "$1"
    COMP_LINE=$2 COMP_POINT=${#2}
    read -ra COMP_WORDS <<<"$2"
    COMP_CWORD=${#COMP_WORDS[@]}
    [[ $2 == *" " ]] || COMP_CWORD=$((COMP_CWORD - 1))
    _keyproj
    if ((${#COMPREPLY[@]})); then echo "${COMPREPLY[*]}"; else echo FILES; fi' _ "$source_dir/shell/keyproj.bash" "$line")
  check bash "$line" "$want_bash" "$got"
  # zsh: the completion function's body with compadd and _files standing in for the widget's.
  got=$(zsh -f -c '
    compadd() { while [[ $1 != -- ]]; do shift; done; shift; print -r -- "$*"; }
    _files() { print FILES; }
    words=(${(z)2})
    [[ $2 == *" " ]] && words+=("")
    CURRENT=${#words}
    source "$1"' _ "$source_dir/shell/_keyproj" "$line")
  check zsh "$line" "$want_zsh" "$got"
done
exit $status
