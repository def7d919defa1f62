package dev.infraarchitect.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASSWORD", "passwd", "CLIENT_SECRET", "github-token", "OPENAI_API_KEY", "stripe.apikey",
            "SSH_PRIVATE_KEY", "AWS_ACCESS_KEY_ID", "GOOGLE_APPLICATION_CREDENTIALS", "api-key"})
    void keysNamingACredentialAreCaughtWhateverTheValue(String key) {
        assertThat(Credentials.looksLikeCredential(key, "x")).isTrue();
        assertThat(Credentials.looksLikeCredential(key, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEow...",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "-----BEGIN PRIVATE KEY-----",
        "AKIAIOSFODNN7EXAMPLE",
        "id=AKIAIOSFODNN7EXAMPLE;",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.",
        "ghp_1234567890abcdefghijklmnopqrstuvwxyz",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz"})
    void valuesShapedLikeACredentialAreCaughtUnderAnyKey(String value) {
        assertThat(Credentials.looksLikeCredential("SETTING", value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"info", "https://api.example.com", "AKIA123", "ghp_short", "eyJ", "8080",
            "-----BEGIN CERTIFICATE-----", "XAKIAIOSFODNN7EXAMPLE1"})
    void ordinarySettingsAreNot(String value) {
        assertThat(Credentials.looksLikeCredential("LOG_LEVEL", value)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DB_PASS", "smtp-pass", "MYSQL_PWD", "BASIC_AUTH", "proxy.auth", "conn_str",
            "AZURE_CONNECTION_STRING", "HTTP_AUTHORIZATION", "secret_key", "access_key", "sas_token", "password"})
    void shortMarkersCountAsTheLastWordAndConnectionStringsAnywhere(String key) {
        assertThat(Credentials.looksLikeCredential(key, "x")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"PASS_THROUGH", "PWD", "AUTHOR", "AUTH_URL", "BYPASS_CACHE", "OAUTH_ISSUER"})
    void shortMarkersInsideOtherWordsAreNot(String key) {
        assertThat(Credentials.looksLikeCredential(key, "x")).as(key).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://app:hunter2@db:5432/app", "redis://:pw@cache", "see https://u:p@h/x",
            "amqp://guest:guest@rabbit"})
    void urlsWithAPasswordInTheirUserInfoAreCaught(String value) {
        assertThat(Credentials.reason("DATABASE_URL", value)).contains("whose value is a URL with a password in it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgres://db:5432/app", "https://user@host/x", "http://host/a:b@c",
            "http://host?x=a:b@c", "mailto:a@b", "https://host:8443/"})
    void urlsWithoutAPasswordAreNot(String value) {
        assertThat(Credentials.reason("DATABASE_URL", value)).isEmpty();
    }

    @Test
    void theHandWrittenScansAgreeWithThePatternsTheyReplace() {
        java.util.regex.Pattern jwt =
                java.util.regex.Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
        java.util.regex.Pattern pat = java.util.regex.Pattern.compile("github_pat_[A-Za-z0-9_]{22,}");
        java.util.Random random = new java.util.Random(20);
        String[] parts = {"eyJ", "a", "Z9", "-", "_", ".", " ", "eyJhbGci", "github_pat_", "x".repeat(22), "!"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String value = text.toString();
            assertThat(Credentials.hasJsonWebToken(value)).as(value).isEqualTo(jwt.matcher(value).find());
            assertThat(Credentials.hasFineGrainedGitHubToken(value)).as(value).isEqualTo(pat.matcher(value).find());
        }
    }

    @Test
    void keysThatMerelyResembleAMarkerAreNot() {
        assertThat(Credentials.looksLikeCredential("PASS_THROUGH", "true")).isFalse();
        assertThat(Credentials.looksLikeCredential("TOKENIZER_MODEL", "bpe")).isTrue(); // contains TOKEN: err on safety
        assertThat(Credentials.looksLikeCredential("KEYCLOAK_URL", "http://kc")).isFalse();
        assertThat(Credentials.looksLikeCredential(null, null)).isFalse();
    }

    @Test
    void pathsToMountedSecretsAreNotCredentialsButTheirValuesStillCount() {
        assertThat(Credentials.looksLikeCredential("POSTGRES_PASSWORD_FILE", "/run/secrets/pg")).isFalse();
        assertThat(Credentials.looksLikeCredential("TOKEN_FILE", "AKIAABCDEFGHIJKLMNOP")).isTrue();
    }

    @Test
    void explainsWhyWithoutQuotingTheValue() {
        assertThat(Credentials.reason("DB_PASSWORD", "hunter2")).contains("whose name suggests a credential");
        assertThat(Credentials.reason("X", "AKIAABCDEFGHIJKLMNOP")).contains("whose value looks like an AWS access key id");
        assertThat(Credentials.reason("LOG_LEVEL", "info")).isEmpty();
    }
}
