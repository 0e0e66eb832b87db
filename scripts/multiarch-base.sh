#!/usr/bin/env bash
# Test infrastructure for real aarch64 builds under QEMU user emulation:
#   1. qemu-user-static registered with binfmt_misc (its F flag makes it work inside containers)
#   2. fdm-test-base:bookworm-arm64: the arm64 twin of scripts/base-image.sh's x86_64 image
#   3. a local registry (Debian's docker-registry) on 127.0.0.1 holding both images, plus ONE
#      multi-arch tag 127.0.0.1:<port>/fdm-test-base:bookworm
#   4. a summary, and $FDM_REGISTRY_DIR/url and $FDM_REGISTRY_DIR/env for the tests
# Idempotent: every part checks before it acts, so a second run only verifies (a few seconds).
# Usage: sudo scripts/multiarch-base.sh       (runs plain `docker`, so it honours DOCKER_HOST)
# Env: FDM_CACHE          rootfs tarball cache, shared with base-image.sh (default /var/cache/fdm)
#      FDM_REGISTRY_PORT  default: the port of this script's registry if it runs, else 5000 if
#                         free, else the next free one up to 5099
#      FDM_REGISTRY_DIR   registry config, storage, pid and log (default /var/lib/fdm-registry)
set -euo pipefail

die() { echo "multiarch-base.sh: $*" >&2; exit 1; }
if [[ $(id -u) -ne 0 ]]; then # apt-get, mount, binfmt register and debootstrap all need root
  command -v sudo >/dev/null || die "not root and no sudo: run as root"
  envs=() # sudo drops the environment: pass on what this script reads
  for v in DOCKER_HOST DOCKER_CONFIG FDM_CACHE FDM_REGISTRY_PORT FDM_REGISTRY_DIR; do
    [[ -n ${!v:-} ]] && envs+=("$v=${!v}")
  done
  exec sudo env "${envs[@]}" bash "$0" "$@"
fi

here=$(cd "$(dirname "$0")" && pwd)
cache=${FDM_CACHE:-/var/cache/fdm}
reg_dir=${FDM_REGISTRY_DIR:-/var/lib/fdm-registry}
amd_image=fdm-test-base:bookworm
arm_image=fdm-test-base:bookworm-arm64
path_env='PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' # as base-image.sh sets

part_start=${EPOCHREALTIME/./}
part() { # print how long the previous part took, then the next part's title
  local now=${EPOCHREALTIME/./} d
  d=$(((now - part_start) / 100000)); part_start=$now
  [[ -n ${part_name:-} ]] && printf '    (%s took %d.%d s)\n' "$part_name" $((d / 10)) $((d % 10))
  part_name=${1:-}
  [[ -z $part_name ]] || printf '\n==> %s\n' "$part_name"
}

# The rootfs settings come from base-image.sh itself so both images always hold the same packages.
base_sh=$here/base-image.sh
suite=$(sed -n 's/^suite=//p' "$base_sh")
packages=$(sed -n 's/^packages=//p' "$base_sh")
[[ $suite =~ ^[a-z]+$ && $packages =~ ^[a-z0-9.+,-]+$ ]] ||
  die "cannot read suite= and packages= from $base_sh (its layout changed?)"
# shellcheck source=/dev/null
source <(sed -n '/^debian_mirror() {$/,/^}$/p' "$base_sh")
declare -F debian_mirror >/dev/null || die "cannot read debian_mirror() from $base_sh"
# A changed package list gets its own cached rootfs instead of silently reusing a stale one.
arm_tar=$cache/base-$suite-arm64-$(printf %s "$packages" | sha256sum | cut -c1-8).tar

