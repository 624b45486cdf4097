#!/usr/bin/env bash
# Lighthouse 13 on the public pages (home, catalog, a challenge page) of a published Production build with demo data,
# in both languages, on Lighthouse's mobile profile (simulated slow 4G, 4x CPU slowdown): performance, accessibility,
# best practices, SEO, bytes transferred on a first visit, layout shift. Prints a table and appends it to
# bench/lighthouse/results.md. Goals (issue 17): accessibility 100, best practices >= 95, SEO >= 95, performance >= 90,
# < 300 KB transferred, CLS < 0.05.
#   bench/lighthouse/run.sh
set -euo pipefail
cd "$(dirname "$0")"
root=$(cd ../.. && pwd)
work=$(mktemp -d)
port=${PORT:-5090}
trap 'kill ${app_pid:-0} 2>/dev/null || true; rm -rf "$work"' EXIT

[ -x node_modules/.bin/lighthouse ] || npm ci --no-audit --no-fund --silent
echo "== publishing the app (Release)"
dotnet publish "$root/src/TechChallenge.Web" -c Release -o "$work/app" --nologo -v q >/dev/null

export ASPNETCORE_ENVIRONMENT=Production Database__DataPath="$work/data" FileStorage__Path="$work/files" \
  Mail__PublicBaseUrl="http://127.0.0.1:$port"
(cd "$work/app" && dotnet TechChallenge.Web.dll --seed-demo-data >/dev/null)
# exec: the background job IS the app, so the trap's kill stops it (a subshell would leave it running).
(cd "$work/app" && ASPNETCORE_URLS="http://127.0.0.1:$port" exec dotnet TechChallenge.Web.dll >"$work/app.log" 2>&1) &
app_pid=$!
for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/" >/dev/null && break; sleep 1; done

base="http://127.0.0.1:$port"
challenge=$(curl -sf "$base/challenges" | grep -o 'href="/challenges/[0-9a-f-]\{36\}"' | head -1 | sed 's/href="//; s/"$//')
pages=("/" "/challenges" "$challenge")

export CHROME_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
for lang in zh-CN en-US; do
  for path in "${pages[@]}"; do
    name=$(echo "$lang$path" | tr '/' '_')
    node_modules/.bin/lighthouse "$base$path" --quiet --output=json --output-path="$work/$name.json" \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
      --extra-headers="{\"Cookie\": \".AspNetCore.Culture=c%3D$lang%7Cuic%3D$lang\"}" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>&1 || echo "lighthouse failed on $path ($lang)"
  done
done

node summarize.js "$work"/*.json | tee -a results.md
