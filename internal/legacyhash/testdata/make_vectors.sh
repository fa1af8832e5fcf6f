#!/bin/sh
# Remakes vectors.jsonl from the reference implementations: Debian's PHP
# (php-cli, with sodium built in: apt-get install php-cli) and Python 3.
# Hashes are salted at random, so each run writes different lines.
set -eu
cd "$(dirname "$0")"
{ php make_vectors.php; python3 make_vectors.py; } > vectors.jsonl.new
mv vectors.jsonl.new vectors.jsonl
wc -l vectors.jsonl
