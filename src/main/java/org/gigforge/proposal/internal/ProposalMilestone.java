package org.gigforge.proposal.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.gigforge.platform.Money;
import org.gigforge.proposal.ProposedMilestone;
import org.jspecify.annotations.Nullable;

/** A milestone as a proposal proposes it; in the proposal's currency. */
@Embeddable
public class ProposalMilestone {

    @Column(nullable = false)
    private String title = "";

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    protected ProposalMilestone() {}

    ProposalMilestone(ProposedMilestone milestone) {
        this.title = milestone.title();
        this.amountMinor = Objects.requireNonNull(milestone.amount()).minorUnits();
        this.dueDate = milestone.dueDate();
    }

    ProposedMilestone proposed(String currency) {
        return new ProposedMilestone(title, Money.of(amountMinor, currency), dueDate);
    }
}
