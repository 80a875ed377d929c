#!/usr/bin/env bash
# Debian packages the project needs beyond Python: fonts and HarfBuzz for
# certificate PDFs (Urdu in Nastaliq), poppler to check PDFs, Chromium for
# browser tests. Installs only what is missing; needs root (or sudo).
set -euo pipefail
wanted=(chromium fonts-noto-core libharfbuzz-subset0 poppler-utils)
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if ! command -v apt-get >/dev/null; then
  echo "Not a Debian system: install ${missing[*]} (or their equivalents) yourself; see README.md." >&2
  exit 1
fi
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing system packages: ${missing[*]}"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