part "1. QEMU user emulation"
missing=()
[[ -e /usr/lib/binfmt.d/qemu-aarch64.conf ]] || missing+=(qemu-user-static)
for tool in debootstrap docker-registry jq curl; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [[ ${#missing[@]} -gt 0 ]]; then # no recommends: binfmt-support/systemd are not needed
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
command -v docker >/dev/null || die "docker CLI not found (run scripts/setup.sh first)"
docker info >/dev/null 2>&1 || die "no Docker engine answers at ${DOCKER_HOST:-the default socket}"
bm=/proc/sys/fs/binfmt_misc
if [[ ! -e $bm/register ]]; then
  err=$(mount -t binfmt_misc binfmt_misc "$bm" 2>&1) ||
    die "cannot mount binfmt_misc: tried 'mount -t binfmt_misc binfmt_misc $bm': $err"
  echo "mounted binfmt_misc on $bm"
fi
if [[ ! -e $bm/qemu-aarch64 ]]; then
  line=$(grep -v '^#' /usr/lib/binfmt.d/qemu-aarch64.conf | grep -m1 '^:qemu-aarch64:')
  # Recheck on failure: a concurrent run may have registered it first ("File exists").
  if ! err=$({ printf '%s\n' "$line" >"$bm/register"; } 2>&1) && [[ ! -e $bm/qemu-aarch64 ]]; then
    die "the kernel refused the qemu-aarch64 binfmt registration: ${err##*: }
  tried: printf '%s\\n' '$line' > $bm/register"
  fi
  echo "registered qemu-aarch64 with binfmt_misc"
fi
grep -qx enabled "$bm/qemu-aarch64" || die "$bm/qemu-aarch64 is disabled; enable it: echo 1 > $bm/qemu-aarch64"
# Without F the kernel looks the interpreter up inside each container's rootfs, where it is absent.
grep -q '^flags:.*F' "$bm/qemu-aarch64" ||
  die "$bm/qemu-aarch64 was registered without the F flag, so it fails in containers; remove it
  (echo -1 > $bm/qemu-aarch64) and rerun"
echo "qemu-aarch64: $(sed -n 's/^interpreter //p' "$bm/qemu-aarch64"), $(grep '^flags:' "$bm/qemu-aarch64")"

part "2. arm64 base image $arm_image"
have=$(docker image inspect -f '{{.Architecture}} {{index .Config.Labels "fdm.packages"}}' "$arm_image" 2>/dev/null || true)
if [[ $have == "arm64 $packages" ]]; then # same packages as base-image.sh lists now
  echo "present: $(docker image inspect -f '{{.Id}}' "$arm_image")"
else
  mkdir -p "$cache"
  work=$(mktemp -d "$cache/.arm64-build.XXXXXX")
  # debootstrap mounts /proc and /sys in the target: unmount them before deleting anything.
  cleanup() {
    findmnt -rn -o TARGET | grep "^$work/" | sort -r | xargs -r umount -l || true
    rm -rf --one-file-system "$work"
  }
  trap cleanup EXIT
  if [[ -f $arm_tar ]]; then
    echo "reusing cached rootfs $arm_tar"
  else
    mirror=$(debian_mirror)
    echo "debootstrap --arch=arm64 $suite from $mirror (under QEMU: a few minutes)"
    debootstrap --arch=arm64 --variant=minbase --include="$packages" "$suite" "$work/rootfs" "$mirror" \
      >"$work/debootstrap.log" 2>&1 || { tail -n 30 "$work/debootstrap.log" >&2; die "debootstrap failed"; }
    rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/apt/"*.bin
    tar --numeric-owner -C "$work/rootfs" -cf "$work/base.tar" .
    mv "$work/base.tar" "$arm_tar" # atomic: later runs never trust a truncated tarball
    echo "cached rootfs in $arm_tar"
  fi
  # `docker import --platform` is ignored by this engine (it records amd64), so build a
  # `docker save` archive by hand: the rootfs tar is the one layer, and the config says arm64.
  # The created time is the tarball's mtime, so the same tarball always gives the same image id.
  created=$(date -u -r "$arm_tar" +%Y-%m-%dT%H:%M:%SZ)
  jq -cn --arg diff "sha256:$(sha256sum "$arm_tar" | cut -d' ' -f1)" --arg created "$created" \
    --arg path "$path_env" --arg pkgs "$packages" --arg suite "$suite" '{
      architecture: "arm64", variant: "v8", os: "linux", created: $created,
      config: {Env: [$path], Cmd: ["bash"], Labels: {"fdm.packages": $pkgs}},
      rootfs: {type: "layers", diff_ids: [$diff]},
      history: [{created: $created,
        created_by: "debootstrap --arch=arm64 --variant=minbase --include=\($pkgs) \($suite)"}]}' \
    >"$work/config.json"
  cfg=$(sha256sum "$work/config.json" | cut -d' ' -f1).json
  mv "$work/config.json" "$work/$cfg"
  mkdir "$work/layer" && ln -s "$arm_tar" "$work/layer/layer.tar" # tar -h streams it: no 400 MB copy
  jq -cn --arg cfg "$cfg" --arg tag "$arm_image" \
    '[{Config: $cfg, RepoTags: [$tag], Layers: ["layer/layer.tar"]}]' >"$work/manifest.json"
  tar -C "$work" -chf - manifest.json "$cfg" layer | docker load
  cleanup
  trap - EXIT
fi
arm_id=$(docker image inspect -f '{{.Id}}' "$arm_image")
[[ $(docker image inspect -f '{{.Os}}/{{.Architecture}}' "$arm_image") == linux/arm64 ]] ||
  die "$arm_image is not linux/arm64"
out=$(docker run --rm --platform linux/arm64 "$arm_image" uname -m 2>&1) || true
[[ $out == aarch64 ]] || die "docker run --platform linux/arm64 $arm_image uname -m printed: $out"
echo "docker run: uname -m = $out"
# The builder must run the arm64 image's RUN steps under QEMU (cmake included).
iid=$(mktemp)
if ! out=$(printf 'FROM %s\nRUN uname -m && cmake --version\n' "$arm_image" | BUILDKIT_PROGRESS=plain \
  docker build --no-cache --platform linux/arm64 --iidfile "$iid" - 2>&1) ||
  ! grep -qw aarch64 <<<"$out" || ! grep -q 'cmake version' <<<"$out"; then
  die "docker build --platform linux/arm64 of FROM $arm_image + RUN uname -m && cmake --version:
$out"
fi
docker rmi "$(cat "$iid")" >/dev/null && rm -f "$iid" # the check's own image: leave nothing behind
echo "docker build --platform linux/arm64: RUN saw aarch64 and cmake"

part "3. registry on 127.0.0.1 and the multi-arch tag"
answers() { # a distribution v2 registry answers on 127.0.0.1:$1
  curl -fsS -m 2 -o /dev/null -D - "http://127.0.0.1:$1/v2/" 2>/dev/null |
    grep -qi '^docker-distribution-api-version: *registry/2'
}
busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
mkdir -p "$reg_dir/storage"
port='' pid=$(cat "$reg_dir/registry.pid" 2>/dev/null || true)
if [[ -n $pid && $(cat "/proc/$pid/comm" 2>/dev/null) == docker-registry ]]; then
  old=$(sed -n 's/^ *addr: *127\.0\.0\.1://p' "$reg_dir/config.yml")
  if [[ ${FDM_REGISTRY_PORT:-$old} == "$old" ]] && answers "$old"; then
    port=$old
    echo "registry already running: pid $pid, port $port"
  else
    kill "$pid" && for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
fi
if [[ -z $port ]]; then
  if [[ -n ${FDM_REGISTRY_PORT:-} ]]; then
    port=$FDM_REGISTRY_PORT
    ! busy "$port" || die "FDM_REGISTRY_PORT=$port: something else already listens on 127.0.0.1:$port"
  else
    port=5000
    while busy "$port"; do ((++port < 5100)) || die "no free port in 127.0.0.1:5000-5099"; done
  fi
  cat >"$reg_dir/config.yml" <<EOF
# Written by scripts/multiarch-base.sh: a plain-HTTP registry on loopback only, for tests.
version: 0.1
log: {level: warn, fields: {service: registry}}
storage:
  filesystem: {rootdirectory: $reg_dir/storage}
  delete: {enabled: true}
http:
  addr: 127.0.0.1:$port
EOF
  runas=() # run it as the package's unprivileged user where that exists
  id docker-registry >/dev/null 2>&1 && chown -R docker-registry: "$reg_dir/storage" &&
    runas=(setpriv --reuid=docker-registry --regid=docker-registry --init-groups)
  # setsid: its own session, so it outlives this script and the terminal that ran it.
  setsid "${runas[@]}" docker-registry serve "$reg_dir/config.yml" \
    </dev/null >>"$reg_dir/registry.log" 2>&1 &
  echo $! >"$reg_dir/registry.pid"
  for _ in $(seq 50); do answers "$port" && break; sleep 0.2; done
  answers "$port" || { tail -n 20 "$reg_dir/registry.log" >&2; die "no registry answers on 127.0.0.1:$port"; }
  echo "registry started: pid $(cat "$reg_dir/registry.pid"), port $port, log $reg_dir/registry.log"
fi
reg=127.0.0.1:$port repo=127.0.0.1:$port/fdm-test-base
# The x86_64 image is base-image.sh's own; make it here if this engine lacks it.
docker image inspect "$amd_image" >/dev/null 2>&1 || bash "$base_sh" "$amd_image"
amd_id=$(docker image inspect -f '{{.Id}}' "$amd_image")
# Asks the registry for a manifest; prints its body, or its digest with -I.
manifest() {
  curl -fsS -m 10 ${3:+-I} -H "Accept: application/vnd.docker.distribution.manifest.$2+json" \
    "http://$reg/v2/fdm-test-base/manifests/$1"
}
digest() { manifest "$1" "$2" -I | tr -d '\r' | sed -n 's/^docker-content-digest: *//Ip'; }
for arch in amd64 arm64; do
  src=$amd_image id=$amd_id && [[ $arch == amd64 ]] || src=$arm_image id=$arm_id
  # Pushed already when the registry's tag has this image's config (image id = config digest).
  if [[ $(manifest "bookworm-$arch" v2 2>/dev/null | jq -r .config.digest) == "$id" ]]; then
    echo "$repo:bookworm-$arch is up to date"
  else
    docker tag "$src" "$repo:bookworm-$arch"
    docker push -q "$repo:bookworm-$arch"
    docker rmi "$repo:bookworm-$arch" >/dev/null # the engine keeps only its own tags
  fi
done
amd_digest=$(digest bookworm-amd64 v2) arm_digest=$(digest bookworm-arm64 v2)
want=$(jq -cn --arg a "$amd_digest" --arg b "$arm_digest" '[["amd64",$a],["arm64",$b]]')
have=$(manifest bookworm list.v2 2>/dev/null |
  jq -c '[.manifests[] | [.platform.architecture, .digest]] | sort' 2>/dev/null || true)
if [[ $have == "$want" ]]; then
  echo "$repo:bookworm is up to date"
else
  docker manifest rm "$repo:bookworm" >/dev/null 2>&1 || true # a stale local list from a failed run
  docker manifest create --insecure "$repo:bookworm" "$repo:bookworm-amd64" "$repo:bookworm-arm64" >/dev/null
  docker manifest annotate --os linux --arch amd64 "$repo:bookworm" "$repo:bookworm-amd64"
  docker manifest annotate --os linux --arch arm64 --variant v8 "$repo:bookworm" "$repo:bookworm-arm64"
  docker manifest push --insecure --purge "$repo:bookworm" >/dev/null
fi
platforms=$(docker manifest inspect --insecure "$repo:bookworm" |
  jq -r '[.manifests[] | .platform.os + "/" + .platform.architecture] | sort | join(" ")')
[[ $platforms == "linux/amd64 linux/arm64" ]] || die "$repo:bookworm lists: $platforms"
# Each platform pulls back as the very image that was pushed (same id); drop the tag afterwards.
for p in amd64:"$amd_id" arm64:"$arm_id"; do
  docker pull -q --platform "linux/${p%%:*}" "$repo:bookworm" >/dev/null
  got=$(docker image inspect -f '{{.Architecture}}:{{.Id}}' "$repo:bookworm")
  [[ $got == "$p" ]] || die "docker pull --platform linux/${p%%:*} $repo:bookworm gave $got"
done
list_digest=$(digest bookworm list.v2)
# Leave no refs behind: the tag, and the list-digest ref that a pull by tag records.
docker rmi "$repo:bookworm" >/dev/null
docker rmi "$repo@$list_digest" >/dev/null 2>&1 || true
echo "docker manifest inspect: $platforms; pulls by platform give the pushed images"
part # its time, then the summary

printf 'http://%s\n' "$reg" >"$reg_dir/url"
cat >"$reg_dir/env" <<EOF
FDM_REGISTRY=$reg
FDM_MULTIARCH_IMAGE=$repo:bookworm
FDM_MULTIARCH_DIGEST=$list_digest
FDM_AMD64_DIGEST=$amd_digest
FDM_ARM64_DIGEST=$arm_digest
EOF
cat <<EOF

images:    $amd_image $amd_id (amd64)
           $arm_image $arm_id (arm64)
registry:  http://$reg (storage $reg_dir/storage; url in $reg_dir/url, all below in $reg_dir/env)
multi-arch $repo:bookworm = $list_digest
           linux/amd64: $repo@$amd_digest
           linux/arm64: $repo@$arm_digest
EOF
