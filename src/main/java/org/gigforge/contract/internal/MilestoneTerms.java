package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.gigforge.contract.MilestoneDraft;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** A milestone as an offer proposes it. */
@Embeddable
public class MilestoneTerms {

    @Column(nullable = false)
    private String title = "";

    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;

    @Column(name = "due_date")
    private @Nullable LocalDate dueDate;

    protected MilestoneTerms() {}

    MilestoneTerms(MilestoneDraft draft) {
        this.title = draft.title();
        this.amountMinor = Objects.requireNonNull(draft.amount()).minorUnits();
        this.dueDate = draft.dueDate();
    }

    MilestoneDraft draft(String currency) {
        return new MilestoneDraft(title, Money.of(amountMinor, currency), dueDate);
    }
}
