#!/bin/sh
# Re-extract the interface strings from quizbuilder/ui and recompile the translations.
#
#   resources/translations/update.sh
#
# quizbuilder_fr.ts holds every string, translated; quizbuilder_en.ts only the plural
# forms ("%n item(s)" -> "1 item", "2 items"), since the English sources are the rest.
# Translate new strings in the .ts files (by hand or with pyside6-linguist), then run this
# again so that the .qm files the application loads are up to date.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
bin="${PYSIDE6_BIN:-$root/.venv/bin}"
cd "$root"
sources="$(find quizbuilder/ui -name '*.py' | sort) quizbuilder/app.py"
# shellcheck disable=SC2086
"$bin/pyside6-lupdate" $sources -no-obsolete -locations relative \
    -target-language fr_FR -ts "$here/quizbuilder_fr.ts"
# shellcheck disable=SC2086
"$bin/pyside6-lupdate" $sources -no-obsolete -locations relative -pluralonly \
    -target-language en_GB -ts "$here/quizbuilder_en.ts"
"$bin/pyside6-lrelease" "$here/quizbuilder_fr.ts" -qm "$here/quizbuilder_fr.qm"
"$bin/pyside6-lrelease" "$here/quizbuilder_en.ts" -qm "$here/quizbuilder_en.qm"
