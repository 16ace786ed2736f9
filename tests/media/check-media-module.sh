#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# check-media-module.sh COACH COACHBENCH LIBCOACH MODULE RECORDING
#
# Guards the split between libcoach and the media module (libcoach/media/CMakeLists.txt):
#  1. neither program nor libcoach has FFmpeg, Qt Multimedia, libebur128 or libzip (and
#     its libcrypto) in DT_NEEDED, nor among everything ldd resolves for them, while the
#     module has them (so the check can see them);
#  2. `coach list` and `coach check` run without ever mapping the module (LD_DEBUG=files),
#     and `coach probe` does map it;
#  3. a module that cannot be found is an error naming the path, not a crash;
#  4. neither program's RUNPATH has an empty entry (CMake's padding, which makes
#     the loader search the current folder for every library: packaging/CMakeLists.txt).
set -uo pipefail
coach=$1 coachbench=$2 libcoach=$3 module=$4 recording=$5
media='lib(avcodec|avformat|avutil|avfilter|swresample)\.so|libQt6Multimedia|libebur128|libzip\.so|libcrypto'
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

needed() { readelf -d "$1" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'; }

for binary in "$coach" "$coachbench" "$libcoach"; do
    hits=$(needed "$binary" | grep -E "$media")
    [ -z "$hits" ] || fail "$binary has in DT_NEEDED: $(echo $hits)"
    hits=$(ldd "$binary" | grep -E "$media" | awk '{print $1}')
    [ -z "$hits" ] || fail "$binary loads at start (ldd): $(echo $hits)"
done
for binary in "$coach" "$coachbench"; do
    runpath=$(readelf -d "$binary" | sed -n 's/.*(RUNPATH).*\[\(.*\)\]/\1/p')
    [ -n "$runpath" ] || fail "$binary has no RUNPATH: it cannot find libcoach"
    case ":$runpath:" in
        *::*) fail "$binary has an empty RUNPATH entry ($runpath): the loader searches the current folder" ;;
    esac
done
needed "$module" | grep -q 'libavformat' || fail "$module does not need libavformat: the check looks at the wrong file"
needed "$module" | grep -q 'libQt6Multimedia' || fail "$module does not need Qt6Multimedia: the check looks at the wrong file"

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME=$work/data XDG_CACHE_HOME=$work/cache XDG_CONFIG_HOME=$work/config
library=$work/library.coachdb
# Loader trace of a run: every object the dynamic linker maps, at start and by dlopen.
mapped() { LD_DEBUG=files "$@" 2>&1 >/dev/null | sed -n 's/.*file=\([^ ]*\).*\[0\];.*/\1/p' | sort -u; }

for command in "list" "list --json" "check"; do
    # shellcheck disable=SC2086
    objects=$(mapped "$coach" --library "$library" $command)
    [ -n "$objects" ] || fail "coach $command: LD_DEBUG=files printed nothing; cannot check what it maps"
    hits=$(grep -E "libcoach-media|$media" <<<"$objects")
    [ -z "$hits" ] || fail "coach $command maps: $(echo $hits)"
done
grep -q 'libcoach-media' <<<"$(mapped "$coach" probe "$recording")" \
    || fail "coach probe did not map libcoach-media: the trace cannot see a module load"

missing=$work/nowhere/libcoach-media.so
output=$(COACH_MEDIA_MODULE=$missing "$coach" probe "$recording" 2>&1); status=$?
[ "$status" = 1 ] || fail "coach probe without its module exited with $status, not 1: $output"
grep -qF "$missing" <<<"$output" || fail "the error does not name $missing: $output"

[ "$failures" = 0 ] && echo "media module: not linked, loaded only when needed"
exit $((failures > 0))
