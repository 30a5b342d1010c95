#!/usr/bin/env bash
# The Chinese catalogue against the source: every text the source marks for translation has a
# Chinese translation in po/zh_CN.po (none untranslated, none fuzzy, none missing), and every
# translation keeps its English text's {} fields, so trf() fills the same values in.
#   tests/i18n/catalogue_test.sh SOURCE_DIR
set -euo pipefail
src="$1"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
fail=0

"$src/scripts/update-po" --pot "$work/keyproj.pot"
po="$src/po/zh_CN.po"

# msgcmp: every msgid of the template must be in the catalogue, translated.
if ! msgcmp "$po" "$work/keyproj.pot" 2>"$work/msgcmp"; then
  echo "texts in the source without a translation in po/zh_CN.po (run scripts/update-po and translate them):"
  cat "$work/msgcmp"
  fail=1
fi

# msgfmt --statistics says "N translated messages." and nothing about fuzzy or untranslated ones.
stats="$(msgfmt --check --statistics --output-file=/dev/null "$po" 2>&1)"
echo "msgfmt: $stats"
if ! [[ "$stats" =~ ^[0-9]+\ translated\ messages?\.$ ]]; then
  echo "po/zh_CN.po has entries that are not translated: $stats"
  fail=1
fi

# The {} fields of each translation: the same fields, in any order.
cat >"$work/fields.sh" <<'SH'
fields() { grep -o '{[^{}]*}' | LC_ALL=C sort | tr '\n' ' '; }
want="$(printf '%s' "$MSGEXEC_MSGID" | fields)"
got="$(fields)"
if [ "$want" != "$got" ]; then
  printf 'fields differ: msgid "%s" has [%s], its translation has [%s]\n' "$MSGEXEC_MSGID" "$want" "$got"
  exit 1
fi
SH
if ! msgexec --input="$po" sh "$work/fields.sh"; then fail=1; fi

exit $fail
