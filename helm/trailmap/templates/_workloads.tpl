{{/*
Deployments and Services. Each service's template calls one of
"trailmap.server" (gRPC or HTTP) or "trailmap.consumer" (Kafka consumer),
and both build their Deployment with "trailmap.deployment".
*/}}

{{/*
A Deployment with the shared pod spec. Arguments:
  root       - the chart's top-level context
  values     - the workload's values (replicas, resources, autoscaling)
  component  - name suffix and app.kubernetes.io/component label
  command    - container command (list)
  ports      - YAML list of container ports, or ""
  probes     - YAML with startupProbe, livenessProbe and readinessProbe
  env        - extra YAML EnvVar list for this container, or ""
*/}}
{{- define "trailmap.deployment" -}}
{{- $root := .root }}
{{- $labelArgs := dict "root" $root "component" .component }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "trailmap.fullname" $root }}-{{ .component }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "trailmap.labels" $labelArgs | nindent 4 }}
spec:
  {{- $autoscaling := .values.autoscaling | default dict }}
  {{- if not $autoscaling.enabled }}
  replicas: {{ .values.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  # Start one new pod before stopping an old one, so capacity never drops
  # during a rollout.
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  selector:
    matchLabels:
      {{- include "trailmap.selectorLabels" $labelArgs | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "trailmap.labels" $labelArgs | nindent 8 }}
        {{- with $root.Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $root.Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      {{- include "trailmap.podCommon" $labelArgs | trim | nindent 6 }}
      {{- with include "trailmap.topologySpread" $labelArgs | trim }}
      {{- . | nindent 6 }}
      {{- end }}
      containers:
        - name: {{ .component }}
          image: {{ include "trailmap.image" $root }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          command:
            {{- toYaml .command | nindent 12 }}
          {{- with .ports }}
          ports:
            {{- . | nindent 12 }}
          {{- end }}
          env:
            {{- include "trailmap.env" $root | nindent 12 }}
            {{- with .env }}
            {{- . | nindent 12 }}
            {{- end }}
          {{- .probes | nindent 10 }}
          resources:
            {{- toYaml .values.resources | nindent 12 }}
          securityContext:
            {{- include "trailmap.containerSecurityContext" $root | nindent 12 }}
          volumeMounts:
            {{- include "trailmap.tmpVolumeMount" $root | nindent 12 }}
      volumes:
        {{- include "trailmap.tmpVolume" $root | nindent 8 }}
{{- end }}

{{/*
A gRPC or HTTP server: Deployment and Service. Arguments: root, key (the
values key and component name), command, protocol ("grpc" or "http"),
env (optional YAML EnvVar list).

gRPC servers get native gRPC probes against grpc.health.v1.Health. The
liveness probe asks for the service "liveness", whose status does not
depend on Neo4j or Kafka, so an outage of either makes pods unready but
does not restart them. Readiness asks for "" (the whole server).

gRPC Services are headless: clients resolve every pod address through
dns:/// and balance per call. A ClusterIP Service would pin each
long-lived HTTP/2 connection to one pod.
*/}}
{{- define "trailmap.server" -}}
{{- $root := .root }}
{{- $values := index $root.Values .key }}
{{- $labelArgs := dict "root" $root "component" .key }}
{{- $portName := ternary "grpc" "http" (eq .protocol "grpc") }}
{{- $ports := printf "- name: %s\n  containerPort: %v\n  protocol: TCP" $portName $values.port }}
{{- $probes := "" }}
{{- if eq .protocol "grpc" }}
{{- $probes = printf `startupProbe:
  grpc:
    port: %v
    service: liveness
  periodSeconds: 2
  failureThreshold: 30
livenessProbe:
  grpc:
    port: %v
    service: liveness
  periodSeconds: 10
  timeoutSeconds: 2
  failureThreshold: 3
readinessProbe:
  grpc:
    port: %v
    service: ""
  periodSeconds: 5
  timeoutSeconds: 2
  failureThreshold: 2` $values.port $values.port $values.port }}
{{- else }}
{{- $probes = printf `startupProbe:
  httpGet:
    path: /healthz
    port: %s
  periodSeconds: 2
  failureThreshold: 30
livenessProbe:
  httpGet:
    path: /healthz
    port: %s
  periodSeconds: 10
  timeoutSeconds: 2
  failureThreshold: 3
readinessProbe:
  httpGet:
    path: /readyz
    port: %s
  periodSeconds: 5
  timeoutSeconds: 2
  failureThreshold: 2` $portName $portName $portName }}
{{- end }}
{{ include "trailmap.deployment" (dict "root" $root "values" $values "component" .key "command" .command "ports" $ports "probes" $probes "env" (.env | default "")) }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ include "trailmap.fullname" $root }}-{{ .key }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "trailmap.labels" $labelArgs | nindent 4 }}
spec:
  {{- if eq .protocol "grpc" }}
  clusterIP: None
  {{- else }}
  type: ClusterIP
  {{- end }}
  selector:
    {{- include "trailmap.selectorLabels" $labelArgs | nindent 4 }}
  ports:
    - name: {{ $portName }}
      port: {{ $values.port }}
      targetPort: {{ $portName }}
      protocol: TCP
      {{- if eq .protocol "grpc" }}
      appProtocol: grpc
      {{- end }}
{{- end }}

{{/*
Largest partition count among a consumer's topics. The chart fails when
the consumer's replicas exceed it, because Kafka assigns each partition
to one member of a consumer group and the extra members would stay idle.
Arguments: root, key (values key of the consumer).
*/}}
{{- define "trailmap.checkConsumerReplicas" -}}
{{- $root := .root }}
{{- $values := index $root.Values .key }}
{{- $partitionsByTopic := dict }}
{{- range (include "trailmap.topics" $root | fromJsonArray) }}
{{- $_ := set $partitionsByTopic .name (int .partitions) }}
{{- end }}
{{- $maxPartitions := 0 }}
{{- range $values.topics }}
{{- if not (hasKey $partitionsByTopic .) }}
{{- fail (printf "%s.topics lists %q, which is not in kafka.topics. Add the topic to kafka.topics or remove it from %s.topics." $.key . $.key) }}
{{- end }}
{{- $maxPartitions = max $maxPartitions (get $partitionsByTopic .) }}
{{- end }}
{{- if gt (int $values.replicas) (int $maxPartitions) }}
{{- fail (printf "%s.replicas is %v, but its topics (%s) have at most %v partitions, so %v consumers would get no partition. Lower %s.replicas to %v or less, or raise the partitions of those topics in kafka.topics (partitions can only grow)." .key $values.replicas (join ", " $values.topics) $maxPartitions (sub (int $values.replicas) (int $maxPartitions)) .key $maxPartitions) }}
{{- end }}
{{- end }}

{{/*
A Kafka consumer Deployment. Arguments: root, key (values key),
component (name suffix), command.

The consumer touches TRAILMAP_LIVENESS_FILE after each poll loop. The
probes run Python in the container and fail when the file is missing or
older than livenessMaxAgeSeconds, so a consumer stuck in a poll loop is
restarted. `find -mmin` is not used because find exits 0 with no match.
*/}}
{{- define "trailmap.consumer" -}}
{{- $root := .root }}
{{- $values := index $root.Values .key }}
{{- include "trailmap.checkConsumerReplicas" (dict "root" $root "key" .key) }}
{{- $check := printf "import os, sys, time; age = time.time() - os.path.getmtime(os.environ['TRAILMAP_LIVENESS_FILE']); sys.exit(0 if age < %v else 1)" $values.livenessMaxAgeSeconds }}
{{- $exec := printf "exec:\n    command:\n      - python\n      - -c\n      - %s" ($check | quote) }}
{{- $probes := printf `startupProbe:
  %s
  periodSeconds: 5
  failureThreshold: 24
livenessProbe:
  %s
  periodSeconds: 15
  timeoutSeconds: 5
  failureThreshold: 3
readinessProbe:
  %s
  periodSeconds: 15
  timeoutSeconds: 5
  failureThreshold: 1` $exec $exec $exec }}
{{ include "trailmap.deployment" (dict "root" $root "values" $values "component" .component "command" .command "ports" "" "probes" $probes "env" "") }}
{{- end }}

{{/*
A Helm hook Job. Arguments:
  root          - the chart's top-level context
  component     - name suffix and component label
  hook          - value of the helm.sh/hook annotation
  weight        - hook weight (lower runs first)
  command       - container command (list)
  deadline      - activeDeadlineSeconds
  env           - extra YAML EnvVar list, or ""
  volumes       - extra YAML volumes, or ""
  volumeMounts  - extra YAML volume mounts, or ""
  initContainers - YAML init containers, or ""

"before-hook-creation" deletes the previous run's Job when the hook runs
again, and keeps the last Job and its logs until then.
*/}}
{{- define "trailmap.hookJob" -}}
{{- $root := .root }}
{{- $labelArgs := dict "root" $root "component" .component }}
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ include "trailmap.fullname" $root }}-{{ .component }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "trailmap.labels" $labelArgs | nindent 4 }}
  annotations:
    helm.sh/hook: {{ .hook }}
    helm.sh/hook-weight: {{ .weight | quote }}
    helm.sh/hook-delete-policy: before-hook-creation
