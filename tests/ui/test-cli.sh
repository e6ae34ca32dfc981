#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# kringkaart --import, --export-hsds, --export-map and --report without a window, against a real
# profile protected by KRINGKAART_PASSPHRASE (run without a Secret Service).
#   test-cli.sh KRINGKAART HSDS_DIR
set -u

kringkaart=$1 hsds=$2
top=$(mktemp -d "${KRING_TEST_TMP:-/tmp}/kring-cli.XXXXXX")
trap 'rm -rf "$top"' EXIT INT TERM
export KRINGKAART_PASSPHRASE="correct horse battery staple"
data="$top/profile" n=0 failed=0

echo "TAP version 13"
check() {
  n=$((n + 1))
  if [ "$1" = 0 ]; then echo "ok $n $2"; else echo "not ok $n $2"; failed=1; fi
}

"$kringkaart" --data-dir "$data" --import "$hsds/examples/organization_full.json" \
  >"$top/out" 2>"$top/err"
check $? "import of organization_full.json exits 0"
test -s "$top/out" && test ! -s "$top/err"
check $? "import prints a summary and no error"

"$kringkaart" --data-dir "$data" --export-hsds "$top/export.json" >"$top/out" 2>"$top/err"
check $? "export exits 0"
grep -q "Example Organization Inc." "$top/export.json"
check $? "the export holds the imported organisation"

printf '{"id": "x", "name": ' >"$top/bad.json"
"$kringkaart" --data-dir "$data" --import "$top/bad.json" >"$top/out" 2>"$top/err"
test $? = 1
check $? "a malformed file exits 1"
test -s "$top/err" && test ! -s "$top/out"
check $? "the error is on stderr"
# The export is deterministic: the same directory gives the same bytes.
"$kringkaart" --data-dir "$data" --export-hsds "$top/after.json" >/dev/null 2>&1
cmp -s "$top/export.json" "$top/after.json"
check $? "the directory is unchanged"

"$kringkaart" --data-dir "$data" --export-hsds "$top/no-such-dir/x.json" >/dev/null 2>"$top/err"
test $? = 1 && test -s "$top/err"
check $? "an export to a missing folder exits 1 with a message"

# The ecosystem map without a window, in each format; --team takes a name.
for ext in png svg pdf; do
  "$kringkaart" --data-dir "$data" --export-map "$top/map.$ext" --team "My neighbourhood team" \
    >"$top/out" 2>"$top/err"
  test $? = 0 && grep -q "map.$ext" "$top/out" && test ! -s "$top/err"
  check $? "--export-map to .$ext exits 0 and says where it wrote"
done
test "$(od -An -c -N4 "$top/map.png" | tr -d ' ')" = "211PNG"
check $? "the .png map is a PNG"
rsvg-convert -o "$top/svg.png" "$top/map.svg" && test -s "$top/svg.png"
check $? "the .svg map renders with rsvg-convert"
pdfinfo "$top/map.pdf" >"$top/info" && grep -q '^Pages: *1$' "$top/info" \
  && awk '/^Page size:/ { exit !($3 > $5) }' "$top/info"
check $? "the .pdf map is one landscape page"
pdftoppm -png -r 36 -singlefile "$top/map.pdf" "$top/pdf" && test -s "$top/pdf.png"
check $? "the .pdf map renders with pdftoppm"
"$kringkaart" --data-dir "$data" --export-map "$top/map.jpg" >/dev/null 2>"$top/err"
test $? = 1 && grep -q "map.jpg" "$top/err" && test ! -e "$top/map.jpg"
check $? "a map export to an unknown extension exits 1 with a message"
"$kringkaart" --data-dir "$data" --export-map "$top/x.png" --team "Geen Team" >/dev/null \
  2>"$top/err"
test $? = 1 && grep -q "Geen Team" "$top/err" && test ! -e "$top/x.png"
check $? "an unknown team exits 1 with a message"

# A new profile with --demo holds the example district; its second team's map
# shows that team's own partners.
"$kringkaart" --data-dir "$top/demo" --demo --export-map "$top/zuid.pdf" \
  --team "Wijkteam Zuid" >/dev/null 2>"$top/err"
test $? = 0 && pdftotext "$top/zuid.pdf" "$top/zuid.txt" && grep -q "Wijkteam Zuid" "$top/zuid.txt" \
  && grep -q "Veilig Thuis" "$top/zuid.txt"
check $? "--demo --export-map --team draws the example district's second team"

# The wijkanalyse report of the example district without a window (--report).
"$kringkaart" --data-dir "$top/demo" --report "$top/noord.pdf" --team "Wijkteam Noord" \
  >"$top/out" 2>"$top/err"
test $? = 0 && grep -q "noord.pdf" "$top/out" && test ! -s "$top/err"
check $? "--report --team exits 0 and says where it wrote"
pdfinfo "$top/noord.pdf" >"$top/info" && awk '/^Pages:/ { exit !($2 >= 8) }' "$top/info" \
  && pdftotext "$top/noord.pdf" "$top/noord.txt" && grep -q "Wijkteam Noord" "$top/noord.txt" \
  && grep -q "CC BY 4.0" "$top/noord.txt" && ! grep -q "Wijkteam Zuid" "$top/noord.txt"
check $? "the report has eight pages or more about Wijkteam Noord, with the CBS licence"
# meson may pass the program relative to the build directory.
program="$(cd "$(dirname "$kringkaart")" && pwd)/$(basename "$kringkaart")"
(cd "$top" && "$program" --data-dir "$top/demo" --report rapport.pdf >/dev/null 2>"$top/err")
test $? = 0 && test -s "$top/rapport.pdf" && test ! -s "$top/err"
check $? "--report with a bare file name writes into the current folder"
"$kringkaart" --data-dir "$data" --report "$top/leeg.pdf" >/dev/null 2>"$top/err"
test $? = 0 && test ! -s "$top/err" && pdfinfo "$top/leeg.pdf" >"$top/info" \
  && awk '/^Pages:/ { exit !($2 >= 8) }' "$top/info"
check $? "--report of a team without households or figures still makes the whole report"
"$kringkaart" --data-dir "$top/demo" --report "$top/geen.pdf" --team "Geen Team" >"$top/out" \
  2>"$top/err"
test $? = 1 && grep -q "Geen Team" "$top/err" && test ! -e "$top/geen.pdf" && test ! -s "$top/out"
check $? "--report for an unknown team exits 1 with a message and writes nothing"
"$kringkaart" --data-dir "$top/demo" --report "$top/no-such-dir/r.pdf" >/dev/null 2>"$top/err"
test $? = 1 && grep -q "r.pdf" "$top/err" && test ! -e "$top/no-such-dir"
check $? "--report into a missing folder exits 1 with a message"

KRINGKAART_PASSPHRASE="wrong" "$kringkaart" --data-dir "$data" --export-hsds "$top/y.json" \
  >/dev/null 2>"$top/err"
test $? = 1 && test -s "$top/err" && test ! -e "$top/y.json"
check $? "a wrong passphrase exits 1 and writes nothing"

echo "1..$n"
exit $failed
