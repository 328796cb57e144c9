#!/usr/bin/env bash
# The number of TODO markers in the application code, for the `todos` trend check.
set -euo pipefail
grep -ro 'TODO' app | wc -l | tr -d ' '
