#!/usr/bin/env bash
# An installed keyproj finds its catalogue beside itself: PREFIX/bin/keyproj reads
# PREFIX/share/locale/zh_CN/LC_MESSAGES/keyproj.mo before the build tree's. The catalogue put
# there here translates one sentence in a way the real one does not, so the test sees which
# catalogue answered.
#   tests/i18n/installed_test.sh KEYPROJ_BINARY
set -euo pipefail
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/bin" "$prefix/share/locale/zh_CN/LC_MESSAGES"
cp "$1" "$prefix/bin/keyproj"
cat >"$prefix/keyproj.po" <<'PO'
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"
"Plural-Forms: nplurals=1; plural=0;\n"

msgid "format {} is not known; use table, csv, json, xlsx or ics"
msgstr "安装目录的目录文件：格式 {} 无法识别"
PO
msgfmt --output-file="$prefix/share/locale/zh_CN/LC_MESSAGES/keyproj.mo" "$prefix/keyproj.po"

want="keyproj: 安装目录的目录文件：格式 'x' 无法识别"
got="$(env -u LANGUAGE -u LC_ALL LANG=C.UTF-8 "$prefix/bin/keyproj" --lang zh --format x report 2>&1 || true)"
if [ "$got" != "$want" ]; then
  printf 'installed keyproj did not read its own catalogue:\n  want: %s\n  got:  %s\n' "$want" "$got"
  exit 1
fi
# Without --lang, a zh LANGUAGE chooses Chinese too, from the same catalogue.
got="$(env -u LC_ALL LANG=C.UTF-8 LANGUAGE=zh_CN:en "$prefix/bin/keyproj" --format x report 2>&1 || true)"
[ "$got" = "$want" ] || { printf 'LANGUAGE=zh_CN did not choose Chinese:\n  got: %s\n' "$got"; exit 1; }
echo "installed keyproj reads PREFIX/share/locale"
