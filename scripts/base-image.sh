#!/usr/bin/env bash
# Make sure the Debian bookworm base image that the Docker tests build FROM exists.
#
# There is no registry to pull from on these machines, so the image is made locally: a debootstrap
# minbase rootfs (git, cmake, make, rsync, ... but no compilers), cached as a tarball so that later
# runs only need `docker import`.
#
# Usage: scripts/base-image.sh [IMAGE_NAME]      (default fdm-test-base:bookworm)
# Env:   FDM_CACHE   cache directory for base-bookworm.tar (default /var/cache/fdm)
set -euo pipefail

image="${1:-fdm-test-base:bookworm}"
cache_dir="${FDM_CACHE:-/var/cache/fdm}"
tarball="$cache_dir/base-bookworm.tar"
suite=bookworm
packages=git,cmake,make,rsync,ca-certificates,bzip2,xz-utils,patch

die() {
  echo "base-image.sh: $*" >&2
  exit 1
}

# The Debian mirror apt already uses: the only package source these machines can reach.
debian_mirror() {
  local uri=''
  if [[ -r /etc/apt/sources.list.d/debian.sources ]]; then
    uri=$(awk '/^URIs:/ { print $2; exit }' /etc/apt/sources.list.d/debian.sources)
  fi
  if [[ -z $uri && -r /etc/apt/sources.list ]]; then
    # "deb [opt=val ...] URI suite components": skip the optional bracketed options.
    uri=$(awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i !~ /^\[/ && $i !~ /\]$/) { print $i; exit } }' \
      /etc/apt/sources.list)
  fi
  echo "${uri:-http://deb.debian.org/debian}"
}

command -v docker >/dev/null 2>&1 || die "docker CLI not found"

if docker image inspect "$image" >/dev/null 2>&1; then
  echo "base image $image present"
  exit 0
fi

if [[ -f $tarball ]]; then
  echo "reusing cached rootfs $tarball"
else
  [[ $(id -u) -eq 0 ]] || die "building the rootfs needs root (debootstrap); rerun with sudo"
  command -v debootstrap >/dev/null 2>&1 ||
    die "debootstrap not found; install it with: apt-get install -y debootstrap"
  mirror=$(debian_mirror)
  mkdir -p "$cache_dir"
  # Build inside the cache dir so the final mv is an atomic rename: an interrupted run leaves at
  # most a stray .base-build.* directory, never a truncated tarball that later runs would trust.
  work=$(mktemp -d "$cache_dir/.base-build.XXXXXX")
  trap 'rm -rf "$work"' EXIT
  echo "debootstrap $suite from $mirror into $work/rootfs"
  debootstrap --variant=minbase --include="$packages" "$suite" "$work/rootfs" "$mirror"
  # Package lists are dead weight in the image and make it non-reproducible.
  rm -rf "$work/rootfs/var/lib/apt/lists/"* "$work/rootfs/var/cache/apt/"*.bin
  tar --numeric-owner -C "$work/rootfs" -cf "$work/base.tar" .
  mv "$work/base.tar" "$tarball"
  rm -rf "$work"
  trap - EXIT
  echo "cached rootfs in $tarball"
fi

# A bare import has no environment; RUN steps need a PATH and `docker run` a default command.
docker import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'CMD ["bash"]' \
  "$tarball" "$image" >/dev/null
echo "base image $image imported from $tarball"
