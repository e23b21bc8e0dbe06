package org.gigforge.file.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.gigforge.platform.GigforgeProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The contract against a real S3 API: S3Mock in its own process, reached over plain HTTP with path-style addresses. */
class S3BlobStoreTest extends BlobStoreContract {

    private static S3MockProcess s3;
    private static S3BlobStore store;

    @BeforeAll
    static void start() {
        s3 = S3MockProcess.start();
        // Built the way the application builds it from gigforge.files.s3.* settings.
        store = S3BlobStore.create(new GigforgeProperties.Files.S3(s3.endpoint(), "eu-central-1", S3MockProcess.BUCKET,
                "test-access-key", "test-secret-key", true, Duration.ofMinutes(5), true));
    }

    @AfterAll
    static void stop() {
        if (store != null) {
            store.close();
        }
        if (s3 != null) {
            s3.close();
        }
    }

    @Override
    BlobStore store() {
        return store;
    }

    @Test
    void signs_a_short_lived_path_style_address_that_a_browser_can_download_over_http() throws Exception {
        String key = freshKey();
        byte[] content = "Signed download\n".getBytes(StandardCharsets.UTF_8);
        store.put(key, content, "text/plain");

        var url = store.presignedDownload(key, "Lebenslauf Müller.txt", "text/plain;charset=UTF-8", Duration.ofMinutes(5))
                .orElseThrow();

        assertThat(url.toString())
                .startsWith(s3.endpoint() + "/" + S3MockProcess.BUCKET + "/" + key + "?")
                .contains("X-Amz-Expires=300", "X-Amz-Signature=", "X-Amz-Credential=test-access-key",
                        "response-content-disposition=attachment");
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(content);
        // The signed address asks the store to send it as a download, under the file's own name.
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment").contains("UTF-8''Lebenslauf%20M%C3%BCller.txt"));
    }
}
