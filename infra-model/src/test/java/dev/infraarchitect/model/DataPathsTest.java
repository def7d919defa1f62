package dev.infraarchitect.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataPathsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "postgres:16, /var/lib/postgresql/data",
        "postgres, /var/lib/postgresql/data",
        "postgres:16-alpine, /var/lib/postgresql/data",
        "postgres:18, /var/lib/postgresql",
        "postgres:18.1-bookworm, /var/lib/postgresql",
        "docker.io/library/postgres:15, /var/lib/postgresql/data",
        "postgres@sha256:0123abcd, /var/lib/postgresql/data",
        "supabase/postgres:15.8.1.060, /var/lib/postgresql/data",
        "mysql:8, /var/lib/mysql",
        "mariadb:11, /var/lib/mysql",
        "redis:7.4-alpine, /data",
        "mongo:7, /data/db",
        "qdrant/qdrant:v1.11.0, /qdrant/storage",
        "minio/minio:RELEASE.2024-08-17T01-24-54Z, /data",
        "neo4j:5.22, /data",
        "elasticsearch:8.15.0, /usr/share/elasticsearch/data",
        "docker.elastic.co/elasticsearch/elasticsearch:8.15.0, /usr/share/elasticsearch/data",
        "hashicorp/vault:1.17, /vault/file",
        "localhost:5000/postgres:16, ''",
        "bitnami/postgresql:16, ''",
        "ghcr.io/acme/postgres:16, ''",
        "ghcr.io/acme/api:1.4, ''"})
    void knowsTheDataPathsOfCommonImagesOnly(String image, String expected) {
        assertThat(DataPaths.of(image).orElse("")).isEqualTo(expected == null ? "" : expected);
    }
}
