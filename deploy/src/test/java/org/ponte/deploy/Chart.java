package org.ponte.deploy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Ponte's Helm chart, rendered by Helm's own library (no helm binary, no cluster) and parsed into Kubernetes objects. */
final class Chart {

    static final java.nio.file.Path PATH = Configuration.REPOSITORY.resolve("deploy/helm/ponte");

    private Chart() {
    }

    /** {@code helm template ponte deploy/helm/ponte --set key=value…}, each document parsed by the Kubernetes model. */
    static List<HasMetadata> render(Map<String, String> values) {
        TemplateCommand template = new Helm(PATH).template().withName("ponte");
        values.forEach(template::set);
        String rendered = template.call();
        KubernetesSerialization kubernetes = new KubernetesSerialization();
        return Arrays.stream(rendered.split("(?m)^---\\s*$")).map(String::strip)
                .filter(document -> document.lines().anyMatch(line -> !line.isBlank() && !line.startsWith("#")))
                .map(document -> (HasMetadata) kubernetes.unmarshal(document)).toList();
    }
}
