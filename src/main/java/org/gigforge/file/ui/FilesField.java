package org.gigforge.file.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;

/**
 * A few files for one thing (a job's attachments, a portfolio piece's pictures): uploads one at a
 * time up to {@code max}, lists them with a way to take each off. The owning form attaches them on save.
 */
public class FilesField extends CustomField<List<StoredFile>> {

    private final List<StoredFile> files = new ArrayList<>();
    private final Div list = new Div();
    private final FileUploadField upload;
    private final int max;

    public FilesField(FileService service, FileKind kind, int max) {
        super(List.of());
        this.max = max;
        upload = new FileUploadField(service, kind);
        upload.addUploadedListener(file -> {
            if (files.size() < max) {
                files.add(file);
                refresh();
                updateValue();
            }
        });
        list.addClassName("gf-file-list");
        add(list, upload);
    }

    /** The upload part, e.g. to give it an id for tests. */
    public FileUploadField upload() {
        return upload;
    }

    private void refresh() {
        list.removeAll();
        for (StoredFile file : files) {
            Component shown;
            if (file.thumbnailUrl() != null) {
                var image = new Image(file.thumbnailUrl(), file.name());
                image.addClassName("gf-file-thumb");
                shown = image;
            } else {
                shown = FileLinks.download(file);
            }
            var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                files.remove(file);
                refresh();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("file.remove", file.name()));
            var entry = new Div(shown, remove);
            entry.addClassName("gf-file-entry");
            list.add(entry);
        }
        upload.setVisible(files.size() < max);
    }

    @Override
    protected List<StoredFile> generateModelValue() {
        return List.copyOf(files);
    }

    @Override
    protected void setPresentationValue(List<StoredFile> value) {
        files.clear();
        if (value != null) {
            files.addAll(value);
        }
        refresh();
    }
}
