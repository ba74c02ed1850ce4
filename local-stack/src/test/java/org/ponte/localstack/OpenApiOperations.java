package org.ponte.localstack;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations one service publishes in its OpenAPI document, and plausible requests built from them: every
 * parameter and body field filled with a value of its schema, ids taken from {@code ids} by name (a {@code caseId},
 * the {@code id} after {@code /cases/}), so that a request reaches as deep as its caller's rights allow.
 */
final class OpenApiOperations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{([^}]+)}");

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** {@code body}: the JSON request body's schema, or null; {@code document}: the operations that hold it. */
    record Operation(String service, int port, String method, String path, List<Parameter> parameters, JsonNode body,
                     boolean bodyRequired, OpenApiOperations document) {

        boolean reads() {
            return method.equals("GET");
        }

        String label() {
            return service + " " + method + " " + path;
        }
    }

    private final JsonNode document;
    private final Map<String, String> ids;

    /** {@code ids}: values for parameters and fields by name, and for {@code {id}} by the collection before it. */
    OpenApiOperations(JsonNode document, Map<String, String> ids) {
        this.document = document;
        this.ids = ids;
    }

    List<Operation> operations(String service, int port) {
        List<Operation> operations = new ArrayList<>();
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (!METHODS.contains(method.getKey())) {
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            method.getValue().path("parameters").forEach(p -> parameters.add(new Parameter(p.get("name").asString(),
                    p.get("in").asString(), p.path("required").asBoolean(false), resolve(p.path("schema")))));
            JsonNode body = method.getValue().at("/requestBody/content/application~1json/schema");
            operations.add(new Operation(service, port, method.getKey().toUpperCase(), path.getKey(), parameters,
                    body.isMissingNode() ? null : resolve(body), method.getValue().at("/requestBody/required").asBoolean(false), this));
        }));
        return operations;
    }

    /** The path with each variable replaced by the plausible id, or by {@code override} for the one named. */
    String path(Operation operation, String variable, String override) {
        Matcher m = PATH_VARIABLE.matcher(operation.path());
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = name.equals(variable) ? override
                    : URLEncoder.encode(idFor(name, operation.path().substring(0, m.start())), StandardCharsets.UTF_8);
            m.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        m.appendTail(path);
        return path.toString();
    }

    /** {@code name=value&…} for the query parameters, each a plausible value, or {@code override} (raw) for the one named. */
    String query(Operation operation, String parameter, String override) {
        List<String> pairs = new ArrayList<>();
        for (Parameter p : operation.parameters()) {
            if (!p.in().equals("query")) {
                continue;
            }
            if (p.name().equals(parameter)) {
                pairs.add(p.name() + "=" + override);
            } else if (p.required() || ids.containsKey(p.name())) {
                JsonNode value = plausible(p.schema(), p.name(), 0);
                // A list parameter (officeId of the reports) is the parameter repeated, as Spring binds it.
                for (JsonNode one : value.isArray() ? value : List.of(value)) {
                    pairs.add(p.name() + "=" + URLEncoder.encode(one.asString(), StandardCharsets.UTF_8));
                }
            }
        }
        return String.join("&", pairs);
    }

    /** A plausible value of a schema for a field or parameter of this name. */
    JsonNode plausible(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        switch (type(s)) {
            case "integer", "number" -> {
                long value = s.has("minimum") ? (long) Math.ceil(s.get("minimum").asDouble()) : 1;
                return NODES.numberNode(s.has("maximum") ? Math.min(value, s.get("maximum").asLong()) : value);
            }
            case "boolean" -> {
                return NODES.booleanNode(true);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                String single = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
                if (depth < 4) {
                    array.add(plausible(s.path("items"), single, depth + 1));
                }
                return array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    s.path("properties").properties().forEach(p -> object.set(p.getKey(), plausible(p.getValue(), p.getKey(), depth + 1)));
                }
                return object;
            }
            default -> {
                return NODES.stringNode(text(s, name));
            }
        }
    }

    private String text(JsonNode s, String name) {
        if (ids.containsKey(name)) {
            return ids.get(name);
        }
        return switch (s.path("format").asString("")) {
            case "date-time" -> Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
            case "date" -> LocalDate.now(ZoneId.of("Europe/Lisbon")).toString();
            case "email" -> "fuzz@example.pt";
            case "uuid" -> UUID.randomUUID().toString();
            case "uri", "url" -> "https://example.org/hooks";
            default -> "x".repeat(Math.max(1, s.path("minLength").asInt(1)));
        };
    }

    /** {@code {id}} after {@code /cases/} is the case's id; other variables by their own name. */
    private String idFor(String variable, String pathBefore) {
        if (!variable.equals("id")) {
            return ids.getOrDefault(variable, "x");
        }
        String collection = pathBefore.substring(pathBefore.lastIndexOf('/', pathBefore.length() - 2) + 1).replace("/", "");
        return ids.getOrDefault(collection + "/id", UUID.randomUUID().toString());
    }

    /** The schema a {@code $ref} (or the first of {@code allOf}/{@code oneOf}/{@code anyOf}) points to. */
    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema;
        for (int hops = 0; hops < 10; hops++) {
            if (s.has("$ref")) {
                s = document.at(s.get("$ref").asString().substring(1));
            } else if (s.has("allOf") || s.has("oneOf") || s.has("anyOf")) {
                JsonNode options = s.has("allOf") ? s.get("allOf") : s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
                JsonNode chosen = options.get(0);
                for (JsonNode option : options) {
                    if (!"null".equals(option.path("type").asString(""))) {
                        chosen = option;
                        break;
                    }
                }
                s = chosen;
            } else {
                return s;
            }
        }
        return s;
    }

    /** The schema's type; OpenAPI 3.1 may give a list such as {@code ["string", "null"]}. */
    String type(JsonNode schema) {
        JsonNode s = resolve(schema);
        JsonNode type = s.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asString().equals("null")) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }
}
