{{/*
Names, labels and the pod fragments that every workload shares.
*/}}

{{- define "trailmap.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fullname prefix for every object. Component suffixes add up to 18
characters ("-progress-consumer"), so the prefix is cut to 45 to keep
names within the 63-character DNS label limit.
*/}}
{{- define "trailmap.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 45 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 45 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 45 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "trailmap.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Selector labels; call with (dict "root" $ "component" "catalog"). */}}
{{- define "trailmap.selectorLabels" -}}
app.kubernetes.io/name: {{ include "trailmap.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end }}

{{/* Object labels; call with (dict "root" $ "component" "catalog"). */}}
{{- define "trailmap.labels" -}}
helm.sh/chart: {{ include "trailmap.chart" .root }}
{{ include "trailmap.selectorLabels" . }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/part-of: trailmap
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end }}

{{- define "trailmap.image" -}}
{{- $image := .Values.image }}
{{- if $image.digest }}
{{- printf "%s@%s" $image.repository $image.digest }}
{{- else }}
{{- printf "%s:%s" $image.repository (default .Chart.AppVersion $image.tag) }}
{{- end }}
{{- end }}

{{- define "trailmap.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "trailmap.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Kafka bootstrap address. With the bundled Strimzi cluster it is the
plain listener of the bootstrap Service that Strimzi names
"<cluster>-kafka-bootstrap".
*/}}
{{- define "trailmap.kafkaBootstrap" -}}
{{- $kafka := .Values.kafka }}
{{- if $kafka.strimzi.cluster.enabled }}
{{- printf "%s-kafka-bootstrap.%s.svc.%s:9092" $kafka.strimzi.clusterName .Release.Namespace .Values.clusterDomain }}
{{- else }}
{{- required "kafka.bootstrap is required: set it to the host:port list of the existing Kafka brokers, or enable kafka.strimzi.cluster" $kafka.bootstrap }}
{{- end }}
{{- end }}

{{/*
Every topic with its dead-letter twin, as a JSON list of objects with
name, partitions, replicationFactor and retentionMs. The topic Job, the
KafkaTopic resources and the consumer replica check all read this list.
*/}}
{{- define "trailmap.topics" -}}
{{- $kafka := .Values.kafka }}
{{- $topics := list }}
{{- range $kafka.topics }}
{{- $main := dict
  "name" .name
  "partitions" (int (default $kafka.topicDefaults.partitions .partitions))
  "replicationFactor" (int (default $kafka.topicDefaults.replicationFactor .replicationFactor))
  "retentionMs" (int64 (default $kafka.topicDefaults.retentionMs .retentionMs)) }}
{{- $deadLetter := dict
  "name" (printf "%s.dlq" .name)
  "partitions" (int $kafka.deadLetter.partitions)
  "replicationFactor" (get $main "replicationFactor")
  "retentionMs" (int64 $kafka.deadLetter.retentionMs) }}
{{- $topics = append (append $topics $main) $deadLetter }}
{{- end }}
{{- toJson $topics }}
{{- end }}

{{/*
gRPC address of a service for TRAILMAP_*_ADDR. The Service is headless,
so the dns:/// resolver returns one address per ready pod and the gRPC
client balances calls across them.
*/}}
{{- define "trailmap.grpcAddress" -}}
{{- $root := .root }}
{{- printf "dns:///%s-%s.%s.svc.%s:%v" (include "trailmap.fullname" $root) .name $root.Release.Namespace $root.Values.clusterDomain (index $root.Values .name).port }}
{{- end }}

{{/* Environment shared by every container of the release. */}}
{{- define "trailmap.env" -}}
- name: TRAILMAP_LOG_LEVEL
  value: {{ .Values.logLevel | quote }}
- name: NEO4J_URI
  value: {{ .Values.neo4j.uri | quote }}
- name: NEO4J_USER
  value: {{ .Values.neo4j.user | quote }}
- name: NEO4J_DATABASE
  value: {{ .Values.neo4j.database | quote }}
- name: NEO4J_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ required "neo4j.existingSecret is required: create a Secret with the Neo4j password (see the chart README) and set its name here" .Values.neo4j.existingSecret | quote }}
      key: {{ .Values.neo4j.passwordKey | quote }}
