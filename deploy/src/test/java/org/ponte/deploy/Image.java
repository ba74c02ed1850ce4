package org.ponte.deploy;

import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * One image as {@code docker save} (and Jib's buildTar) writes it: {@code manifest.json}, the configuration and the
 * layers, read with the machine's tar, as an engine loading it would.
 */
record Image(Path extracted, List<String> repoTags, List<String> layers, Map<String, Object> configuration) {

    @SuppressWarnings("unchecked")
    static Image read(Path tarball, Path directory, KubernetesSerialization json) throws Exception {
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException(tarball + " is missing: the parts' images are built by ./mvnw package");
        }
        Path extracted = Files.createDirectories(directory);
        run("tar", "-xf", tarball.toString(), "-C", extracted.toString());
        List<Map<String, Object>> manifests = json.unmarshal(Files.readString(extracted.resolve("manifest.json")), List.class);
        Map<String, Object> manifest = manifests.get(0);
        Map<String, Object> configuration = json.unmarshal(Files.readString(extracted.resolve((String) manifest.get("Config"))), Map.class);
        return new Image(extracted, (List<String>) manifest.get("RepoTags"), (List<String>) manifest.get("Layers"), configuration);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> config() {
        return (Map<String, Object>) configuration.get("config");
    }

    String user() {
        return (String) config().get("User");
    }

    @SuppressWarnings("unchecked")
    List<String> entrypoint() {
        return (List<String>) config().get("Entrypoint");
    }

    @SuppressWarnings("unchecked")
    List<String> environment() {
        return (List<String>) config().get("Env");
    }

    String variable(String name) {
        return environment().stream().filter(variable -> variable.startsWith(name + "=")).map(variable -> variable.substring(name.length() + 1))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    java.util.Set<String> exposedPorts() {
        return ((Map<String, Object>) config().get("ExposedPorts")).keySet();
    }

    String created() {
        return (String) configuration.get("created");
    }

    @SuppressWarnings("unchecked")
    List<String> diffIds() {
        return (List<String>) ((Map<String, Object>) configuration.get("rootfs")).get("diff_ids");
    }

    /**
     * The root file system: every layer unpacked over the last, with what an engine adds to a container's root (the
     * four devices, an empty /proc to mount, the host's name resolution).
     */
    Path unpack(Path directory) throws Exception {
        Path root = Files.createDirectories(directory.resolve("root"));
        for (String layer : layers) {
            run("tar", "--warning=no-unknown-keyword", "-xzf", extracted.resolve(layer).toString(), "-C", root.toString());
        }
        Files.createDirectories(root.resolve("proc"));
        Path dev = Files.createDirectories(root.resolve("dev"));
        for (var device : Map.of("null", "3", "zero", "5", "random", "8", "urandom", "9").entrySet()) {
            run("mknod", "-m", "666", dev.resolve(device.getKey()).toString(), "c", "1", device.getValue());
        }
        for (String names : List.of("hosts", "resolv.conf")) {
            Files.copy(Path.of("/etc", names), root.resolve("etc").resolve(names), StandardCopyOption.REPLACE_EXISTING);
        }
        return root;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }
}
