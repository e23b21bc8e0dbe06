package org.gigforge.file.internal;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.gigforge.platform.GigforgeProperties;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Blobs in one bucket of AWS S3 or any S3-compatible store: what a cluster of nodes shares. */
public class S3BlobStore implements BlobStore, AutoCloseable {

    private final S3Client client;
    private final S3Presigner presigner;
    private final String bucket;

    S3BlobStore(S3Client client, S3Presigner presigner, String bucket) {
        this.client = client;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    /** The client and the URL signer, both configured from the {@code gigforge.files.s3} settings. */
    public static S3BlobStore create(GigforgeProperties.Files.S3 settings) {
        Region region = region(settings);
        AwsCredentialsProvider credentials = settings.accessKey() != null && settings.secretKey() != null
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        var serviceConfiguration = S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build();
        var clientBuilder = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration)
                .httpClientBuilder(Apache5HttpClient.builder())
                // Checksums only where S3 requires them: many S3-compatible stores reject the newer
                // default checksum headers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presignerBuilder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(serviceConfiguration);
        URI endpoint = settings.endpoint();
        if (endpoint != null) {
            clientBuilder.endpointOverride(endpoint);
            presignerBuilder.endpointOverride(endpoint);
        }
        return new S3BlobStore(clientBuilder.build(), presignerBuilder.build(), settings.bucket());
    }

    private static Region region(GigforgeProperties.Files.S3 settings) {
        if (settings.region() != null && !settings.region().isBlank()) {
            return Region.of(settings.region());
        }
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (SdkClientException e) {
            return Region.US_EAST_1;
        }
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        client.putObject(request -> request.bucket(bucket).key(BlobStore.checkedKey(key)).contentType(contentType)
                .contentLength((long) content.length), RequestBody.fromBytes(content));
    }

    @Override
    public Optional<Blob> open(String key) {
        try {
            var response = client.getObject(request -> request.bucket(bucket).key(BlobStore.checkedKey(key)));
            Long length = response.response().contentLength();
            return Optional.of(new Blob(response, length == null ? -1 : length));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            client.headObject(request -> request.bucket(bucket).key(BlobStore.checkedKey(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        client.deleteObject(request -> request.bucket(bucket).key(BlobStore.checkedKey(key)));
    }

    @Override
    public Optional<URI> presignedDownload(String key, String fileName, String contentType, Duration validFor) {
        String disposition = FileNames.attachment(fileName);
        var presigned = presigner.presignGetObject(request -> request
                .signatureDuration(validFor)
                .getObjectRequest(get -> get.bucket(bucket).key(BlobStore.checkedKey(key))
                        .responseContentDisposition(disposition)
                        .responseContentType(contentType)));
        try {
            return Optional.of(presigned.url().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("The SDK signed an invalid address", e);
        }
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
    }

    @Override
    public String toString() {
        return "S3 bucket " + bucket;
    }
}
