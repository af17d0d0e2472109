#!/usr/bin/env bash
# Stands in for the `docker` command that Jib (quarkus-container-image-jib) calls when it does not push: instead of
# loading the image into a Docker engine, it writes the image tarball (docker-archive format, `docker load`-able)
# to $STYRPLAN_IMAGE_DIR (default ./target/images). The images profile of the root pom points Jib here.
set -euo pipefail
out_dir="${STYRPLAN_IMAGE_DIR:-$PWD/target/images}"
case "${1:-}" in
  info)
    # Jib asks which platform the engine runs, to pick the base image's matching manifest
    echo '{"OSType":"linux","Architecture":"'"$(uname -m)"'"}'
    ;;
  load)
    mkdir -p "$out_dir"
    tmp="$(mktemp "$out_dir/.load.XXXXXX")"
    cat > "$tmp"
    tag="$(tar -xOf "$tmp" manifest.json | jq -r '.[0].RepoTags[0]')"
    file="$out_dir/$(printf '%s' "$tag" | tr '/:' '__').tar"
    mv "$tmp" "$file"
    chmod 644 "$file"
    echo "Loaded image: $tag"
    echo "docker-to-tar: wrote $file" >&2
    ;;
  --version | version)
    echo "docker-to-tar (image tarballs instead of a Docker engine)"
    ;;
  *)
    echo "docker-to-tar: 'docker $*' is not supported; only what Jib needs to build an image tarball" >&2
    exit 1
    ;;
esac
