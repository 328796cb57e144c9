#!/usr/bin/env bash
# Restores what snapshot.sh remembered.
set -euo pipefail
previous="$(cat .deploy-state/previous-version)"
if [ -n "${PROMOTION_GATE_DRY_RUN:-}" ]; then
  echo "drill: would roll $PROMOTION_GATE_ENVIRONMENT back to $previous"
  exit 0
fi
echo "rolling $PROMOTION_GATE_ENVIRONMENT back to $previous"
# e.g. kubectl set image deployment/app app="registry.example.com/app:$previous"
