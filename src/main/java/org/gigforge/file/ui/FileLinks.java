package org.gigforge.file.ui;

import com.vaadin.flow.component.html.Anchor;
import org.gigforge.file.StoredFile;

/** Links to stored files for views. */
public final class FileLinks {

    private FileLinks() {}

    /**
     * A link that downloads the file under its own name. The router must leave it alone: {@code files/...} is
     * served by the app's file endpoint (which checks the reader), not by a view.
     */
    public static Anchor download(StoredFile file) {
        var link = new Anchor(file.url(), file.name());
        link.setRouterIgnore(true);
        link.setDownload(true);
        return link;
    }
}
