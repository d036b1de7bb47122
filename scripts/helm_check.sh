#!/usr/bin/env bash
# Lint, render and validate the Helm chart in helm/trailmap under every
# value set in helm/trailmap/ci.
#
# helm and kubeconform are built from source through the Go module proxy
# and cached in $TRAILMAP_CACHE/bin (default ~/.cache/trailmap/bin). The
# Kubernetes JSON schemas come from the PyPI package kubernetes-validate,
# because kubeconform's default schema location is a web site that this
# environment cannot reach.
#
# Usage: scripts/helm_check.sh
# Environment:
#   TRAILMAP_CACHE  cache folder for binaries and schemas (default ~/.cache/trailmap)
#   HELM_CHECK_OUT  folder for the rendered manifests (default artifacts/helm)
set -euo pipefail

readonly HELM_VERSION=v3.21.4
readonly KUBECONFORM_VERSION=v0.8.0
readonly KUBERNETES_VALIDATE_VERSION=1.37.0
# Oldest version allowed by kubeVersion in Chart.yaml, and the newest that
# kubernetes-validate ships schemas for.
readonly KUBE_VERSIONS=(1.27.0 1.37.0)
# kubernetes-validate has no schema for the Strimzi custom resources, so
# kubeconform skips them and the chart tests in tests/deploy check their fields.
readonly SKIPPED_KINDS=Kafka,KafkaNodePool,KafkaTopic

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
chart=$root/helm/trailmap
cache=${TRAILMAP_CACHE:-$HOME/.cache/trailmap}
bin=$cache/bin
out=${HELM_CHECK_OUT:-$root/artifacts/helm}
schemas=$cache/kubernetes-json-schema/$KUBERNETES_VALIDATE_VERSION

log() { printf 'helm_check: %s\n' "$*" >&2; }

# Build a Go tool unless the cached binary was built from the expected module
# version. `go version -m` reads the version that go install embedded; the
# tools' own version commands print "development" for such builds.
# Arguments: binary name, package path, version.
install_go_tool() {
  local name=$1 package=$2 version=$3
  if ! command -v go >/dev/null; then
    log "go is missing: install Go 1.24 or newer to build $name $version"
    exit 1
  fi
  if [[ -x $bin/$name ]] && [[ $(go version -m "$bin/$name" | awk '$1 == "mod" { print $3 }') == "$version" ]]; then
    return
  fi
  log "building $name $version from the Go module proxy (a few minutes on 2 cores)"
  mkdir -p "$bin"
  GOBIN=$bin GOFLAGS="${GOFLAGS:-} -mod=mod" CGO_ENABLED=0 go install "$package@$version"
}

# Extract the schemas of the checked Kubernetes versions from the
# kubernetes-validate wheel. Its schemas name each other by absolute
# "https://kubernetes.io/api/..." ids, so the extraction drops each $id and
# turns refs to _definitions.json into paths relative to the schema file,
# which kubeconform's file loader resolves.
install_schemas() {
  if [[ -f $schemas/.complete ]]; then
    return
  fi
  log "downloading kubernetes-validate $KUBERNETES_VALIDATE_VERSION from PyPI for its Kubernetes schemas"
  local download
  download=$(mktemp -d)
  python3 -m pip download --quiet --no-deps --dest "$download" "kubernetes-validate==$KUBERNETES_VALIDATE_VERSION"
  rm -rf "$schemas"
  python3 - "$download"/kubernetes_validate-*.whl "$schemas" "${KUBE_VERSIONS[@]}" <<'EOF'
import json
import pathlib
import sys
import zipfile

wheel, target_root, versions = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3:]
prefix = "kubernetes_validate/kubernetes-json-schema/"
folders = {f"v{version}-local{suffix}" for version in versions for suffix in ("", "-strict")}
found = set()
with zipfile.ZipFile(wheel) as archive:
    for member in archive.namelist():
        if not member.startswith(prefix) or not member.endswith(".json"):
            continue
        relative = member[len(prefix):]
        folder = relative.split("/", 1)[0]
        if folder not in folders:
            continue
        found.add(folder)
        schema = json.loads(archive.read(member))
        schema.pop("$id", None)
        text = json.dumps(schema).replace('"/api/_definitions.json#', '"_definitions.json#')
        target = target_root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
missing = folders - found
if missing:
    sys.exit(f"kubernetes-validate has no schemas for {sorted(missing)}; choose versions it ships")
EOF
  rm -rf "$download"
  touch "$schemas/.complete"
}

install_go_tool helm helm.sh/helm/v3/cmd/helm "$HELM_VERSION"
install_go_tool kubeconform github.com/yannh/kubeconform/cmd/kubeconform "$KUBECONFORM_VERSION"
install_schemas

newest=${KUBE_VERSIONS[-1]}
mkdir -p "$out"
for values in "$chart"/ci/*-values.yaml; do
  name=$(basename "$values" .yaml)
  log "$name: helm lint --strict"
  "$bin/helm" lint --strict --kube-version "$newest" "$chart" --values "$values"

  log "$name: helm template"
  "$bin/helm" template trailmap "$chart" --namespace trailmap --kube-version "$newest" \
    --values "$values" >"$out/$name.yaml"

  for version in "${KUBE_VERSIONS[@]}"; do
    log "$name: kubeconform against Kubernetes $version (skips $SKIPPED_KINDS)"
    "$bin/kubeconform" -strict -summary -kubernetes-version "$version" \
      -schema-location "$schemas/{{ .NormalizedKubernetesVersion }}-local{{ .StrictSuffix }}/{{ .ResourceKind }}{{ .KindSuffix }}.json" \
      -skip "$SKIPPED_KINDS" "$out/$name.yaml"
  done
done
log "all value sets passed; rendered manifests are in $out"
