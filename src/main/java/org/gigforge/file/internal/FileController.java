package org.gigforge.file.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.gigforge.platform.GigforgeProperties;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves files to browsers. {@code /media/<sha256>.<ext>}: public images, whose address changes whenever their
 * content does, so browsers and proxies may keep them for a year. {@code /files/<id>}: private documents, only
 * after the read check; anyone refused gets the same 404 as for a file that does not exist, so an address
 * reveals nothing. Downloads are attachments that browsers must not sniff into something executable.
 */
@RestController
class FileController {

    /** What the browser may do with a downloaded document: nothing but save it. */
    static final String DOWNLOAD_POLICY = "default-src 'none'; sandbox";

    private final FileObjectRepository files;
    private final FileAccess access;
    private final BlobStore blobs;
    private final GigforgeProperties.Files settings;

    FileController(FileObjectRepository files, FileAccess access, BlobStore blobs, GigforgeProperties properties) {
        this.files = files;
        this.access = access;
        this.blobs = blobs;
        this.settings = properties.files();
    }

    @GetMapping("/media/{hash:[0-9a-f]{64}}.{extension:jpg|png}")
    ResponseEntity<Resource> media(@PathVariable String hash, @PathVariable String extension, HttpServletRequest request) {
        String etag = "\"" + hash + "\"";
        var cache = CacheControl.maxAge(365, TimeUnit.DAYS).cachePublic().immutable();
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(cache).build();
        }
        Optional<BlobStore.Blob> blob = blobs.open("public/" + hash + "." + extension);
        if (blob.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(cache)
                .contentType(extension.equals("png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG)
                .contentLength(blob.get().size())
                .body(new InputStreamResource(blob.get().content()));
    }

    @GetMapping("/files/{id}")
    ResponseEntity<Resource> file(@PathVariable String id) {
        Optional<FileObject> found = parse(id).flatMap(files::findById)
                .filter(file -> access.mayRead(file, FileAccess.viewer()));
        if (found.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        FileObject file = found.get();
        if (file.kind().isPublic()) {
            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/" + access.describe(file).url())).build();
        }
        if (settings.s3().presignDownloads()) {
            Optional<URI> signed = blobs.presignedDownload(file.storageKey(), file.originalName(), file.contentType(),
                    settings.s3().presignTtl());
            if (signed.isPresent()) {
                return ResponseEntity.status(HttpStatus.FOUND).location(signed.get())
                        .cacheControl(CacheControl.noStore().cachePrivate()).build();
            }
        }
        Optional<BlobStore.Blob> blob = blobs.open(file.storageKey());
        if (blob.isEmpty()) {
            return ResponseEntity.notFound().cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore().cachePrivate())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(blob.get().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.attachment(file.originalName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", DOWNLOAD_POLICY)
                .body(new InputStreamResource(blob.get().content()));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
