package dev.infraarchitect.render.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialCheckTest {

    @ParameterizedTest
    @CsvSource({
        "DB_PASSWORD, x",
        "db_passwd, x",
        "CLIENT_SECRET, x",
        "SLACK_TOKEN, x",
        "OPENAI_API_KEY, x",
        "MAPS_APIKEY, x",
        "SSH_PRIVATE_KEY, x",
        "AWS_ACCESS_KEY_ID, x",
        "GOOGLE_APPLICATION_CREDENTIALS, /x.json",
        "UPSTREAM, AKIAABCDEFGHIJKLMNOP",
        "AUTH, Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
        "REPO, ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "REPO, github_pat_11ABCDEFG0123456789_abcdefghijklmnop",
        "KEY_MATERIAL, -----BEGIN RSA PRIVATE KEY-----",
    })
    void recognisesCredentials(String key, String value) {
        assertThat(CredentialCheck.looksLikeCredential(key, value)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "LOG_LEVEL, info",
        "WORKERS, 4",
        "PUBLIC_URL, https://example.com",
        "AWS_REGION, eu-central-1",
        "PAYLOAD, eyJ-not-a-jwt",
    })
    void leavesPlainSettingsAlone(String key, String value) {
        assertThat(CredentialCheck.looksLikeCredential(key, value)).isFalse();
    }
}
