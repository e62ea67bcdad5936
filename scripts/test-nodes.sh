#!/usr/bin/env bash
# The client's suites (unit, contract, reliability) on the Node versions users run, beside the full
# `npm test` on the machine's own Node. Each version comes from the npm registry as the `node` package
# (`npx -y node@22`: a binary inside a registry package, about 8 s, no other download). Its directory
# goes first on PATH, so that what the tests spawn (the CLI, the mock, npm) runs on it too.
#   npm run test:nodes                      Node 22 and 24
#   OMISE_TEST_NODES="24" npm run test:nodes
set -euo pipefail
cd "$(dirname "$0")/.."
# What does not run the client (the generator, the spec's own checks, the layout of src/) gives the
# same answer on every Node: it runs once, in `npm test`; vitest.config.ts leaves it out here.
export OMISE_CLIENT_SUITES_ONLY=1
for version in ${OMISE_TEST_NODES:-22 24}; do
  bin=$(npx -y "node@$version" -p process.execPath)
  echo "== unit, contract and reliability on Node $("$bin" --version)"
  PATH="$(dirname "$bin"):$PATH" "$bin" node_modules/vitest/vitest.mjs run --project unit --project contract --project reliability
done