spec:
  backoffLimit: {{ $root.Values.jobs.backoffLimit }}
  activeDeadlineSeconds: {{ .deadline }}
  template:
    metadata:
      labels:
        {{- include "trailmap.labels" $labelArgs | nindent 8 }}
        {{- with $root.Values.podLabels }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      {{- with $root.Values.podAnnotations }}
      annotations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
    spec:
      {{- include "trailmap.jobPodCommon" $labelArgs | trim | nindent 6 }}
      {{- with .initContainers }}
      initContainers:
        {{- . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .component }}
          image: {{ include "trailmap.image" $root }}
          imagePullPolicy: {{ $root.Values.image.pullPolicy }}
          command:
            {{- toYaml .command | nindent 12 }}
          env:
            {{- include "trailmap.env" $root | nindent 12 }}
            {{- with .env }}
            {{- . | nindent 12 }}
            {{- end }}
          resources:
            {{- toYaml $root.Values.jobs.resources | nindent 12 }}
          securityContext:
            {{- include "trailmap.containerSecurityContext" $root | nindent 12 }}
          volumeMounts:
            {{- include "trailmap.tmpVolumeMount" $root | nindent 12 }}
            {{- with .volumeMounts }}
            {{- . | nindent 12 }}
            {{- end }}
      volumes:
        {{- include "trailmap.tmpVolume" $root | nindent 8 }}
        {{- with .volumes }}
        {{- . | nindent 8 }}
        {{- end }}
{{- end }}
