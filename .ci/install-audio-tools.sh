#!/usr/bin/env bash
# ffprobe (Debian package ffmpeg) reads the rendered MP3s' chapters back in the
# tests, as a second, independent reader beside mutagen. The default render
# path never needs ffmpeg. Idempotent: returns at once when ffprobe is there.
set -euo pipefail
if command -v ffprobe >/dev/null 2>&1; then
    echo "ffprobe: $(command -v ffprobe)"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends ffmpeg >/dev/null
command -v ffprobe
