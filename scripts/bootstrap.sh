#!/usr/bin/env bash
# Installs what the project needs on a fresh machine that has Node 20 and the package registries:
# pnpm, the workspace's dependencies, and (with --test-deps) what the tests run against: Debian's
# Chromium, CJK fonts, redis-server and PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
if ! pnpm --version 2>/dev/null | grep -q "^${PNPM_VERSION//./\\.}$"; then
  npm install -g "pnpm@${PNPM_VERSION}" >/dev/null
fi

# pnpm 12 ignores nodedir in the user npmrc; without it node-gyp tries to download Node headers.
export npm_config_nodedir
npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
pnpm install --frozen-lockfile

if [[ "${1:-}" == "--test-deps" ]]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  command -v redis-server >/dev/null || missing+=(redis-server)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
  if ((${#missing[@]})); then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
