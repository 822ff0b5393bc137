#!/bin/sh
# Install gPodder's command-line client `gpo` (Debian package gpodder) for the
# feed tests. Idempotent: does nothing when gpo is already on PATH.
set -eu
if command -v gpo >/dev/null 2>&1; then
    echo "gpo already installed: $(command -v gpo)"
    exit 0
fi
SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends gpodder
command -v gpo >/dev/null 2>&1 || { echo "gpodder installed but gpo not on PATH" >&2; exit 1; }
echo "gpo installed: $(command -v gpo)"
