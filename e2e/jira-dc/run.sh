#!/usr/bin/env bash
# Runs the browser suite against a real Jira Software Data Center in Docker (the official
# image with PostgreSQL): start, wait, set up, install the plugin through UPM, run every spec
# not tagged @sandbox, tear down. See docs/real-jira-dc.md.
#
#   JIRA_LICENSE=<Jira Software DC licence> JIRA_VERSION=9.12|10.3 e2e/jira-dc/run.sh [playwright args]
#
# Optional: JIRA_CONTEXT_PATH (empty or /jira), JIRA_PORT (8080), JIRA_IMAGE_TAG (overrides the
# tag JIRA_VERSION picks), JIRA_KEEP=1 (leave the stack running afterwards).
set -euo pipefail
cd "$(dirname "$0")/../.."

skip() {
  echo "skipped: $*"
  exit 0
}

command -v docker >/dev/null 2>&1 || skip "no docker command (install Docker Engine with the compose plugin)"
docker info >/dev/null 2>&1 || skip "no Docker engine (docker info failed)"
docker compose version >/dev/null 2>&1 || skip "no docker compose plugin (docker compose version failed)"
[ -n "${JIRA_LICENSE:-}" ] || skip "JIRA_LICENSE is not set (a Jira Software Data Center licence, e.g. Atlassian's 3-hour timebomb licence for app testing)"

case "${JIRA_VERSION:-9.12}" in
  9.12) default_tag=9.12.15 ;;
  10.3) default_tag=10.3.24 ;;
  *)
    echo "JIRA_VERSION is '${JIRA_VERSION}': use 9.12 or 10.3 (the LTS lines), or set JIRA_IMAGE_TAG to another atlassian/jira-software tag." >&2
    exit 2
    ;;
esac

context_path="${JIRA_CONTEXT_PATH:-}"
context_path="${context_path%/}"
if [ -n "$context_path" ] && [ "${context_path#/}" = "$context_path" ]; then
  context_path="/$context_path"
fi

random_password() {
  node -e "process.stdout.write(require('node:crypto').randomBytes(12).toString('base64url'))"
}

export JIRA_IMAGE_TAG="${JIRA_IMAGE_TAG:-$default_tag}"
export JIRA_PORT="${JIRA_PORT:-8080}"
export JIRA_CONTEXT_PATH="$context_path"
export JIRA_BASE_URL="http://127.0.0.1:${JIRA_PORT}${context_path}"
# Throwaway accounts of a throwaway Jira: fresh passwords every run unless given.
export JIRA_ADMIN_USER="${JIRA_ADMIN_USER:-admin}"
export JIRA_ADMIN_PASSWORD="${JIRA_ADMIN_PASSWORD:-$(random_password)}"
export JIRA_USER="${JIRA_USER:-plain-user}"
export JIRA_USER_PASSWORD="${JIRA_USER_PASSWORD:-$(random_password)}"

compose=(docker compose -f e2e/jira-dc/docker-compose.yml)
cleanup() {
  if [ "${JIRA_KEEP:-0}" = "1" ]; then
    echo "jira-dc: left running at $JIRA_BASE_URL (admin: $JIRA_ADMIN_USER / $JIRA_ADMIN_PASSWORD)."
    echo "jira-dc: stop it with: ${compose[*]} down -v"
  else
    "${compose[@]}" down -v >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

node --import tsx scripts/build.ts --if-needed
echo "jira-dc: starting atlassian/jira-software:${JIRA_IMAGE_TAG} at ${JIRA_BASE_URL}"
"${compose[@]}" up -d
node --import tsx e2e/jira-dc/prepare.ts

# One project is enough: against a real Jira the context path comes from JIRA_BASE_URL.
project=context-root
[ -n "$context_path" ] && project=context-jira
node_modules/.bin/playwright test --project "$project" --grep-invert @sandbox "$@"
