package org.gigforge.proposal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;
import org.gigforge.proposal.ProposedMilestone;

/**
 * A proposal's milestones (title, amount, due date) and download links to its attachments, for the job's client,
 * the freelancer and admins. Shows nothing of what the proposal does not have.
 */
public class ProposedWork extends Composite<Div> {

    private final boolean empty;

    public ProposedWork(List<ProposedMilestone> milestones, List<StoredFile> attachments) {
        var root = getContent();
        root.addClassName("gf-proposed-work");
        empty = milestones.isEmpty() && attachments.isEmpty();
        if (!milestones.isEmpty()) {
            var list = new Div();
            list.addClassName("gf-proposed-milestones");
            for (int i = 0; i < milestones.size(); i++) {
                var milestone = milestones.get(i);
                var line = new Div(new Span((i + 1) + ". " + milestone.title()), Chips.dot(),
                        new Span(Formats.money(milestone.amount())));
                if (milestone.dueDate() != null) {
                    line.add(Chips.dot(), new Span(getTranslation("milestone.due", Formats.date(milestone.dueDate()))));
                }
                line.addClassName("gf-proposed-milestone");
                list.add(line);
            }
            root.add(heading("proposal.milestones"), list);
        }
        if (!attachments.isEmpty()) {
            var links = new Div();
            links.addClassName("gf-file-list");
            attachments.forEach(file -> links.add(FileLinks.download(file)));
            root.add(heading("proposal.attachments"), links);
        }
    }

    /** Whether the proposal has neither milestones nor attachments. */
    public boolean isEmpty() {
        return empty;
    }

    private Paragraph heading(String key) {
        var heading = new Paragraph(getTranslation(key));
        heading.addClassName("gf-question");
        return heading;
    }
}
