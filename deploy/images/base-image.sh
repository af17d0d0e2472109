#!/usr/bin/env bash
# Makes the services' JVM base image as an image tarball (docker-archive format), from Debian packages only:
# no registry, no Docker engine. Jib reads it with -Dimages.base=tar://<file>.
#
#   sudo deploy/images/base-image.sh [OUT_TAR]        (default target/images/styrplan-jre17-base.tar)
#
# Debian 12 (bookworm) minbase + openjdk-17-jre-headless + ca-certificates, a user 185 (group 0) for the
# services to run as, and nothing else. Needs root (debootstrap) and the debootstrap package; uses the machine's
# configured Debian mirror (debootstrap's default, or DEBIAN_MIRROR).
set -euo pipefail

out="$(realpath -m "${1:-target/images/styrplan-jre17-base.tar}")"
work="$(mktemp -d -t styrplan-base.XXXXXX)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"

echo "base-image: debootstrap bookworm (minbase) into $rootfs"
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$rootfs" ${DEBIAN_MIRROR:-} > "$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
chroot "$rootfs" useradd --system --uid 185 --gid 0 --home-dir /deployments --create-home --shell /usr/sbin/nologin styrplan
# what an image does not need: package caches and lists, docs, man pages
rm -rf "$rootfs"/var/cache/apt/archives/*.deb "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* "$rootfs"/usr/share/man/*
java_home="$(dirname "$(dirname "$(readlink -f "$rootfs/usr/bin/java" | sed "s|^$rootfs||")")")"

echo "base-image: packing the layer"
mkdir -p "$work/image"
# reproducible: sorted names, fixed times and owners from the rootfs
tar --sort=name --mtime='2026-01-01 00:00Z' --numeric-owner -C "$rootfs" -cf "$work/image/layer.tar" .
diff_id="sha256:$(sha256sum "$work/image/layer.tar" | cut -d' ' -f1)"
cat > "$work/image/config.json" <<JSON
{"architecture":"amd64","os":"linux",
 "config":{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=$java_home","LANG=C.UTF-8"],
           "User":"185","WorkingDir":"/deployments"},
 "rootfs":{"type":"layers","diff_ids":["$diff_id"]},
 "history":[{"created":"2026-01-01T00:00:00Z","created_by":"deploy/images/base-image.sh (debootstrap bookworm minbase + openjdk-17-jre-headless)"}]}
JSON
cat > "$work/image/manifest.json" <<JSON
[{"Config":"config.json","RepoTags":["styrplan/jre17-base:bookworm"],"Layers":["layer.tar"]}]
JSON
mkdir -p "$(dirname "$out")"
tar -C "$work/image" -cf "$out" manifest.json config.json layer.tar
echo "base-image: $out ($(du -h "$out" | cut -f1)), java $("$rootfs/usr/bin/java" -version 2>&1 | head -1)"
