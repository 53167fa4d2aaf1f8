#!/usr/bin/env bash
# Install what tests/test_browser.py needs on a fresh Debian machine (run as root).
# Idempotent: does nothing when /usr/bin/chromium already exists. We use the
# distribution's chromium rather than `playwright install` so that CI does not
# download browser builds from the network at test time.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
    echo "chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "browser-deps.sh: must run as root (apt-get install)" >&2
    exit 1
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium fonts-dejavu-core
/usr/bin/chromium --version || true
