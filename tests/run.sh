#!/usr/bin/env bash
# Runs every test of the repository on a fresh machine: installs what the tests need, builds, tests.
# Usage: tests/run.sh            (the README's test command; .ci/run calls it)
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Warnings are errors through Directory.Build.props (which keeps NU1603 a warning); -warnaserror here would not.
dotnet build Workflows.sln -c Release 2>&1 | tail -n 20
log=$(mktemp)
set +e
dotnet test Workflows.sln -c Release --no-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One plain closing line for any reader: the totals of every test assembly.
awk '/(Passed|Failed)!/ {
        for (i = 1; i <= NF; i++) {
          if ($i == "Failed:") { f += $(i+1) + 0 }
          if ($i == "Passed:") { p += $(i+1) + 0 }
          if ($i == "Skipped:") { s += $(i+1) + 0 }
        }
      }
      END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$log"
rm -f "$log"
exit "$status"
