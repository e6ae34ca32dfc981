#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The users are Dutch: po/nl.po must translate every message the sources
# contain, with no fuzzy or untranslated entries, and compile cleanly.
set -eu
src="$1"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$src"
xgettext --from-code=UTF-8 --files-from=po/POTFILES.in --directory="$src" \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 --keyword=g_dngettext:2,3 \
  --add-comments --output="$tmp/kringkaart.pot" 2>"$tmp/xgettext.log" || { cat "$tmp/xgettext.log"; exit 1; }
# Every file with translatable strings must be listed in POTFILES.in.
unlisted=$(grep -rlE '_\("|translatable="yes"' src ui data --include='*.c' --include='*.ui' --include='*.in' --include='*.xml' \
  | grep -v -x -F -f po/POTFILES.in || true)
if [ -n "$unlisted" ]; then echo "Not in po/POTFILES.in:"; echo "$unlisted"; exit 1; fi
msgmerge --quiet --no-fuzzy-matching "po/nl.po" "$tmp/kringkaart.pot" -o "$tmp/merged.po"
stats=$(msgfmt --check --statistics -o /dev/null "$tmp/merged.po" 2>&1)
echo "$stats"
case "$stats" in
  *untranslated*|*fuzzy*) echo "po/nl.po is incomplete"; exit 1 ;;
esac
msgfmt --check -o /dev/null po/nl.po
echo "ok"
