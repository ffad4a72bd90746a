package io.jenkins.plugins.canarydeploy.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class CredentialsSnapshotTest {
    private static final String SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

    @Test
    void shouldTravelToTheAgentAndResolveTheSameSessionCredentials() throws Exception {
        CredentialsSnapshot snapshot = CredentialsSnapshot.of(
                StaticCredentialsProvider.create(AwsSessionCredentials.create("ASIAEXAMPLE", SECRET, "token-1")));

        CredentialsSnapshot copy = roundTrip(snapshot);

        assertThat(copy.resolveCredentials()).isInstanceOfSatisfying(AwsSessionCredentials.class, c -> {
            assertThat(c.accessKeyId()).isEqualTo("ASIAEXAMPLE");
            assertThat(c.secretAccessKey()).isEqualTo(SECRET);
            assertThat(c.sessionToken()).isEqualTo("token-1");
        });
    }

    @Test
    void shouldKeepLongTermKeysWithoutAToken() {
        CredentialsSnapshot snapshot = CredentialsSnapshot.of(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAEXAMPLE", SECRET)));

        assertThat(snapshot.resolveCredentials()).isNotInstanceOf(AwsSessionCredentials.class);
        assertThat(snapshot.resolveCredentials().secretAccessKey()).isEqualTo(SECRET);
    }

    @Test
    void shouldNeverShowTheSecretInItsText() {
        CredentialsSnapshot snapshot = CredentialsSnapshot.of(
                StaticCredentialsProvider.create(AwsSessionCredentials.create("ASIAEXAMPLE", SECRET, "token-1")));

        assertThat(snapshot.toString())
                .contains("ASIAEXAMPLE")
                .doesNotContain(SECRET)
                .doesNotContain("token-1");
    }

    private static CredentialsSnapshot roundTrip(CredentialsSnapshot snapshot)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(snapshot);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (CredentialsSnapshot) in.readObject();
        }
    }
}
