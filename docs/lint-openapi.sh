#!/bin/sh
# Lints the OpenAPI document the build writes with Redocly CLI (pinned; rules in redocly.yaml). Needs Node.js 20+ and
# npm's registry; not part of `mvn verify`. Builds the server's classes first when the document is missing.
set -eu
cd "$(dirname "$0")/.."
SPEC=server/target/classes/META-INF/swagger/soptrack-v1.yml
if [ ! -f "$SPEC" ]; then
  mvn -B -q -pl server -am compile
fi
exec npx --yes @redocly/cli@2.77.0 lint "$SPEC"
