#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A private PulseAudio daemon with one null sink, for the playback tests: it
# plays in real time and its monitor can be recorded with parec, so the tests
# hear what the engine played without a sound card. Private (its own socket
# and runtime folder) so that a developer's desktop sound is left alone.
#
#   pulse-null-sink.sh start DIR   # socket DIR/native; DIR/status says "ready" or why not
#   pulse-null-sink.sh stop DIR    # ends the daemon that `start` left in DIR
#
# Never fails: when no daemon can be started the tests skip, reading DIR/status.
set -u

action=${1:-}
dir=${2:-}
if [[ -z $action || -z $dir ]]; then
    echo "usage: pulse-null-sink.sh start|stop DIR" >&2
    exit 2
fi

export PULSE_RUNTIME_PATH=$dir/runtime
export PULSE_STATE_PATH=$dir/state
socket=$dir/native

stop() {
    local pid
    for pidfile in "$PULSE_RUNTIME_PATH/pid" "$dir/system.pid"; do
        [[ -f $pidfile ]] || continue
        pid=$(head -n1 "$pidfile" 2>/dev/null || true)
        if [[ $pid =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        fi
        rm -f "$pidfile"
    done
    rm -f "$socket"
}

ready() {
    PULSE_SERVER=unix:$socket pactl info >/dev/null 2>&1 \
        && PULSE_SERVER=unix:$socket pactl list short sinks 2>/dev/null | grep -q $'\tnull\t'
}

wait_ready() {
    for _ in $(seq 50); do
        ready && return 0
        sleep 0.1
    done
    return 1
}

case $action in
    stop)
        stop
        exit 0
        ;;
    start) ;;
    *)
        echo "pulse-null-sink.sh: unknown action $action" >&2
        exit 2
        ;;
esac

stop
mkdir -p "$PULSE_RUNTIME_PATH" "$PULSE_STATE_PATH"
chmod 700 "$PULSE_RUNTIME_PATH"
: >"$dir/pulse.log"

for tool in pulseaudio pactl parec; do
    if ! command -v "$tool" >/dev/null; then
        echo "$tool is not installed (packages pulseaudio, pulseaudio-utils)" >"$dir/status"
        cat "$dir/status"
        exit 0
    fi
done

modules=(
    --load="module-null-sink sink_name=null"
    # Anonymous: the test clients have no cookie of this private daemon.
    --load="module-native-protocol-unix socket=$socket auth-anonymous=1"
)
# -n: none of the default modules (no hardware, no D-Bus, no session
# policies); the daemon lives until `stop`, however long it sits idle.
common=(-n --exit-idle-time=-1 --disallow-exit --daemonize=yes --use-pid-file=yes
    --log-target="file:$dir/pulse.log" "${modules[@]}")

# As root (CI containers) a per-user daemon still starts, with a warning; if
# this PulseAudio refuses, system mode is the supported way for root.
if pulseaudio "${common[@]}" 2>>"$dir/pulse.log" && wait_ready; then
    echo ready >"$dir/status"
elif (( EUID == 0 )) && id pulse >/dev/null 2>&1; then
    stop
    chmod 755 "$dir"
    # System mode drops to the "pulse" user; the socket's folder must be its.
    mkdir -p "$dir/system" && chown pulse "$dir/system" 2>/dev/null
    socket=$dir/system/native
    modules[1]="--load=module-native-protocol-unix socket=$socket auth-anonymous=1"
    if pulseaudio --system --disallow-module-loading=no -n --exit-idle-time=-1 --disallow-exit \
        --daemonize=yes --use-pid-file=yes --log-target="file:$dir/pulse.log" "${modules[@]}" \
        2>>"$dir/pulse.log" && wait_ready; then
        cp /run/pulse/pid "$dir/system.pid" 2>/dev/null || cp /var/run/pulse/pid "$dir/system.pid" 2>/dev/null || true
        ln -sf "$socket" "$dir/native"
        echo ready >"$dir/status"
    else
        echo "PulseAudio did not start, as user nor in system mode; see $dir/pulse.log" >"$dir/status"
    fi
else
    echo "PulseAudio did not start; see $dir/pulse.log" >"$dir/status"
fi
cat "$dir/status"
exit 0
