#!/bin/sh
# Takes the README's pictures of the staff application again, from the browser test that walks a parts
# department's day (PartsDayBrowserIT), so they always show the screens as they are.
set -eu
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B verify -pl server -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=PartsDayBrowserIT \
    -Dsoptrack.screenshots="$PWD/docs/screenshots"
