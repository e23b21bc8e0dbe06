package org.gigforge.dispute.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.gigforge.dispute.Dispute;
import org.gigforge.dispute.DisputeState;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.Formats;

/** What both parties and admins read of a dispute: where it stands, both statements with their files, the decision. */
final class DisputeDetails {

    private DisputeDetails() {}

    /** The state with its deadline, the money and who opened it why. */
    static Div summary(Div host, Dispute d) {
        var state = Chips.badge(host.getTranslation("dispute.state." + d.state().name()), d.state().name().toLowerCase());
        var money = new Span(Formats.money(d.amount()));
        money.addClassName("gf-job-terms");
        var line = new Div(state, Chips.dot(), money, Chips.dot(), new Span(d.workTitle()));
        line.addClassName("gf-job-meta");
        var card = new Div(line);
        card.addClassName("gf-card");
        card.setId("dispute-summary");
        if (d.deadline() != null) {
            var deadline = new Paragraph(host.getTranslation("dispute.deadline." + d.state().name(),
                    Formats.dateTime(d.deadline())));
            deadline.setId("dispute-deadline");
            card.add(deadline);
        }
        if (d.escalatedAt() != null && d.state() == DisputeState.AWAITING_DECISION) {
            card.add(new Paragraph(host.getTranslation("dispute.escalated", Formats.dateTime(d.escalatedAt()))));
        }
        var frozen = new Paragraph(host.getTranslation(d.state().open() ? "dispute.frozen" : "dispute.closed"));
        frozen.addClassName("gf-muted");
        card.add(frozen);
        return card;
    }

    static Div statement(Div host, Dispute d) {
        String opener = d.openedBy().equals(d.client()) ? d.clientName() : d.freelancerName();
        var card = new Div(new H2(host.getTranslation("dispute.statement.title", opener)));
        card.addClassName("gf-card");
        card.setId("dispute-statement-card");
        card.add(new Paragraph(host.getTranslation("dispute.reason.shown",
                host.getTranslation("dispute.reason." + d.reason().name()), Formats.dateTime(d.openedAt()))));
        card.add(text(d.statement()));
        card.add(files(d.statementFiles(), "dispute-statement-file-"));
        return card;
    }

    static Div response(Div host, Dispute d) {
        String respondent = d.respondent().equals(d.client()) ? d.clientName() : d.freelancerName();
        var card = new Div(new H2(host.getTranslation("dispute.response.title", respondent)));
        card.addClassName("gf-card");
        card.setId("dispute-response-card");
        if (d.response() != null) {
            card.add(new Paragraph(host.getTranslation("dispute.response.at", Formats.dateTime(d.answeredAt()))));
            card.add(text(d.response()));
            card.add(files(d.responseFiles(), "dispute-response-file-"));
        } else {
            card.add(new Paragraph(host.getTranslation(d.state() == DisputeState.AWAITING_RESPONSE
                    ? "dispute.response.waiting" : "dispute.response.none")));
        }
        return card;
    }

    static Div decision(Div host, Dispute d) {
        var card = new Div(new H2(host.getTranslation("dispute.decision.title")));
        card.addClassName("gf-card");
        card.setId("dispute-decision-card");
        card.add(new Paragraph(host.getTranslation("dispute.decision.money",
                host.getTranslation("dispute.outcome." + d.outcome()), Formats.money(d.toFreelancer()),
                Formats.money(d.toClient()), Formats.dateTime(d.decidedAt()))));
        card.add(text(d.decision() == null ? "" : d.decision()));
        return card;
    }

    private static Paragraph text(String text) {
        var p = new Paragraph(text);
        p.addClassName("gf-cover-letter");
        return p;
    }

    private static Div files(List<StoredFile> files, String idPrefix) {
        var list = new Div();
        list.addClassName("gf-time-entries");
        for (StoredFile file : files) {
            var link = FileLinks.download(file);
            link.setId(idPrefix + file.id());
            list.add(new Div(link));
        }
        return list;
    }
}
