package org.gigforge.dispute.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import java.util.ArrayList;
import java.util.List;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.contract.BilledWeek;
import org.gigforge.contract.Contract;
import org.gigforge.contract.Milestone;
import org.gigforge.contract.MilestoneState;
import org.gigforge.contract.WorkRef;
import org.gigforge.contract.ui.DisputeParts;
import org.gigforge.dispute.DisputeService;
import org.gigforge.file.FileService;

/**
 * The disputes module's parts of the contract page: "Open a dispute" for either party on a funded milestone or a
 * billed week in review, and a link to the latest dispute about it.
 */
@org.springframework.stereotype.Component
class DisputeContractParts implements DisputeParts {

    private final DisputeService disputes;
    private final FileService files;

    DisputeContractParts(DisputeService disputes, FileService files) {
        this.disputes = disputes;
        this.files = files;
    }

    @Override
    public List<Component> milestone(Contract contract, Milestone m, Runnable changed) {
        boolean protectedMoney = m.state() == MilestoneState.FUNDED || m.state() == MilestoneState.SUBMITTED;
        return parts(contract, WorkRef.milestone(m.id()), protectedMoney && m.disputedAt() == null, "milestone-" + m.id());
    }

    @Override
    public List<Component> week(Contract contract, BilledWeek week, Runnable changed) {
        return parts(contract, WorkRef.week(week.id()), week.disputable(), "week-" + week.id());
    }

    private List<Component> parts(Contract contract, WorkRef work, boolean disputable, String idPart) {
        var parts = new ArrayList<Component>();
        var me = AccountPrincipal.currentUserId();
        boolean party = me.equals(contract.client()) || me.equals(contract.freelancer());
        UI ui = UI.getCurrent();
        disputes.latestAbout(work).ifPresent(latest -> {
            var link = new Anchor("disputes/" + latest.id(), ui.getTranslation("dispute.link." + latest.state().name()));
            link.setId("dispute-link-" + idPart);
            parts.add(link);
        });
        if (party && disputable) {
            var open = new Button(ui.getTranslation("dispute.open"), click -> {
                var described = disputes.describe(work);
                new OpenDisputeDialog(disputes, files, work, described.title(), described.amount()).open();
            });
            open.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            open.setId("dispute-open-" + idPart);
            parts.add(open);
        }
        return parts;
    }
}
