#!/usr/bin/env bash
# Values come as environment variables, never pasted into this script's command line.
set -euo pipefail
version="${PROMOTION_GATE_INPUT_VERSION:-$PROMOTION_GATE_SHA}"
if [ -n "${PROMOTION_GATE_DRY_RUN:-}" ]; then
  echo "drill: would deploy $version to $PROMOTION_GATE_ENVIRONMENT"
  exit 0
fi
echo "deploying $version to $PROMOTION_GATE_ENVIRONMENT"
# e.g. kubectl set image deployment/app app="registry.example.com/app:$version"
