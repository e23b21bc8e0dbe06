package org.gigforge.file.internal;

import org.gigforge.platform.GigforgeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Picks the blob store by {@code gigforge.files.store}; the S3 client exists only when S3 is chosen. */
@Configuration(proxyBeanMethods = false)
class FilesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(FilesConfiguration.class);

    @Bean
    @ConditionalOnProperty(prefix = "gigforge.files", name = "store", havingValue = "local", matchIfMissing = true)
    BlobStore localBlobStore(GigforgeProperties properties) {
        var store = new LocalBlobStore(properties.files().localDir(properties.dataDir()));
        log.info("Files are kept in the {}", store);
        return store;
    }

    @Bean
    @ConditionalOnProperty(prefix = "gigforge.files", name = "store", havingValue = "s3")
    BlobStore s3BlobStore(GigforgeProperties properties) {
        var store = S3BlobStore.create(properties.files().s3());
        log.info("Files are kept in the {}", store);
        return store;
    }

    @Bean
    ImageProcessor imageProcessor(GigforgeProperties properties) {
        return new ImageProcessor(properties.files());
    }
}
