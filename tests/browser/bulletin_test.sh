#!/usr/bin/env bash
# The bulletin in a real browser: headless Chromium (Debian's chromium, fonts-noto-cjk) opens the
# page keyproj wrote of a generated portfolio of 1,000 projects, and check_bulletin.py holds the
# DOM it built, a 1280-pixel screenshot and an A4 print against `bulletin --format json`.
#   bulletin_test.sh KEYPROJ BENCH_GEN
set -euo pipefail
keyproj=$1
gen=$2
here=$(cd "$(dirname "$0")" && pwd)
chromium=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $chromium ]]; then
  echo "bulletin_test: chromium is not installed; scripts/install-deps installs it" >&2
  exit 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

"$gen" --size S --as-of 2026-11-30 --db portfolio.db >/dev/null 2>&1
k() { "$keyproj" --db portfolio.db --as-of 2026-12-06 "$@"; }
k init >/dev/null
# A name that would run if the page did not escape it.
k project add --code TM-X01 --name "<script>document.title='x'</script>" --region TM >/dev/null
k problem add TM-X01 --text "<b>用地</b>" --due 2026-01-31 --date 2026-01-05 >/dev/null
k --lang zh --format json bulletin >figures.json
k --lang zh bulletin --out bulletin.html

# As root (how CI runs) Chromium needs --no-sandbox; a profile of its own in the work folder.
flags=(--headless --disable-gpu --no-first-run --user-data-dir="$work/profile" --hide-scrollbars)
[[ $(id -u) -eq 0 ]] && flags+=(--no-sandbox)
page="file://$work/bulletin.html"
"$chromium" "${flags[@]}" --dump-dom "$page" >dom.html 2>chromium.log
"$chromium" "${flags[@]}" --window-size=1280,3000 --screenshot="$work/shot.png" "$page" >>chromium.log 2>&1
"$chromium" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$work/bulletin.pdf" "$page" >>chromium.log 2>&1
for f in dom.html shot.png bulletin.pdf; do
  [[ -s $f ]] || { echo "bulletin_test: chromium wrote no $f" >&2; cat chromium.log >&2; exit 1; }
done
grep -q "TM-X01 &lt;script&gt;document.title='x'&lt;/script&gt;</td><td>&lt;b&gt;用地&lt;/b&gt;" dom.html ||
  { echo "bulletin_test: the escaped name is not in the page as text" >&2; exit 1; }
/usr/bin/python3 "$here/check_bulletin.py" figures.json bulletin.html dom.html shot.png bulletin.pdf
