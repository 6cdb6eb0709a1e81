#!/usr/bin/env bash
# Installs the system packages the tests use (real servers, not mocks). Idempotent: only
# what is missing is installed. Debian's Python modules are used through /usr/bin/python3.
# tmux gives the REPL tests (tests/repl.rs) a real terminal.
set -euo pipefail
packages=(python3-aiosmtpd openssl tmux)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/setup.sh: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
fi
# The tests' SMTP server runs on Debian's Python, which has the aiosmtpd module.
/usr/bin/python3 -c "import aiosmtpd" \
  || { echo "tests/setup.sh: /usr/bin/python3 cannot import aiosmtpd" >&2; exit 1; }
command -v openssl >/dev/null || { echo "tests/setup.sh: openssl is missing" >&2; exit 1; }
