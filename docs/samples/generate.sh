#!/usr/bin/env bash
# Regenerates the report samples in this folder from the demo register.
#
# Starts the API in Development on a new SQLite file (a new database gets the demo register of seed 001), reads the
# officer key the application prints on its first start, fetches every report in every format (Russian; the
# supervisory report in English too), and stops the application. Needs the .NET SDK, curl and a free loopback port
# (the application picks one). Usage, from anywhere:  docs/samples/generate.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
app_pid=""

cleanup() {
  if [[ -n "$app_pid" ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Building the API..."
dotnet build "$repo/Register.Api/Register.Api.csproj" -c Release -o "$work/bin" --nologo -v quiet >/dev/null

echo "Starting it on a new database with the demo register..."
# The content root is the project folder, so appsettings.Development.json (Register:DemoData=true) applies.
# Port 0: the application takes a free port and logs it.
(cd "$repo/Register.Api" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet "$work/bin/Register.Api.dll" \
  --urls=http://127.0.0.1:0 --ConnectionStrings:Register="Data Source=$work/demo.db") >"$work/app.log" 2>&1 &
app_pid=$!

base=""
for _ in $(seq 1 120); do
  base="$(grep -oE 'Now listening on: http://[0-9.:]+' "$work/app.log" | head -n1 | sed 's/Now listening on: //')" || true
  [[ -n "$base" ]] && break
  kill -0 "$app_pid" 2>/dev/null || { cat "$work/app.log" >&2; echo "The application stopped." >&2; exit 1; }
  sleep 0.5
done
[[ -n "$base" ]] || { cat "$work/app.log" >&2; echo "The application did not start." >&2; exit 1; }

# The bootstrap officer key is printed once, on the first start of an empty database.
key="$(grep -oE 'rk_[A-Za-z0-9_-]+' "$work/app.log" | head -n1)"
[[ -n "$key" ]] || { cat "$work/app.log" >&2; echo "No officer key in the application's output." >&2; exit 1; }
curl -sf -o /dev/null --retry 20 --retry-connrefused --retry-delay 1 "$base/health/ready"

fetch() { # report format lang
  local file="$here/$1.$3.$2"
  curl -sf -H "X-Api-Key: $key" -o "$file" "$base/api/reports/$1?format=$2&lang=$3"
  printf '  %-45s %9s bytes\n' "$(basename "$file")" "$(wc -c <"$file" | tr -d ' ')"
}

echo "Fetching the reports from $base..."
for report in supervisory information-resources information-systems operator-registry; do
  for format in json csv xlsx html; do fetch "$report" "$format" ru; done
done
for format in json csv xlsx html; do fetch supervisory "$format" en; done

echo "Done; the application is stopped and its database removed."
