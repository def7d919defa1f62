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
