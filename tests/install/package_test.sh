#!/usr/bin/env bash
# The Debian package as an IT department installs it: built by CPack from the build folder,
# unpacked into a scratch root with dpkg-deb -x, and run from there. Its name, file list and
# Depends are what README promises, and `cmake --install` (make install) installs the same files.
#   tests/install/package_test.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
fail() { printf 'package: %s\n' "$*" >&2; exit 1; }

(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack failed"; }
deb="$scratch/out/keyproj_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || fail "no $(basename "$deb"); cpack wrote: $(ls "$scratch/out")"

# The files, exactly.
files=$(dpkg-deb -c "$deb" | awk '$1 !~ /^d/ { print $6 }' | sort)
expected="./usr/bin/keyproj
./usr/share/bash-completion/completions/keyproj
./usr/share/doc/keyproj/README.md
./usr/share/locale/zh_CN/LC_MESSAGES/keyproj.mo
./usr/share/man/man1/keyproj.1
./usr/share/man/zh_CN/man1/keyproj.1
./usr/share/zsh/vendor-completions/_keyproj"
[ "$files" = "$expected" ] || fail "files differ:
$(diff <(echo "$expected") <(echo "$files"))"

# Depends: the libraries opened at run time (libxlsxwriter4, libpq5, libcsv3, libminizip1,
# libexpat1, named by hand) and what dpkg-shlibdeps found keyproj linked to; SQLite is linked
# into keyproj, so libsqlite3-0 is not among them.
depends=$(dpkg-deb -f "$deb" Depends)
for library in libxlsxwriter4 libpq5 libcsv3 libminizip1 libexpat1 libutf8proc2 libc6; do
  [[ ", $depends," == *", $library"[\ ,]* ]] || fail "Depends lacks $library: $depends"
done
[[ ", $depends," != *", libsqlite3-0"[\ ,]* ]] || fail "Depends names libsqlite3-0, which keyproj carries: $depends"
[ "$(dpkg-deb -f "$deb" Package)" = keyproj ] || fail "Package is not keyproj"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is not $version"

# Run from the scratch root: its own catalogue, no build folder needed.
dpkg-deb -x "$deb" "$scratch/root"
kp="$scratch/root/usr/bin/keyproj"
export KEYPROJ_DB="$scratch/officer.db"
[ "$("$kp" --version)" = "keyproj $version" ] || fail "--version says $("$kp" --version)"
"$kp" -q init >/dev/null || fail "init failed"
"$kp" -q seed >/dev/null || fail "seed failed"
projects=$(sqlite3 "$KEYPROJ_DB" "SELECT count(*) FROM project")
[ "$projects" -gt 0 ] || fail "seed loaded no project"
overdue=$("$kp" --format csv overdue) || fail "overdue failed"
rows=$(($(printf '%s\n' "$overdue" | wc -l) - 1))
[ "$rows" -gt 0 ] || fail "overdue listed nothing on the seeded portfolio"
help=$(env -u LANGUAGE -u LC_ALL LANG=C.UTF-8 "$kp" --lang zh help) || fail "--lang zh help failed"
[[ $help == *"命令："* ]] || fail "--lang zh help is not in Chinese: $(printf '%s\n' "$help" | head -3)"

# The manual pages read without a warning from groff, and name every command.
for page in "$scratch/root/usr/share/man/man1/keyproj.1" "$scratch/root/usr/share/man/zh_CN/man1/keyproj.1"; do
  warnings=$(groff -k -man -Tutf8 -ww -z "$page" 2>&1) || fail "groff failed on $page"
  [ -z "$warnings" ] || fail "groff warns on $page: $warnings"
done
shown=$(groff -k -man -Tutf8 -P-cbou "$scratch/root/usr/share/man/man1/keyproj.1" 2>/dev/null)
while read -r name; do
  [[ $shown == *"$name"* ]] || fail "the manual page does not show '$name'"
done < <("$kp" help | sed -n '/^Commands:/,/^$/p' | sed -n 's/^  \([a-z][a-z ]*[a-z]\)  .*/\1/p' | sed 's/  *$//')

# make install: the same files under a prefix.
cmake --install "$build" --prefix "$scratch/prefix" --strip >/dev/null
installed=$(cd "$scratch/prefix" && find . -type f | sed 's|^\./|./usr/|' | sort)
[ "$installed" = "$expected" ] || fail "make install differs from the package:
$(diff <(echo "$expected") <(echo "$installed"))"
echo "package: $(basename "$deb"), $rows overdue rows from $projects seeded projects"
