package org.gigforge.file.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.UploadRules;
import org.gigforge.platform.UserFacingException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One file for one purpose (a photo, a resume, an attachment): Vaadin's Upload, limited in the browser to the
 * kind's size and types, streaming straight into {@link FileService#upload}, which checks the content again.
 * A refusal is shown on the field in words; a stored file is handed to the listeners, which attach it to
 * their object when the form is saved (until then it is an unattached upload the clean-up job removes).
 */
public class FileUploadField extends Composite<Div> implements HasValidation {

    private static final Logger log = LoggerFactory.getLogger(FileUploadField.class);

    private final FileService files;
    private final FileKind kind;
    private final UploadRules rules;
    private final Upload upload;
    private final Span label = new Span();
    private final Span hint = new Span();
    private final Span uploaded = new Span();
    private final Span error = new Span();
    private final List<SerializableConsumer<StoredFile>> listeners = new CopyOnWriteArrayList<>();

    /** Read by the upload request, which runs without the session lock: set while the field is attached. */
    private volatile @Nullable UI ui;
    private volatile Locale locale = Locale.ENGLISH;
    private @Nullable StoredFile value;

    public FileUploadField(FileService files, FileKind kind) {
        this.files = files;
        this.kind = kind;
        this.rules = files.rules(kind);
        this.upload = new Upload(new Receiver());
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, rules.maxBytes()));
        upload.setAcceptedFileTypes(rules.acceptedTypes().toArray(String[]::new));
        upload.setDropAllowed(true);
        upload.addFileRejectedListener(event -> failed(event.getErrorMessage()));

        label.addClassNames(LumoUtility.FontWeight.MEDIUM, LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        label.setVisible(false);
        hint.addClassNames(LumoUtility.FontSize.XSMALL, LumoUtility.TextColor.SECONDARY);
        uploaded.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SUCCESS);
        uploaded.setVisible(false);
        error.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.ERROR);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        var root = getContent();
        root.addClassNames(LumoUtility.Display.FLEX, LumoUtility.FlexDirection.COLUMN, LumoUtility.Gap.XSMALL);
        root.add(label, upload, hint, uploaded, error);
    }

    public void setLabel(String text) {
        label.setText(text);
        label.setVisible(!text.isBlank());
    }

    /** Called with each file stored through this field. */
    public Registration addUploadedListener(SerializableConsumer<StoredFile> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The file stored last through this field, or null. */
    public @Nullable StoredFile getUploaded() {
        return value;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        this.ui = attachEvent.getUI();
        this.locale = attachEvent.getUI().getLocale();
        translate();
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        this.ui = null;
        super.onDetach(detachEvent);
    }

    private void translate() {
        long megabytes = rules.maxBytes() / (1024 * 1024);
        hint.setText(getTranslation("file.upload.hint", megabytes));
        String wrongType = switch (kind) {
            case AVATAR, IMAGE -> getTranslation("file.image.not-image", (Object) imageFormats());
            case DOCUMENT -> getTranslation("file.document.not-allowed");
            case ATTACHMENT -> getTranslation("file.attachment.not-allowed");
            case WORK -> getTranslation("file.work.not-allowed");
        };
        upload.setI18n(new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("file.upload.button")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("file.upload.drop")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("file.upload.one-at-a-time"))
                        .setFileIsTooBig(getTranslation("file.too-large", megabytes))
                        .setIncorrectFileType(wrongType)));
    }

    /** "JPEG, PNG, GIF": the formats the browser hint lists, as the server names them in its refusal. */
    private String imageFormats() {
        return rules.acceptedTypes().stream().filter(type -> type.startsWith("image/"))
                .map(type -> type.substring("image/".length()).toUpperCase(Locale.ROOT))
                .distinct().reduce((a, b) -> a + ", " + b).orElse("");
    }

    /**
     * Stores one upload. Runs in the upload request, outside the session lock; the field is updated through
     * {@link UI#access}. Returns the refusal shown to the member, or null when the file was stored.
     */
    @Nullable String receive(String fileName, InputStream content) {
        @Nullable UI target = ui;
        try (content) {
            StoredFile stored = files.upload(kind, fileName, content);
            update(target, () -> succeeded(stored));
            return null;
        } catch (UserFacingException refusal) {
            String message = getTranslation(locale, refusal.messageKey(), refusal.arguments());
            update(target, () -> failed(message));
            return message;
        } catch (IOException | RuntimeException e) {
            log.warn("Upload of a {} failed", kind, e);
            String message = getTranslation(locale, "file.upload.failed");
            update(target, () -> failed(message));
            return message;
        }
    }

    private static void update(@Nullable UI target, Command command) {
        if (target == null) {
            return;
        }
        var session = target.getSession();
        if (session != null && session.hasLock()) {
            command.execute();
        } else {
            target.access(command);
        }
    }

    private void succeeded(StoredFile stored) {
        value = stored;
        // The field holds one file: clearing the list lets the member choose a replacement right away.
        upload.clearFileList();
        setInvalid(false);
        uploaded.setText(getTranslation("file.upload.done", stored.name()));
        uploaded.setVisible(true);
        listeners.forEach(listener -> listener.accept(stored));
    }

    private void failed(String message) {
        uploaded.setVisible(false);
        upload.clearFileList();
        setErrorMessage(message);
        setInvalid(true);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        error.setText(errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return error.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        error.setVisible(invalid);
        getElement().setAttribute("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return error.isVisible();
    }

    Upload upload() {
        return upload;
    }

    /** Streams the request into the file service; a refusal answers the browser too, so its file list shows it. */
    private final class Receiver implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) {
            String refusal = receive(event.getFileName(), event.getInputStream());
            if (refusal != null) {
                event.reject(refusal);
            }
        }

        /** For multipart requests, where Vaadin can stop early; the service checks the limit in any case. */
        @Override
        public long getFileSizeMax() {
            return rules.maxBytes();
        }
    }
}