- name: KAFKA_BOOTSTRAP
  value: {{ include "trailmap.kafkaBootstrap" . | quote }}
{{- range $name, $workload := include "trailmap.workloads" . | fromYaml }}
{{- if eq $workload.kind "grpc" }}
- name: {{ printf "TRAILMAP_%s_ADDR" (upper $name) }}
  value: {{ include "trailmap.grpcAddress" (dict "root" $ "name" $name) | quote }}
{{- end }}
{{- end }}
- name: TRAILMAP_LIVENESS_FILE
  value: /tmp/trailmap-alive
{{- with .Values.extraEnv }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "trailmap.podSecurityContext" -}}
runAsNonRoot: true
{{- with .Values.podSecurity.runAsUser }}
runAsUser: {{ . }}
{{- end }}
{{- with .Values.podSecurity.runAsGroup }}
runAsGroup: {{ . }}
{{- end }}
{{- with .Values.podSecurity.fsGroup }}
fsGroup: {{ . }}
{{- end }}
seccompProfile:
  type: RuntimeDefault
{{- end }}

{{- define "trailmap.containerSecurityContext" -}}
runAsNonRoot: true
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop:
    - ALL
{{- end }}

{{/*
Pod spec fields shared by Deployments: identity and security. Call with
(dict "root" $ "component" "catalog").
*/}}
{{- define "trailmap.podCommon" -}}
{{- $root := .root }}
{{- if or $root.Values.serviceAccount.create $root.Values.serviceAccount.name }}
serviceAccountName: {{ include "trailmap.serviceAccountName" $root }}
{{- end }}
automountServiceAccountToken: false
securityContext:
  {{- include "trailmap.podSecurityContext" $root | nindent 2 }}
{{- with include "trailmap.podScheduling" $root | trim }}
{{ . }}
{{- end }}
{{- end }}

{{/* Image pull secrets and node placement for every pod of the release. */}}
{{- define "trailmap.podScheduling" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.nodeSelector }}
nodeSelector:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.tolerations }}
tolerations:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- with .Values.affinity }}
affinity:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end }}

{{/* Spread constraint for a Deployment; call like trailmap.labels. */}}
{{- define "trailmap.topologySpread" -}}
{{- $spread := .root.Values.topologySpread }}
{{- if $spread.enabled }}
topologySpreadConstraints:
  - maxSkew: {{ $spread.maxSkew }}
    topologyKey: {{ $spread.topologyKey }}
    whenUnsatisfiable: ScheduleAnyway
    labelSelector:
      matchLabels:
        {{- include "trailmap.selectorLabels" . | nindent 8 }}
{{- end }}
{{- end }}

{{/* Writable /tmp for the liveness file and Python's temporary files. */}}
{{- define "trailmap.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: 64Mi
{{- end }}

{{- define "trailmap.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end }}

{{/*
Hook Jobs run before the chart's ServiceAccount exists on a first
install, so they use the ServiceAccount named in values only when the
chart does not create it, and the namespace's "default" otherwise.
*/}}
{{- define "trailmap.jobPodCommon" -}}
{{- $root := .root }}
{{- if and (not $root.Values.serviceAccount.create) $root.Values.serviceAccount.name }}
serviceAccountName: {{ $root.Values.serviceAccount.name }}
{{- end }}
automountServiceAccountToken: false
restartPolicy: Never
securityContext:
  {{- include "trailmap.podSecurityContext" $root | nindent 2 }}
{{- with include "trailmap.podScheduling" $root | trim }}
{{ . }}
{{- end }}
{{- end }}

{{/*
Every workload, keyed by its values key: the name suffix and
app.kubernetes.io/component label, and whether it is a gRPC server, an
HTTP server or a Kafka consumer. Read it with fromYaml.
*/}}
{{- define "trailmap.workloads" -}}
catalog: {component: catalog, kind: grpc}
profile: {component: profile, kind: grpc}
pathfinding: {component: pathfinding, kind: grpc}
progress: {component: progress, kind: grpc}
gateway: {component: gateway, kind: http}
progressConsumer: {component: progress-consumer, kind: consumer}
sisImporter: {component: sis-importer, kind: consumer}
{{- end }}
