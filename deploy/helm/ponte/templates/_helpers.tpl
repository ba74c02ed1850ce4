{{/* Labels of every object of one part of Ponte. */}}
{{- define "ponte.labels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/part-of: ponte
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/version: {{ .root.Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
{{- end -}}

{{/* What selects a part's pods (its API instances and its relay alike). */}}
{{- define "ponte.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{/* The environment of one part: addresses, the store, the broker, the issuer and its own settings. */}}
{{- define "ponte.env" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $service := .service -}}
- name: PORT
  value: {{ $service.port | quote }}
- name: MANAGEMENT_SERVER_PORT
  value: {{ $root.Values.managementPort | quote }}
- name: JAVA_TOOL_OPTIONS
  # Read by the JVM itself (the image has no shell): the heap as a share of the container's memory limit; /tmp is the one writable place.
  value: "-XX:MaxRAMPercentage=60 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
{{- with $root.Values.tracing.otlpEndpoint }}
- name: MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT
  value: {{ . | quote }}
{{- end }}
- name: MANAGEMENT_TRACING_SAMPLING_PROBABILITY
  value: {{ $root.Values.tracing.sampling | quote }}
{{- if $service.database }}
- name: MONGODB_URI
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.mongodb.uriSecret }}, key: {{ $root.Values.mongodb.uriKey }}}
- name: MONGODB_DATABASE
  value: {{ $service.database | quote }}
{{- end }}
{{- if eq $name "auth-server" }}
- name: PONTE_AUTH_ISSUER
  value: {{ $root.Values.auth.issuer | quote }}
- name: PONTE_AUTH_SIGNINGKEYS_PASSWORD
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.auth.secret }}, key: signing-keys-password}
- name: PONTE_AUTH_WEBCLIENTS_0_CLIENTID
  value: case-frontend
- name: PONTE_AUTH_WEBCLIENTS_0_SECRET
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.auth.secret }}, key: frontend-client-secret}
- name: PONTE_AUTH_WEBCLIENTS_0_REDIRECTURIS_0
  value: "https://{{ $root.Values.ingress.frontendHost }}/login/oauth2/code/ponte"
- name: PONTE_AUTH_WEBCLIENTS_0_POSTLOGOUTREDIRECTURIS_0
  value: "https://{{ $root.Values.ingress.frontendHost }}/"
{{- else }}
- name: PONTE_ISSUER_URI
  value: {{ $root.Values.auth.issuer | quote }}
{{- end }}
{{- if and $service.database (ne $name "auth-server") }}
- name: KAFKA_BOOTSTRAP_SERVERS
  value: {{ $root.Values.kafka.bootstrapServers | quote }}
- name: SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI
  # The keys from inside the cluster; the issuer checked is still the public one.
  value: "http://auth-server:{{ (index $root.Values.services "auth-server").port }}/oauth2/jwks"
- name: PONTE_SECURITY_PUBLIC_METRICS
  # Prometheus reads /actuator/prometheus on the management port, which no Ingress exposes.
  value: "true"
{{- end }}
{{- if hasKey $root.Values.privacy.keySecrets $name }}
- name: PONTE_PRIVACY_KEYDIR
  value: /keys
{{- end }}
{{- if eq $name "notification-service" }}
- name: SMTP_HOST
  value: {{ $root.Values.smtp.host | quote }}
- name: SMTP_PORT
  value: {{ $root.Values.smtp.port | quote }}
- name: PONTE_FRONTEND_URL
  value: "https://{{ $root.Values.ingress.frontendHost }}"
- name: PONTE_CASE_SERVICE_URL
  value: "http://case-service:{{ (index $root.Values.services "case-service").port }}"
- name: PONTE_AUTH_INTERNAL_URL
  value: "http://auth-server:{{ (index $root.Values.services "auth-server").port }}"
- name: PONTE_SERVICE_CLIENT_SECRET
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.auth.secret }}, key: notification-service-secret}
{{- end }}
{{- if eq $name "case-frontend" }}
- name: PONTE_AUTH_INTERNAL_URL
  value: "http://auth-server:{{ (index $root.Values.services "auth-server").port }}"
- name: PONTE_FRONTEND_CLIENT_SECRET
  valueFrom:
    secretKeyRef: {name: {{ $root.Values.auth.secret }}, key: frontend-client-secret}
{{- range $other := list "case-service" "referral-service" "notification-service" "reporting-service" "programme-service" }}
- name: PONTE_{{ $other | replace "-service" "" | upper }}_SERVICE_URL
  value: "http://{{ $other }}:{{ (get $root.Values.services $other).port }}"
{{- end }}
{{- end }}
{{- end -}}

{{/* The pod of one part: non-root, read-only, probed on the management port. */}}
{{- define "ponte.pod" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $service := .service -}}
metadata:
  labels:
    {{- include "ponte.labels" . | nindent 4 }}
    ponte.org/role: {{ .role }}
  annotations:
    prometheus.io/scrape: "true"
    prometheus.io/port: {{ $root.Values.managementPort | quote }}
    prometheus.io/path: /actuator/prometheus
spec:
  automountServiceAccountToken: false
  securityContext:
    runAsNonRoot: true
    runAsUser: 10001
    runAsGroup: 10001
    fsGroup: 10001
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: {{ $name }}
      image: "{{ $root.Values.image.repository }}/{{ $name }}:{{ $root.Values.image.tag }}"
      imagePullPolicy: {{ $root.Values.image.pullPolicy }}
      ports:
        - {name: http, containerPort: {{ $service.port }}}
        - {name: management, containerPort: {{ $root.Values.managementPort }}}
      env:
        {{- include "ponte.env" . | nindent 8 }}
        {{- with $root.Values.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
        {{- if .relay }}
        - name: PONTE_OUTBOX_ENABLED
          # One relay per service keeps each aggregate's events in order; the API instances only store.
          value: {{ eq .role "relay" | quote }}
        {{- end }}
      {{- if eq $name "auth-server" }}
      envFrom:
        - secretRef: {name: {{ $root.Values.auth.accountsSecret }}}
      {{- end }}
      resources:
        {{- toYaml $service.resources | nindent 8 }}
      securityContext:
        allowPrivilegeEscalation: false
        readOnlyRootFilesystem: true
        capabilities: {drop: [ALL]}
      startupProbe:
        httpGet: {path: /actuator/health/liveness, port: management}
        periodSeconds: 5
        failureThreshold: 60
      livenessProbe:
        httpGet: {path: /actuator/health/liveness, port: management}
        periodSeconds: 10
        failureThreshold: 3
      readinessProbe:
        httpGet: {path: /actuator/health/readiness, port: management}
        periodSeconds: 5
        failureThreshold: 3
      volumeMounts:
        - {name: tmp, mountPath: /tmp}
        {{- if hasKey $root.Values.privacy.keySecrets $name }}
        - {name: keys, mountPath: /keys, readOnly: true}
        {{- end }}
  volumes:
    - name: tmp
      emptyDir: {sizeLimit: 256Mi}
    {{- if hasKey $root.Values.privacy.keySecrets $name }}
    - name: keys
      secret: {secretName: {{ get $root.Values.privacy.keySecrets $name }}, defaultMode: 0440}
    {{- end }}
{{- end -}}
