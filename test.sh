#!/usr/bin/env bash
# Runs the whole test suite. On a bare machine it first installs what the tests need:
# Debian's Chromium for the browser tests and the npm packages the web UI builds with.
set -uo pipefail
cd "$(dirname "$0")"

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing chromium for the browser tests..."
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "warning: chromium could not be installed; browser tests will be skipped"
  else
    echo "note: /usr/bin/chromium is missing and cannot be installed here; browser tests will be skipped"
  fi
fi

if [ -f package-lock.json ] && [ ! -d node_modules ]; then
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; exit 1; }
fi

# Tests must leave the checkout as they found it (temp folders and the build output are theirs to write).
tree_before=$(git status --porcelain 2>/dev/null)

log=$(mktemp)
dotnet test SearchEngine.sln -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One plain closing line over all test projects.
awk '/(Passed|Failed)!/ {
  for (i = 1; i <= NF; i++) {
    if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
  }
} END { gsub(",", "", p); printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"

tree_after=$(git status --porcelain 2>/dev/null)
if [ "$tree_before" != "$tree_after" ]; then
  echo "error: the tests changed the checkout (git status before and after):"
  diff <(printf '%s\n' "$tree_before") <(printf '%s\n' "$tree_after") | grep -E '^[<>] .+'
  status=1
fi
exit "$status"
