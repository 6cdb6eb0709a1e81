#!/usr/bin/env bash
# Installs the system packages the tests use (real servers, not mocks). Idempotent: only
# what is missing is installed. Debian's Python modules are used through /usr/bin/python3.
# tmux gives the REPL tests (tests/repl.rs) a real terminal. Dovecot (dovecot-pop3d,
# dovecot-imapd) serves the receiving tests (tests/email_receive.rs), which start their own
# instances on free ports: the system's Dovecot service is not started by the install.
# Postfix (tests/email_postfix.rs) is run the same way: an instance per test, with its own
# configuration folder, on free ports of 127.0.0.1; the system's Postfix is not started.
set -euo pipefail
packages=(python3-aiosmtpd openssl tmux dovecot-pop3d dovecot-imapd postfix)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "tests/setup.sh: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  # Packages must not start their services (Dovecot would take ports 110, 143, 993 and 995
  # for good): a policy-rc.d that says no, for the time of the install, unless one exists.
  policy=/usr/sbin/policy-rc.d
  own_policy=""
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$policy" >/dev/null
    $SUDO chmod 755 "$policy"
    own_policy=1
  fi
  status=0
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
    || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; } \
    || status=$?
  [ -z "$own_policy" ] || $SUDO rm -f "$policy"
  [ "$status" = 0 ] || { echo "tests/setup.sh: could not install ${missing[*]}" >&2; exit "$status"; }
fi
# The tests' SMTP server runs on Debian's Python, which has the aiosmtpd module.
/usr/bin/python3 -c "import aiosmtpd" \
  || { echo "tests/setup.sh: /usr/bin/python3 cannot import aiosmtpd" >&2; exit 1; }
command -v openssl >/dev/null || { echo "tests/setup.sh: openssl is missing" >&2; exit 1; }
[ -x /usr/sbin/dovecot ] && [ -e /usr/lib/dovecot/pop3 ] && [ -e /usr/lib/dovecot/imap ] \
  || { echo "tests/setup.sh: Dovecot (dovecot-pop3d, dovecot-imapd) is missing" >&2; exit 1; }
