package org.ponte.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ponte.events.Topics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Helm chart rendered as {@code helm template} renders it (Helm's own library), and every object parsed with the
 * Kubernetes model as an API server would read it: no field the model does not know, probes on the management port,
 * requests and limits, a non-root read-only container, a disruption budget and an autoscaler, the topics made
 * before the services start, secrets only referenced, and every setting given to a service one it reads.
 */
class HelmChartTest {

    private static final List<String> SERVICES = List.of("auth-server", "case-service", "referral-service", "notification-service",
            "reporting-service", "programme-service", "case-frontend");
    private static List<HasMetadata> objects;

    @BeforeAll
    static void render() {
        objects = Chart.render(Map.of());
    }

    @Test
    void everyObjectIsOneTheKubernetesModelKnowsWithNoUnknownField() {
        assertThat(objects).isNotEmpty().noneMatch(GenericKubernetesResource.class::isInstance);
        objects.forEach(object -> assertThat(UnknownFields.in(object)).as(object.getKind() + " " + object.getMetadata().getName()).isEmpty());
    }

    @Test
    void everyServiceRunsAsAProbedNonRootReadOnlyContainerWithRequestsAndLimits() {
        assertThat(deployments().stream().map(d -> d.getMetadata().getName()).collect(Collectors.toSet())).containsAll(SERVICES);
        for (Deployment deployment : deployments()) {
            String name = deployment.getMetadata().getName();
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            assertThat(pod.getSecurityContext().getRunAsNonRoot()).as(name).isTrue();
            assertThat(pod.getSecurityContext().getRunAsUser()).as(name).isPositive();
            assertThat(pod.getContainers()).as(name).hasSize(1);
            Container container = pod.getContainers().get(0);
            assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).as(name).isTrue();
            assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).as(name).isFalse();
            assertThat(container.getSecurityContext().getCapabilities().getDrop()).as(name).containsExactly("ALL");
            assertThat(container.getVolumeMounts()).as(name + ": a writable /tmp").anyMatch(mount -> mount.getMountPath().equals("/tmp"));
            for (String resource : List.of("cpu", "memory")) {
                assertThat(container.getResources().getRequests()).as(name + " requests").containsKey(resource);
                assertThat(container.getResources().getLimits()).as(name + " limits").containsKey(resource);
            }
            assertThat(Quantity.getAmountInBytes(container.getResources().getLimits().get("memory")))
                    .as(name + ": at least what the benchmarks measured (290 MiB resident)").isGreaterThanOrEqualTo(
                            Quantity.getAmountInBytes(new Quantity("384Mi")));
            String managementPort = env(container).get("MANAGEMENT_SERVER_PORT");
            assertThat(container.getPorts()).as(name).anyMatch(port -> port.getName().equals("management")
                    && port.getContainerPort().toString().equals(managementPort));
            assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
            assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
            List.of(container.getLivenessProbe(), container.getReadinessProbe(), container.getStartupProbe()).forEach(probe ->
                    assertThat(probe.getHttpGet().getPort().getStrVal()).as(name + ": probed on the management port").isEqualTo("management"));
        }
    }

    @Test
    void eachServiceHasADisruptionBudgetAndScalesOutByCpu() {
        Set<String> budgets = objects.stream().filter(PodDisruptionBudget.class::isInstance).map(o -> o.getMetadata().getName()).collect(Collectors.toSet());
        assertThat(budgets).containsExactlyInAnyOrderElementsOf(SERVICES);
        List<HorizontalPodAutoscaler> autoscalers = objects.stream().filter(HorizontalPodAutoscaler.class::isInstance)
                .map(HorizontalPodAutoscaler.class::cast).toList();
        assertThat(autoscalers).extracting(hpa -> hpa.getSpec().getScaleTargetRef().getName()).containsExactlyInAnyOrderElementsOf(SERVICES);
        autoscalers.forEach(hpa -> assertThat(hpa.getSpec().getMinReplicas()).as("at least two of each, so one can go").isGreaterThanOrEqualTo(2));
    }

    @Test
    void oneInstanceOfEachServiceRelaysItsOutboxAndTheOthersDoNot() {
        for (String service : List.of("case-service", "referral-service", "notification-service", "programme-service")) {
            Deployment api = deployment(service);
            Deployment relay = deployment(service + "-relay");
            assertThat(env(api.getSpec().getTemplate().getSpec().getContainers().get(0))).containsEntry("PONTE_OUTBOX_ENABLED", "false");
            assertThat(env(relay.getSpec().getTemplate().getSpec().getContainers().get(0))).containsEntry("PONTE_OUTBOX_ENABLED", "true");
            assertThat(relay.getSpec().getReplicas()).isEqualTo(1);
            assertThat(relay.getSpec().getStrategy().getType()).as("never two relays at once, not even during a rollout").isEqualTo("Recreate");
        }
    }

    @Test
    void theTopicsJobMakesEveryEventTopicBeforeTheServicesStart() throws Exception {
        assertThat(objects).as("a hook, run before the release's objects, not one of them").noneMatch(Job.class::isInstance);
        assertThat(java.nio.file.Files.readString(Chart.PATH.resolve("templates/topics-job.yaml"))).contains("helm.sh/hook: pre-install,pre-upgrade");
        Job topics = Chart.render(Map.of("topicsJob.hook", "false")).stream().filter(Job.class::isInstance).map(Job.class::cast)
                .findFirst().orElseThrow();
        assertThat(UnknownFields.in(topics)).isEmpty();
        assertThat(topics.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot()).isTrue();
        String script = String.join("\n", topics.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
        Topics.ALL.forEach(topic -> assertThat(script).as(topic).containsPattern("create " + topic + " "));
        assertThat(script).contains("create partner-directory cleanup.policy=compact");
    }

    @Test
    void secretsAreReferencedNeverWritten() {
        assertThat(objects).noneMatch(object -> object.getKind().equals("Secret") || object.getKind().equals("ConfigMap"));
        for (Deployment deployment : deployments()) {
            for (EnvVar variable : deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv()) {
                if (variable.getName().matches(".*(SECRET|PASSWORD|MONGODB_URI).*")) {
                    assertThat(variable.getValue()).as(deployment.getMetadata().getName() + " " + variable.getName()).isNull();
                    assertThat(variable.getValueFrom().getSecretKeyRef()).as(variable.getName()).isNotNull();
                }
            }
        }
    }

    @Test
    void theFrontEndTheSignInAndEachApiAreServedOverTls() {
        List<Ingress> ingresses = objects.stream().filter(Ingress.class::isInstance).map(Ingress.class::cast).toList();
        assertThat(ingresses).extracting(i -> i.getMetadata().getName()).containsExactlyInAnyOrder("case-frontend", "auth-server", "apis");
        ingresses.forEach(ingress -> {
            Set<String> hosts = ingress.getSpec().getRules().stream().map(rule -> rule.getHost()).collect(Collectors.toSet());
            assertThat(ingress.getSpec().getTls()).hasSize(1);
            assertThat(ingress.getSpec().getTls().get(0).getHosts()).containsExactlyInAnyOrderElementsOf(hosts);
        });
        Set<String> backends = ingresses.stream().flatMap(i -> i.getSpec().getRules().stream())
                .flatMap(rule -> rule.getHttp().getPaths().stream()).map(path -> path.getBackend().getService().getName()).collect(Collectors.toSet());
        assertThat(backends).containsExactlyInAnyOrderElementsOf(SERVICES);
    }

    @Test
    void everySettingAServiceIsGivenIsOneItReads() {
        for (Deployment deployment : deployments()) {
            String service = deployment.getMetadata().getName().replace("-relay", "");
            Configuration configuration = Configuration.of(service);
            assertThat(env(deployment.getSpec().getTemplate().getSpec().getContainers().get(0)).keySet())
                    .as(deployment.getMetadata().getName()).allSatisfy(name -> assertThat(configuration.reads(name))
                            .as(name + " is read by " + service).isTrue());
        }
    }

    @Test
    void externalKafkaMongoDbAndTheTraceCollectorAreConfiguration() {
        List<HasMetadata> elsewhere = Chart.render(Map.of("kafka.bootstrapServers", "broker.example.org:9093", "mongodb.uriSecret", "atlas-uri",
                "tracing.otlpEndpoint", "http://otel-collector:4318/v1/traces"));
        Deployment cases = elsewhere.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
                .filter(d -> d.getMetadata().getName().equals("case-service")).findFirst().orElseThrow();
        Container container = cases.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertThat(env(container)).containsEntry("KAFKA_BOOTSTRAP_SERVERS", "broker.example.org:9093")
                .containsEntry("MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT", "http://otel-collector:4318/v1/traces");
        Configuration configuration = Configuration.of("case-service");
        env(container).keySet().forEach(name -> assertThat(configuration.reads(name)).as(name).isTrue());
        assertThat(container.getEnv()).filteredOn(v -> v.getName().equals("MONGODB_URI")).singleElement()
                .satisfies(v -> assertThat(v.getValueFrom().getSecretKeyRef().getName()).isEqualTo("atlas-uri"));
    }

    private static List<Deployment> deployments() {
        return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
    }

    private static Deployment deployment(String name) {
        return deployments().stream().filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no " + name));
    }

    private static Map<String, String> env(Container container) {
        return container.getEnv().stream().collect(Collectors.toMap(EnvVar::getName, v -> v.getValue() == null ? "<secret>" : v.getValue()));
    }

    static KubernetesSerialization serialization() {
        return new KubernetesSerialization();
    }
}
