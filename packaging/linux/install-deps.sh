#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The one list of Debian 12 packages Coachbench needs to build, test and run.
# Installs only what is missing; quiet and idempotent when everything is there.
#
#   packaging/linux/install-deps.sh               # build + test + run
#   packaging/linux/install-deps.sh --demo        # also the tools behind resources/demo/make-demo.sh
#   packaging/linux/install-deps.sh --print       # list the packages, install nothing
#   packaging/linux/install-deps.sh --missing     # list the missing ones, install nothing
set -euo pipefail

# Compiling and linking: CMake/Ninja/g++ (C++23), Qt 6.4 (Core, Gui, Widgets, Sql,
# Concurrent, Test, Multimedia, LinguistTools), FFmpeg's libraries, SQLite,
# libical (iCalendar and recurrence for scheduling), libzip (standup packs as .zip),
# libebur128 (EBU R128 loudness of exported clips).
# libgl-dev and libvulkan-dev: Qt6Gui's CMake config looks for OpenGL and Vulkan headers.
BUILD=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-multimedia-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libavformat-dev libavcodec-dev libavutil-dev libswresample-dev libavfilter-dev
    libsqlite3-dev libical-dev libopus-dev libebur128-dev libgl-dev libvulkan-dev libzip-dev
)

# Running the GUI and the CLI: Qt's SQLite driver and platform plugins (xcb,
# offscreen), and Qt's own translations (standard buttons such as Cancel, the
# file dialog) so a German or Spanish desktop is not half English. The shared
# libraries themselves come in with the -dev packages above, and with the .deb's
# generated Depends when installed from a package.
RUN=(
    libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n tzdata
)

# The test suite: ffmpeg makes fixtures, sqlite3 inspects databases, xvfb/xauth
# run GUI tests headless, appstream and desktop-file-utils validate
# packaging/linux, dpkg-dev (dpkg-shlibdeps) and file are what CPack's .deb
# generator needs. nodejs and npm run ical.js (Thunderbird's parser) on exported
# .ics files; the test fetches ical.js into the build directory. pulseaudio (a
# null sink) and pulseaudio-utils (parec, pactl) let the playback test record
# what the engine played. poppler-utils (pdftotext, pdftoppm) reads exported PDFs;
# unzip checks zipped standup packs.
TEST=(
    ffmpeg sqlite3 xvfb xauth nodejs npm ca-certificates
    appstream desktop-file-utils dpkg-dev file
    pulseaudio pulseaudio-utils poppler-utils unzip
)

# Regenerating the demo library (resources/demo/make-demo.sh); not needed otherwise.
DEMO=(
    espeak-ng sox
)

mode=install
packages=("${BUILD[@]}" "${RUN[@]}" "${TEST[@]}")
for arg in "$@"; do
    case $arg in
        --demo) packages+=("${DEMO[@]}") ;;
        --print) mode=print ;;
        --missing) mode=missing ;;
        -h|--help) sed -n '3,10s/^# \{0,1\}//p' "$0"; exit 0 ;;
        *) echo "install-deps.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

if [[ $mode == print ]]; then
    printf '%s\n' "${packages[@]}"
    exit 0
fi

missing=()
for pkg in "${packages[@]}"; do
    # Node.js from elsewhere (nodesource, nvm) brings its own npm, which
    # Debian's npm package would conflict with.
    if [[ $pkg == nodejs || $pkg == npm ]] && command -v "${pkg/nodejs/node}" >/dev/null 2>&1; then
        continue
    fi
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [[ $status == installed ]] || missing+=("$pkg")
done

if [[ $mode == missing ]]; then
    (( ${#missing[@]} == 0 )) || printf '%s\n' "${missing[@]}"
    exit 0
fi

(( ${#missing[@]} == 0 )) && exit 0

if (( EUID == 0 )); then
    as_root=()
elif command -v sudo >/dev/null; then
    as_root=(sudo)
else
    echo "install-deps.sh: missing ${missing[*]}; run as root or install sudo" >&2
    exit 1
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq -o Dpkg::Use-Pty=0 --no-install-recommends "${missing[@]}"
