"""Render the Helm chart in helm/trailmap with helm and check the manifests.

helm comes from $HELM, the PATH, or the cache that scripts/helm_check.sh
fills (~/.cache/trailmap/bin). Without helm the tests are skipped, except
under CI (the CI environment variable is set), where they fail.
"""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess

import pytest
import yaml

REPO = pathlib.Path(__file__).resolve().parents[2]
CHART = REPO / "helm" / "trailmap"
VALUE_SETS = ["bundled", "external", "partner"]
KUBE_VERSION = "1.37.0"
NAMESPACE = "trailmap"
RELEASE = "trailmap"

GRPC_COMPONENTS = {"catalog", "profile", "pathfinding", "progress"}
HTTP_COMPONENTS = {"gateway"}
CONSUMER_COMPONENTS = {"progress-consumer", "sis-importer"}
CREDENTIAL_WORDS = ("PASSWORD", "SECRET", "SIGNING_KEY", "TOKEN")


def find_helm() -> str | None:
    candidates = [
        os.environ.get("HELM"),
        shutil.which("helm"),
        str(pathlib.Path(os.environ.get("TRAILMAP_CACHE", pathlib.Path.home() / ".cache" / "trailmap")) / "bin" / "helm"),
    ]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def helm() -> str:
    binary = find_helm()
    if binary:
        return binary
    message = "helm not found in $HELM, PATH or ~/.cache/trailmap/bin. Run scripts/helm_check.sh to build it."
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def run_helm(helm: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([helm, *args], capture_output=True, text=True, timeout=120, check=False)


def template(helm: str, value_set: str, *set_args: str) -> subprocess.CompletedProcess[str]:
    args = [
        "template", RELEASE, str(CHART),
        "--namespace", NAMESPACE,
        "--kube-version", KUBE_VERSION,
        "--values", str(CHART / "ci" / f"{value_set}-values.yaml"),
    ]
    for assignment in set_args:
        args += ["--set", assignment]
    return run_helm(helm, *args)


def render(helm: str, value_set: str, *set_args: str) -> list[dict]:
    result = template(helm, value_set, *set_args)
    assert result.returncode == 0, f"helm template failed for {value_set}: {result.stderr}"
    return [doc for doc in yaml.safe_load_all(result.stdout) if doc]


def render_error(helm: str, value_set: str, *set_args: str) -> str:
    result = template(helm, value_set, *set_args)
    assert result.returncode != 0, f"helm template accepted {set_args} for {value_set}"
    return result.stderr


_rendered: dict[str, list[dict]] = {}


@pytest.fixture(params=VALUE_SETS)
def manifests(request, helm) -> tuple[str, list[dict]]:
    value_set = request.param
    if value_set not in _rendered:
        _rendered[value_set] = render(helm, value_set)
    return value_set, _rendered[value_set]


def of_kind(docs: list[dict], kind: str) -> list[dict]:
    return [doc for doc in docs if doc["kind"] == kind]


def component(doc: dict) -> str:
    return doc["metadata"]["labels"]["app.kubernetes.io/component"]


def containers(pod_owner: dict) -> list[dict]:
    pod = pod_owner["spec"]["template"]["spec"]
    return pod.get("initContainers", []) + pod["containers"]


def env_by_name(container: dict) -> dict[str, dict]:
    return {entry["name"]: entry for entry in container.get("env", [])}


@pytest.mark.parametrize("value_set", VALUE_SETS)
def test_lint_strict(helm, value_set):
    result = run_helm(
        helm, "lint", "--strict", "--kube-version", KUBE_VERSION, str(CHART),
        "--values", str(CHART / "ci" / f"{value_set}-values.yaml"),
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_deployment_probes(manifests):
    value_set, docs = manifests
    deployments = of_kind(docs, "Deployment")
    assert deployments, f"{value_set} renders no Deployment"
    for deployment in deployments:
        name = deployment["metadata"]["name"]
        for container in containers(deployment):
            for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                assert probe in container, f"{name}/{container['name']} has no {probe}"
            if component(deployment) in GRPC_COMPONENTS:
                assert container["livenessProbe"]["grpc"]["service"] == "liveness", name
                assert container["readinessProbe"]["grpc"]["service"] == "", name
                assert container["startupProbe"]["grpc"]["service"] == "liveness", name
            elif component(deployment) in HTTP_COMPONENTS:
                assert container["livenessProbe"]["httpGet"]["path"] == "/healthz", name
                assert container["readinessProbe"]["httpGet"]["path"] == "/readyz", name
            else:
                assert component(deployment) in CONSUMER_COMPONENTS, name
                check = container["livenessProbe"]["exec"]["command"]
                assert "TRAILMAP_LIVENESS_FILE" in check[-1], name
                assert env_by_name(container)["TRAILMAP_LIVENESS_FILE"]["value"] == "/tmp/trailmap-alive"


def test_resources_requests_and_limits(manifests):
    value_set, docs = manifests
    for workload in of_kind(docs, "Deployment") + of_kind(docs, "Job"):
        name = workload["metadata"]["name"]
        for container in containers(workload):
            resources = container.get("resources", {})
            for section in ("requests", "limits"):
                for resource in ("cpu", "memory"):
                    assert resource in resources.get(section, {}), f"{name}/{container['name']} has no {section}.{resource}"


def test_security_context(manifests):
    value_set, docs = manifests
    for workload in of_kind(docs, "Deployment") + of_kind(docs, "Job"):
        name = workload["metadata"]["name"]
        pod = workload["spec"]["template"]["spec"]
        assert pod["securityContext"]["runAsNonRoot"] is True, name
        assert pod["automountServiceAccountToken"] is False, name
        for container in containers(workload):
            context = container["securityContext"]
            where = f"{name}/{container['name']}"
            assert context["runAsNonRoot"] is True, where
            assert context["readOnlyRootFilesystem"] is True, where
            assert context["allowPrivilegeEscalation"] is False, where
            assert context["capabilities"]["drop"] == ["ALL"], where
            assert "add" not in context["capabilities"], where


def test_credentials_only_from_secrets(manifests):
    value_set, docs = manifests
    assert of_kind(docs, "Secret") == [], f"{value_set} renders a Secret; credentials must come from existing Secrets"
    for workload in of_kind(docs, "Deployment") + of_kind(docs, "Job"):
        for container in containers(workload):
            for name, entry in env_by_name(container).items():
                if any(word in name for word in CREDENTIAL_WORDS):
                    assert "value" not in entry, f"{workload['metadata']['name']} sets {name} inline"
                    assert "secretKeyRef" in entry["valueFrom"], name


def test_hpa_for_servers(manifests):
    value_set, docs = manifests
    hpa_targets = {hpa["spec"]["scaleTargetRef"]["name"]: hpa for hpa in of_kind(docs, "HorizontalPodAutoscaler")}
    for deployment in of_kind(docs, "Deployment"):
        name = deployment["metadata"]["name"]
        if component(deployment) in CONSUMER_COMPONENTS:
            assert name not in hpa_targets, f"consumer {name} must have fixed replicas"
            assert deployment["spec"]["replicas"] >= 1
            continue
        assert name in hpa_targets, f"{name} has no HorizontalPodAutoscaler"
        assert "replicas" not in deployment["spec"], f"{name} sets replicas, which would fight the autoscaler"
        metric = hpa_targets[name]["spec"]["metrics"][0]["resource"]
        assert metric["name"] == "cpu"


def test_grpc_services_headless(manifests):
    value_set, docs = manifests
    services = {svc["metadata"]["name"]: svc for svc in of_kind(docs, "Service")}
    for deployment in of_kind(docs, "Deployment"):
        if component(deployment) not in GRPC_COMPONENTS:
            continue
        service = services[deployment["metadata"]["name"]]
        assert service["spec"]["clusterIP"] == "None"
        assert service["spec"]["ports"][0]["appProtocol"] == "grpc"
    first = containers(of_kind(docs, "Deployment")[0])[-1]
    address = env_by_name(first)["TRAILMAP_CATALOG_ADDR"]["value"]
    assert address == f"dns:///{RELEASE}-catalog.{NAMESPACE}.svc.cluster.local:50051"


def test_partner_set_read_only(helm):
    docs = render(helm, "partner")
    deployed = {component(doc) for doc in of_kind(docs, "Deployment")}
    assert deployed == {"catalog", "pathfinding"}
    assert of_kind(docs, "Job") == [], "the partner set runs no schema or topic Job"
    ingress_hosts = {rule["host"] for ingress in of_kind(docs, "Ingress") for rule in ingress["spec"]["rules"]}
    assert ingress_hosts == {"catalog.partners.example.org", "pathfinding.partners.example.org"}
    for ingress in of_kind(docs, "Ingress"):
        assert ingress["metadata"]["annotations"]["nginx.ingress.kubernetes.io/backend-protocol"] == "GRPC"


def test_bundled_strimzi_resources(helm):
    docs = render(helm, "bundled")
    kafka = of_kind(docs, "Kafka")
    pools = of_kind(docs, "KafkaNodePool")
    topics = of_kind(docs, "KafkaTopic")
    assert len(kafka) == 1
    assert len(pools) == 1
    assert len(topics) == 12, "six topics and their .dlq twins"
    for resource in kafka + pools + topics:
        assert resource["metadata"]["annotations"]["helm.sh/resource-policy"] == "keep"
    assert pools[0]["spec"]["storage"]["volumes"][0]["deleteClaim"] is False
    assert set(pools[0]["spec"]["roles"]) == {"controller", "broker"}
    cluster = kafka[0]["metadata"]["name"]
    for topic in topics:
        assert topic["metadata"]["labels"]["strimzi.io/cluster"] == cluster
        assert isinstance(topic["spec"]["partitions"], int)
        assert topic["spec"]["partitions"] >= 1
        assert isinstance(topic["spec"]["config"]["retention.ms"], int)
        assert topic["spec"]["config"]["retention.ms"] > 0
    by_name = {topic["spec"]["topicName"]: topic["spec"] for topic in topics}
    assert by_name["trailmap.sis.records.v1"]["config"]["retention.ms"] == 604800000
    assert by_name["trailmap.sis.records.v1.dlq"]["config"]["retention.ms"] == 2592000000
    assert by_name["trailmap.sis.records.v1.dlq"]["partitions"] == 1
    assert [job for job in of_kind(docs, "Job") if component(job) == "kafka-topics"] == []
    gateway = next(d for d in of_kind(docs, "Deployment") if component(d) == "gateway")
    bootstrap = env_by_name(containers(gateway)[-1])["KAFKA_BOOTSTRAP"]["value"]
    assert bootstrap == f"{cluster}-kafka-bootstrap.{NAMESPACE}.svc.cluster.local:9092"


def test_external_hook_jobs(helm):
    docs = render(helm, "external")
    jobs = {component(job): job for job in of_kind(docs, "Job")}
    assert set(jobs) == {"neo4j-schema", "kafka-topics"}
    for job in jobs.values():
        assert job["metadata"]["annotations"]["helm.sh/hook"] == "pre-install,pre-upgrade"
    topics_env = env_by_name(containers(jobs["kafka-topics"])[-1])["TRAILMAP_KAFKA_TOPICS"]["value"]
    topics = {topic["name"]: topic for topic in json.loads(topics_env)}
    assert len(topics) == 12
    assert topics["trailmap.sis.records.v1"]["partitions"] == 12
    assert topics["trailmap.sis.records.v1.dlq"]["partitions"] == 1


def test_catalog_load_job_mounts_claim(helm):
    docs = render(helm, "bundled")
    job = next(job for job in of_kind(docs, "Job") if component(job) == "catalog-load")
    assert job["metadata"]["annotations"]["helm.sh/hook"] == "post-install,post-upgrade"
    volumes = {volume["name"]: volume for volume in job["spec"]["template"]["spec"]["volumes"]}
    assert volumes["catalog-data"]["persistentVolumeClaim"]["claimName"] == "trailmap-catalog-data"
    assert "--data-dir" in containers(job)[-1]["command"]


def test_consumer_replicas_over_partitions(helm):
    error = render_error(helm, "external", "progressConsumer.replicas=13")
    assert "progressConsumer.replicas is 13" in error
    assert "at most 12 partitions" in error


def test_consumer_topic_not_declared(helm):
    error = render_error(helm, "external", "sisImporter.topics[0]=trailmap.unknown.v1")
    assert "sisImporter.topics" in error
    assert "trailmap.unknown.v1" in error


def test_schema_rejects_inline_password(helm):
    error = render_error(helm, "external", "neo4j.password=hunter2")
    assert "additional properties 'password' not allowed" in error


def test_schema_rejects_inline_credential_env(helm):
    error = render_error(helm, "external", "extraEnv[0].name=PARTNER_TOKEN", "extraEnv[0].value=abc")
    assert "/extraEnv/0" in error


def test_neo4j_secret_required(helm):
    error = render_error(helm, "external", "neo4j.existingSecret=")
    assert "neo4j.existingSecret is required" in error


def test_gateway_signing_secret_required(helm):
    error = render_error(helm, "external", "gateway.signingKey.existingSecret=")
    assert "gateway.signingKey.existingSecret is required" in error


def test_strimzi_cluster_needs_strimzi_topics(helm):
    error = render_error(helm, "bundled", "kafka.topicManager=job")
    assert 'kafka.topicManager must be "strimzi"' in error


def test_catalog_load_needs_data_source(helm):
    error = render_error(helm, "bundled", "jobs.catalogLoad.existingClaim=")
    assert "jobs.catalogLoad.existingClaim" in error
