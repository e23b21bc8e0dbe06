package org.gigforge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gigforge.account.UserId;
import org.gigforge.file.FileReadPolicy;
import org.gigforge.platform.GigforgeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Files in the test context (see {@link GigforgeTest}): the throw-away files folder is deleted when the context
 * closes, and a read policy for the owner type {@value #SHARED_OWNER_TYPE} stands in for the policies of the
 * modules that will own files.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestFilesConfiguration implements DisposableBean {

    static final String PREFIX = "gigforge-test-files-";
    /** Files of this owner type may be read by the member whose id is the owner id, and by anyone if it is "everyone". */
    public static final String SHARED_OWNER_TYPE = "test-shared";

    private final Path folder;

    TestFilesConfiguration(GigforgeProperties properties) {
        this.folder = properties.files().localDir(properties.dataDir());
    }

    @Bean
    FileReadPolicy testSharedFilesPolicy() {
        return new FileReadPolicy() {
            @Override
            public String ownerType() {
                return SHARED_OWNER_TYPE;
            }

            @Override
            public boolean mayRead(String ownerId, @Nullable UserId viewer) {
                return ownerId.equals("everyone") || (viewer != null && ownerId.equals(viewer.toString()));
            }
        };
    }

    @Override
    public void destroy() throws IOException {
        if (!folder.getFileName().toString().startsWith(PREFIX) || !Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
