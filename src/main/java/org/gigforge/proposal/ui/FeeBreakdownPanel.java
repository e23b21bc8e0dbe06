package org.gigforge.proposal.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.gigforge.payment.FeeBreakdown;
import org.gigforge.platform.ui.Formats;
import org.jspecify.annotations.Nullable;

/** "Client pays X, platform keeps Y, you receive Z", updated while the bid changes. */
class FeeBreakdownPanel extends Composite<Div> {

    private final Span clientPays = new Span();
    private final Span platformKeeps = new Span();
    private final Span youReceive = new Span();

    FeeBreakdownPanel() {
        var root = getContent();
        root.addClassNames("gf-card", "gf-fees");
        root.setId("fee-breakdown");
        clientPays.setId("fees-client-pays");
        platformKeeps.setId("fees-platform-keeps");
        youReceive.setId("fees-you-receive");
        root.add(row("proposal.fees.client-pays", clientPays), row("proposal.fees.platform-keeps", platformKeeps),
                row("proposal.fees.you-receive", youReceive));
        show(null);
    }

    void show(@Nullable FeeBreakdown fees) {
        clientPays.setText(fees == null ? "—" : Formats.money(fees.clientPays()));
        platformKeeps.setText(fees == null ? "—" : Formats.money(fees.platformKeeps()));
        youReceive.setText(fees == null ? "—" : Formats.money(fees.freelancerReceives()));
    }

    private Div row(String labelKey, Span value) {
        var row = new Div(new Span(getTranslation(labelKey)), value);
        row.addClassName("gf-fee-row");
        return row;
    }
}
