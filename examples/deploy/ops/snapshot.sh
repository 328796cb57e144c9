#!/usr/bin/env bash
# Remembers what runs now, so that rollback.sh can restore it.
set -euo pipefail
mkdir -p .deploy-state
curl -fsS "$PROMOTION_GATE_URL/version" -o .deploy-state/previous-version
echo "snapshot of $PROMOTION_GATE_ENVIRONMENT: $(cat .deploy-state/previous-version)"
