package org.gigforge.file.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileReadPolicy;
import org.gigforge.file.StoredFile;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may read a file, and where a browser gets it. Public images: anyone. Private documents: the uploader,
 * admins, and whoever the owning module's {@link FileReadPolicy} allows; nobody else learns they exist.
 */
@Component
public class FileAccess {

    public static final String MEDIA_PATH = "media/";
    public static final String FILES_PATH = "files/";

    private final Map<String, FileReadPolicy> policies;

    FileAccess(List<FileReadPolicy> policies) {
        this.policies = policies.stream().collect(Collectors.toUnmodifiableMap(FileReadPolicy::ownerType, Function.identity()));
    }

    /** The signed-in person, or null. */
    public static @Nullable AccountPrincipal viewer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal ? principal : null;
    }

    public boolean mayRead(FileObject file, @Nullable AccountPrincipal viewer) {
        if (file.kind().isPublic()) {
            return true;
        }
        if (viewer != null && (viewer.roles().contains(Role.ADMIN) || viewer.userId().equals(file.uploader()))) {
            return true;
        }
        FileOwner owner = file.owner();
        if (owner == null) {
            return false;
        }
        FileReadPolicy policy = policies.get(owner.type());
        @Nullable UserId viewerId = viewer == null ? null : viewer.userId();
        return policy != null && policy.mayRead(owner.id(), viewerId);
    }

    /** The file as views show it, with addresses relative to the application root (like every path in the app). */
    public StoredFile describe(FileObject file) {
        String url = file.kind().isPublic() ? mediaPath(file.storageKey()) : FILES_PATH + file.id();
        String thumbnail = file.thumbnailKey() == null ? null : mediaPath(file.thumbnailKey());
        return new StoredFile(file.id(), file.kind(), file.originalName(), file.contentType(), file.size(), file.width(),
                file.height(), url, thumbnail);
    }

    /** {@code public/<sha256>.jpg} is served at {@code media/<sha256>.jpg}. */
    static String mediaPath(String publicKey) {
        return MEDIA_PATH + publicKey.substring(publicKey.indexOf('/') + 1);
    }
}
