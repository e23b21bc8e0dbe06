package org.gigforge.file;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.file.internal.BlobKeys;
import org.gigforge.file.internal.BlobStore;
import org.gigforge.file.internal.ContentFormat;
import org.gigforge.file.internal.ContentSniffer;
import org.gigforge.file.internal.FileAccess;
import org.gigforge.file.internal.FileNames;
import org.gigforge.file.internal.FileObject;
import org.gigforge.file.internal.FileObjectRepository;
import org.gigforge.file.internal.FileStorage;
import org.gigforge.file.internal.ImageProcessor;
import org.gigforge.file.internal.UploadReader;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files module's API. An upload is checked by its content, stored, and left unattached; the module that
 * uses it then {@linkplain #attach attaches} it to its object (a profile, a job). Unattached uploads and files
 * their owner let go of are deleted by a background job.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class FileService {

    private static final Logger log = LoggerFactory.getLogger(FileService.class);
    private static final List<ContentFormat> DOCUMENT_FORMATS = List.of(ContentFormat.PDF, ContentFormat.DOCX,
            ContentFormat.XLSX, ContentFormat.PPTX, ContentFormat.ODT, ContentFormat.ODS, ContentFormat.ODP,
            ContentFormat.OLE2, ContentFormat.TEXT, ContentFormat.ZIP);
    private static final List<ContentFormat> WORK_FORMATS = java.util.stream.Stream.concat(DOCUMENT_FORMATS.stream(),
            java.util.stream.Stream.of(ContentFormat.JPEG, ContentFormat.PNG, ContentFormat.GIF, ContentFormat.WEBP)).toList();

    private final FileObjectRepository files;
    private final FileStorage storage;
    private final FileAccess access;
    private final BlobStore blobs;
    private final ImageProcessor images;
    private final GigforgeProperties.Files settings;
    private final Clock clock;

    FileService(FileObjectRepository files, FileStorage storage, FileAccess access, BlobStore blobs,
            ImageProcessor images, GigforgeProperties properties, Clock clock) {
        this.files = files;
        this.storage = storage;
        this.access = access;
        this.blobs = blobs;
        this.images = images;
        this.settings = properties.files();
        this.clock = clock;
    }

    /**
     * Stores the signed-in member's upload, unattached. The content decides what the file is, never its name or
     * the type the browser declared; pictures are re-encoded (which drops EXIF data and anything hidden in the
     * file). A refused upload stores nothing. Runs outside the caller's transaction: the upload is kept (and
     * cleaned up later if nothing attaches it) whatever happens to the caller's work.
     *
     * @throws UserFacingException when the content is too large, not of an accepted type, or an unreadable image
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public StoredFile upload(FileKind kind, String originalName, InputStream content) {
        UserId me = AccountPrincipal.currentUserId();
        long limit = maxBytes(kind);
        byte[] bytes = UploadReader.readAtMost(content, limit);
        if (bytes == null) {
            throw new UserFacingException("file.too-large", limit / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new UserFacingException("file.empty");
        }
        @Nullable ContentFormat format = ContentSniffer.detect(bytes).orElse(null);
        FileObject file = kind.isPublic() ? image(kind, originalName, bytes, format, me)
                : kind == FileKind.ATTACHMENT && format != null && format.isImage() ? privatePicture(originalName, bytes, format, me)
                : document(kind, originalName, bytes, format, me);
        log.info("Stored {} {} ({} bytes) for user {}", kind, file.id(), file.size(), me);
        return access.describe(file);
    }

    private FileObject image(FileKind kind, String originalName, byte[] bytes, @Nullable ContentFormat format, UserId me) {
        List<ContentFormat> accepted = ImageProcessor.decodableFormats();
        if (format == null || !accepted.contains(format)) {
            // Cast: with two strings the constructor taking a field name would be chosen.
            throw new UserFacingException("file.image.not-image", (Object) formatNames(accepted));
        }
        var result = kind == FileKind.AVATAR ? images.avatar(bytes, format) : images.image(bytes, format);
        var image = result.image();
        var thumbnail = result.thumbnail();
        String key = BlobKeys.publicKey(image.bytes(), image.extension());
        String thumbnailKey = BlobKeys.publicKey(thumbnail.bytes(), thumbnail.extension());
        var contents = new LinkedHashMap<String, FileStorage.Content>();
        contents.put(key, new FileStorage.Content(image.bytes(), image.contentType()));
        contents.put(thumbnailKey, new FileStorage.Content(thumbnail.bytes(), thumbnail.contentType()));
        var row = new FileObject(UUID.randomUUID(), kind, me, FileNames.withStoredExtension(originalName, image.extension()),
                image.contentType(), image.bytes().length, BlobKeys.sha256(image.bytes()), image.width(), image.height(), key, thumbnailKey,
                clock.instant());
        return storage.save(row, contents);
    }

    private FileObject document(FileKind kind, String originalName, byte[] bytes, @Nullable ContentFormat format, UserId me) {
        if (format == null || !privateFormats(kind).contains(format)) {
            throw new UserFacingException(switch (kind) {
                case ATTACHMENT -> "file.attachment.not-allowed";
                case WORK -> "file.work.not-allowed";
                default -> "file.document.not-allowed";
            });
        }
        String name = FileNames.clean(originalName, format);
        // Delivered work is handled like a document from here on; only its accepted formats differ.
        return savePrivate(kind == FileKind.WORK ? FileKind.DOCUMENT : kind, name,
                format.contentType(FileNames.extension(name)), bytes, null, null, me);
    }

    /**
     * A picture shared privately: re-encoded like a public one (nothing hidden in it travels on), but kept under
     * its random id and served only after the read check, like a document. No thumbnail: nothing lists it publicly.
     */
    private FileObject privatePicture(String originalName, byte[] bytes, ContentFormat format, UserId me) {
        var image = images.image(bytes, format).image();
        return savePrivate(FileKind.ATTACHMENT, FileNames.withStoredExtension(originalName, image.extension()),
                image.contentType(), image.bytes(), image.width(), image.height(), me);
    }

    private FileObject savePrivate(FileKind kind, String name, String contentType, byte[] bytes, @Nullable Integer width,
            @Nullable Integer height, UserId me) {
        UUID id = UUID.randomUUID();
        String key = BlobKeys.privateKey(id);
        var row = new FileObject(id, kind, me, name, contentType, bytes.length, BlobKeys.sha256(bytes), width, height, key,
                null, clock.instant());
        var contents = new LinkedHashMap<String, FileStorage.Content>();
        contents.put(key, new FileStorage.Content(bytes, contentType));
        return storage.save(row, contents);
    }

    /** The browser-side limits for an upload field of this kind. */
    @PreAuthorize("permitAll()")
    public UploadRules rules(FileKind kind) {
        var types = new ArrayList<String>();
        List<ContentFormat> formats = switch (kind) {
            case AVATAR, IMAGE -> ImageProcessor.decodableFormats();
            case DOCUMENT -> DOCUMENT_FORMATS;
            case ATTACHMENT, WORK -> WORK_FORMATS;
        };
        for (ContentFormat format : formats) {
            for (String extension : format.extensions()) {
                String type = format.contentType(extension).replaceFirst(";.*", "");
                if (!types.contains(type)) {
                    types.add(type);
                }
                types.add("." + extension);
            }
        }
        return new UploadRules(maxBytes(kind), types);
    }

    /**
     * Gives the signed-in member's upload to its owner. Only the uploader may attach a file; a file belongs to
     * one owner at a time (attaching it again to the same owner changes nothing).
     */
    @Transactional
    public StoredFile attach(FileId id, FileOwner owner) {
        UserId me = AccountPrincipal.currentUserId();
        FileObject file = files.findById(id.value()).filter(f -> f.uploader().equals(me))
                .orElseThrow(() -> new UserFacingException("file.not-found"));
        FileOwner current = file.owner();
        if (current != null && !current.equals(owner)) {
            throw new UserFacingException("file.already-attached");
        }
        if (current == null) {
            file.attachTo(owner, clock.instant());
        }
        return access.describe(file);
    }

    /** The file, if the viewer (signed in or not) may read it. */
    @PreAuthorize("permitAll()")
    public Optional<StoredFile> find(FileId id) {
        var viewer = FileAccess.viewer();
        return files.findById(id.value()).filter(file -> access.mayRead(file, viewer)).map(access::describe);
    }

    /** The files attached to an owner that the viewer may read, oldest first. */
    @PreAuthorize("permitAll()")
    public List<StoredFile> filesOf(FileOwner owner) {
        var viewer = FileAccess.viewer();
        return files.findByOwnerTypeAndOwnerIdOrderByAttachedAtAscIdAsc(owner.type(), owner.id()).stream()
                .filter(file -> access.mayRead(file, viewer))
                .map(access::describe)
                .toList();
    }

    /**
     * Where the viewer downloads the file right now. With S3 a private file's address is signed and expires
     * after {@code gigforge.files.s3.presign-ttl}; otherwise it is the app's own address, which checks the reader
     * on every request (and {@link StoredFile#url()}, which never expires, is the one to keep on a page).
     */
    @PreAuthorize("permitAll()")
    public String downloadUrl(FileId id) {
        var viewer = FileAccess.viewer();
        FileObject file = files.findById(id.value()).filter(f -> access.mayRead(f, viewer))
                .orElseThrow(() -> new UserFacingException("file.not-found"));
        StoredFile described = access.describe(file);
        if (file.kind().isPublic() || !settings.s3().presignDownloads()) {
            return described.url();
        }
        return blobs.presignedDownload(file.storageKey(), file.originalName(), file.contentType(), settings.s3().presignTtl())
                .map(Object::toString)
                .orElse(described.url());
    }

    /**
     * Lets go of every file of the owner, for example when a photo is replaced; the clean-up job deletes them.
     * The owning module has already checked that the caller may change the owner.
     */
    @Transactional
    public void detachAll(FileOwner owner) {
        var at = clock.instant();
        files.findByOwnerTypeAndOwnerIdOrderByAttachedAtAscIdAsc(owner.type(), owner.id()).forEach(f -> f.detach(at));
    }

    /**
     * Deletes every file of the owner, with their blobs (once the caller's transaction commits), for example when
     * the owning object is deleted. The owning module has already checked that the caller may do so.
     */
    @Transactional
    public void deleteOwnedBy(FileOwner owner) {
        storage.delete(files.findByOwnerTypeAndOwnerIdOrderByAttachedAtAscIdAsc(owner.type(), owner.id()));
    }

    /** Deletes one file now: its uploader or an admin may. */
    @Transactional
    public void delete(FileId id) {
        UserId me = AccountPrincipal.currentUserId();
        var viewer = FileAccess.viewer();
        boolean admin = viewer != null && viewer.roles().contains(Role.ADMIN);
        FileObject file = files.findById(id.value()).filter(f -> admin || f.uploader().equals(me))
                .orElseThrow(() -> new UserFacingException("file.not-found"));
        storage.delete(List.of(file));
    }

    private long maxBytes(FileKind kind) {
        return switch (kind) {
            case AVATAR -> settings.avatarMaxSize().toBytes();
            case IMAGE -> settings.imageMaxSize().toBytes();
            case DOCUMENT, ATTACHMENT, WORK -> settings.documentMaxSize().toBytes();
        };
    }

    /** What a private upload of this kind may be: documents, and for delivered work pictures too. */
    private static List<ContentFormat> privateFormats(FileKind kind) {
        return kind == FileKind.WORK ? WORK_FORMATS : DOCUMENT_FORMATS;
    }

    private static String formatNames(List<ContentFormat> formats) {
        return formats.stream().map(f -> f.name().toUpperCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
