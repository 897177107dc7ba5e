#!/bin/sh
# Runs a validator, or exits with 77 (CTest's SKIP_RETURN_CODE here) when it is not installed.
# Usage: run-if-installed.sh TOOL [ARGUMENT...]
tool=$1
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "skipped: $tool is not installed (scripts/lib.sh lists the Debian package that provides it)"
    exit 77
fi
exec "$@"
