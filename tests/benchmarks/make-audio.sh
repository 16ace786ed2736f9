#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# make-audio.sh DIR [N] -- N (default 1000) short, distinct call recordings for the import benchmark.
#
# 5-20 s, 8 kHz, mono or stereo (agent left, customer right), spoken by espeak-ng, in a
# rotating mix: WAV s16, WAV mu-law, MP3 32k, Ogg Opus 16k. Each file mixes in its own
# seeded noise, so no two fingerprints are equal (a duplicate would be skipped, not imported).
# Deterministic content; skipped when DIR already holds N recordings. Uses both cores.
set -euo pipefail
DIR=${1:?usage: make-audio.sh DIR [N]}
N=${2:-1000}
export LC_ALL=C
mkdir -p "$DIR"
have=$(find "$DIR" -maxdepth 1 -type f \( -name '*.wav' -o -name '*.mp3' -o -name '*.opus' \) | wc -l)
if [ "$have" -eq "$N" ]; then echo "make-audio: $DIR already has $N recordings"; exit 0; fi
find "$DIR" -maxdepth 1 -type f -delete
t0=$(date +%s.%N)
S="$DIR/.sentences"; mkdir -p "$S"
i=0
while IFS= read -r line; do
  v=$([ $((i % 2)) -eq 0 ] && echo en-us || echo en-gb+f3)
  espeak-ng -v "$v" -s 165 -w "$S/s$i.wav" "$line"
  i=$((i + 1))
done <<'EOF'
Thank you for calling, my name is Sam, how can I help you today?
Hi, I'm calling about my bill, I think I've been charged twice this month.
Let me pull up your account. Could you confirm the postcode for me?
It's the same as always. I've been a customer for ten years.
I can see the payment went through on the fifth, and again on the seventh.
That's what I said. Nobody called me back last week either.
I understand how frustrating that must be. I'm sorry you've had to call again.
Okay. So what happens now? Do I get my money back?
I've raised a refund for the duplicate charge. You'll see it in three to five working days.
Right. And will I get something in writing?
I'll send a confirmation email straight after this call. Is the email address still correct?
Yes, that's fine. Thank you, that's really helpful.
Is there anything else I can help with today?
Actually, the internet keeps dropping out in the evenings.
Let's check that. Can you read me the lights on the front of the router?
They're all green, except the one on the right, which is flashing orange.
I'm going to restart the line from here. It should come back in about two minutes.
I want to cancel my subscription. I found a cheaper deal elsewhere.
Before we do that, can I tell you about an offer we have for long-standing customers?
I'll think about it. Can you put that in writing?
EOF
NS=$i
gen() {  # gen INDEX
  local k=$1
  local dur=$((5 + (k * 7919) % 16)) fmt=$((k % 4)) st=$(( (k / 4) % 5 > 0 ? 2 : 1 ))
  local a=$((k % NS)) b=$(((k * 7 + 3) % NS)) c=$(((k * 13 + 5) % NS)) d=$(((k * 17 + 11) % NS))
  local name out enc
  case $fmt in
    0) name=$(printf 'call-%04d.wav' "$k");  enc=(-c:a pcm_s16le) ;;
    1) name=$(printf 'call-%04d.wav' "$k");  enc=(-c:a pcm_mulaw) ;;
    2) name=$(printf 'call-%04d.mp3' "$k");  enc=(-c:a libmp3lame -b:a 32k) ;;
    3) name=$(printf 'call-%04d.opus' "$k"); enc=(-c:a libopus -b:a 16k) ;;
  esac
  out="$DIR/$name"
  local noise="anoisesrc=d=$dur:c=pink:r=8000:a=0.004:seed=$((k + 1))"
  if [ "$st" = 1 ]; then
    ffmpeg -nostdin -v error -y -i "$S/s$a.wav" -i "$S/s$b.wav" -i "$S/s$c.wav" -filter_complex \
      "[0][1][2]concat=n=3:v=0:a=1,aresample=8000,apad,atrim=0:$dur[v];$noise[n];[v][n]amix=inputs=2:duration=first:normalize=0" \
      -ac 1 -ar 8000 "${enc[@]}" "$out"
  else
    ffmpeg -nostdin -v error -y -i "$S/s$a.wav" -i "$S/s$b.wav" -i "$S/s$c.wav" -i "$S/s$d.wav" -filter_complex \
      "[0][2]concat=n=2:v=0:a=1,aresample=8000,apad,atrim=0:$dur[l];[1][3]concat=n=2:v=0:a=1,aresample=8000,adelay=1500,apad,atrim=0:$dur[r];$noise[n];[l][r]join=inputs=2:channel_layout=stereo[s];[s][n]amix=inputs=2:duration=first:normalize=0" \
      -ac 2 -ar 8000 "${enc[@]}" "$out"
  fi
}
export -f gen; export DIR S NS
seq 0 $((N - 1)) | xargs -P "$(nproc)" -I{} bash -c 'gen {}'
rm -rf "$S"
t1=$(date +%s.%N)
printf 'make-audio: %d files in %s (%s) in %.0f s\n' "$(find "$DIR" -maxdepth 1 -type f | wc -l)" "$DIR" \
  "$(find "$DIR" -maxdepth 1 -type f | sed 's/.*\.//' | sort | uniq -c | tr -s ' ' | tr '\n' ',')" "$(echo "$t1 - $t0" | bc)"
