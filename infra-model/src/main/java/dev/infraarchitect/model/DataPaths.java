package dev.infraarchitect.model;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where well-known images keep their data, used for a stateful service whose descriptor says nothing ({@code data}
 * or {@code volumes}). Matched on the image's repository, ignoring tag and digest: {@code postgres:16},
 * {@code docker.io/library/postgres:16-alpine} and {@code postgres@sha256:...} are all {@code postgres}. Images of
 * another publisher keep data elsewhere ({@code bitnami/postgresql} under {@code /bitnami/postgresql}) and are not
 * guessed. The table is documented in the descriptor specification; keep the two together.
 */
public final class DataPaths {

    private static final String POSTGRES = "/var/lib/postgresql/data";

    /** Repository (Docker Hub official images as {@code library/NAME}) to data path. */
    static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("library/postgres", POSTGRES),
            Map.entry("pgvector/pgvector", POSTGRES),
            Map.entry("postgis/postgis", POSTGRES),
            Map.entry("supabase/postgres", POSTGRES),
            Map.entry("timescale/timescaledb", POSTGRES),
            Map.entry("library/mysql", "/var/lib/mysql"),
            Map.entry("library/mariadb", "/var/lib/mysql"),
            Map.entry("library/redis", "/data"),
            Map.entry("redis/redis-stack-server", "/data"),
            Map.entry("valkey/valkey", "/data"),
            Map.entry("library/mongo", "/data/db"),
            Map.entry("qdrant/qdrant", "/qdrant/storage"),
            Map.entry("minio/minio", "/data"),
            Map.entry("library/neo4j", "/data"),
            Map.entry("library/elasticsearch", "/usr/share/elasticsearch/data"),
            Map.entry("docker.elastic.co/elasticsearch/elasticsearch", "/usr/share/elasticsearch/data"),
            Map.entry("opensearchproject/opensearch", "/usr/share/opensearch/data"),
            Map.entry("library/rabbitmq", "/var/lib/rabbitmq"),
            Map.entry("library/cassandra", "/var/lib/cassandra"),
            Map.entry("clickhouse/clickhouse-server", "/var/lib/clickhouse"),
            Map.entry("library/couchdb", "/opt/couchdb/data"),
            Map.entry("library/eclipse-mosquitto", "/mosquitto/data"),
            Map.entry("hashicorp/vault", "/vault/file"),
            Map.entry("ollama/ollama", "/root/.ollama"),
            Map.entry("grafana/grafana", "/var/lib/grafana"),
            Map.entry("prom/prometheus", "/prometheus"),
            Map.entry("library/registry", "/var/lib/registry"));

    /** The first digits of a tag: postgres 18 and later keep data one level up ({@code /var/lib/postgresql}). */
    private static final Pattern MAJOR = Pattern.compile("^([0-9]+)");

    private DataPaths() {
    }

    /** Where {@code image} keeps its data, when it is a known image. */
    public static Optional<String> of(String image) {
        if (image == null || image.isBlank()) {
            return Optional.empty();
        }
        String repository = repository(image);
        String path = KNOWN.get(repository);
        if (path == null) {
            return Optional.empty();
        }
        if (repository.equals("library/postgres") && major(tag(image)) >= 18) {
            return Optional.of("/var/lib/postgresql");
        }
        return Optional.of(path);
    }

    /** The repository of an image reference, official Docker Hub images as {@code library/NAME}. */
    static String repository(String image) {
        String name = image;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf('/')) {
            name = name.substring(0, colon);
        }
        int slash = name.indexOf('/');
        if (slash > 0) {
            String first = name.substring(0, slash);
            boolean registry = first.contains(".") || first.contains(":") || first.equals("localhost");
            if (registry && (first.equals("docker.io") || first.equals("index.docker.io")
                    || first.equals("registry-1.docker.io"))) {
                name = name.substring(slash + 1);
            } else if (registry) {
                return name.toLowerCase(java.util.Locale.ROOT);
            }
        }
        name = name.toLowerCase(java.util.Locale.ROOT);
        return name.contains("/") ? name : "library/" + name;
    }

    private static String tag(String image) {
        String name = image;
        int at = name.indexOf('@');
        if (at >= 0) {
            name = name.substring(0, at);
        }
        int colon = name.lastIndexOf(':');
        return colon > name.lastIndexOf('/') ? name.substring(colon + 1) : "";
    }

    private static int major(String tag) {
        Matcher m = MAJOR.matcher(tag);
        if (!m.find() || m.group(1).length() > 4) {
            return 0;
        }
        return Integer.parseInt(m.group(1));
    }
}
