package org.gigforge.contract.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.List;
import org.gigforge.contract.Submission;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;

/**
 * The "Files" section of a contract: every file handed in with milestone work, newest first, with its size,
 * milestone and date and a download link (which checks the reader again on every request).
 */
public class ContractFilesCard extends Div {

    public ContractFilesCard(List<Submission> submissions) {
        addClassName("gf-card");
        setId("contract-files");
        add(new H2(getTranslation("contract.files")));
        var list = new Div();
        list.addClassName("gf-time-entries");
        for (Submission submission : submissions) {
            for (StoredFile file : submission.files()) {
                list.add(row(submission, file, "contract-file-"));
            }
        }
        if (list.getComponentCount() == 0) {
            list.add(new Paragraph(getTranslation("contract.files.none")));
        }
        add(list);
    }

    /** One file: its link (with an id made of the prefix and the file's), then size, milestone and date. */
    static Div row(Submission submission, StoredFile file, String idPrefix) {
        var link = FileLinks.download(file);
        link.setId(idPrefix + file.id());
        var size = new Span(size(file.size()));
        size.addClassName("gf-muted");
        var milestone = new Span(submission.milestoneTitle());
        var when = new Span(Formats.dateTime(submission.submittedAt()));
        when.addClassName("gf-muted");
        var row = new Div(link, Chips.dot(), size, Chips.dot(), milestone, Chips.dot(), when);
        row.addClassNames("gf-job-meta", "gf-file-row");
        return row;
    }

    /** "820 KB", "1.4 MB", in the viewer's locale. */
    static String size(long bytes) {
        var number = NumberFormat.getNumberInstance(Formats.locale());
        number.setMaximumFractionDigits(1);
        if (bytes < 1024) {
            return bytes + " B";
        } else if (bytes < 1024 * 1024) {
            return number.format(Math.max(1, Math.round(bytes / 1024.0))) + " KB";
        }
        return number.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
