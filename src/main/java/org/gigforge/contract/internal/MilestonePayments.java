package org.gigforge.contract.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gigforge.contract.MilestoneFunded;
import org.gigforge.contract.MilestoneState;
import org.gigforge.payment.FundingConfirmed;
import org.gigforge.payment.FundingFailed;
import org.gigforge.payment.IdempotencyKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A milestone paid on the provider's page is funded when the provider confirms the payment, in the transaction that
 * posts it to the ledger; if the payment fails it is unfunded again, so the client can pay anew. The funding key
 * ({@code fund:milestone-<id>}) names the milestone.
 */
@Component
class MilestonePayments {

    private static final Logger log = LoggerFactory.getLogger(MilestonePayments.class);
    private static final Pattern MILESTONE_KEY = Pattern.compile("fund:milestone-(\\d+)");

    private final MilestoneRepository milestones;
    private final ContractRepository contracts;
    private final ContractEventRepository history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MilestonePayments(MilestoneRepository milestones, ContractRepository contracts, ContractEventRepository history,
            ApplicationEventPublisher events, Clock clock) {
        this.milestones = milestones;
        this.contracts = contracts;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    void on(FundingConfirmed confirmed) {
        milestone(confirmed.key()).ifPresent(milestone -> {
            if (milestone.state() != MilestoneState.PAYMENT_PENDING && milestone.state() != MilestoneState.UNFUNDED) {
                // Money arrived for a milestone that moved on meanwhile: it waits in escrow for an admin.
                log.warn("Payment {} confirmed for milestone {} in state {}", confirmed.key(), milestone.id(),
                        milestone.state());
                return;
            }
            var contract = contracts.findById(milestone.contractId().value()).orElseThrow();
            milestone.moveTo(MilestoneState.FUNDED, clock.instant());
            history.save(new ContractEventEntity(contract.id(), clock.instant(), confirmed.client(), "milestone.funded",
                    milestone.title()));
            events.publishEvent(new MilestoneFunded(contract.id(), milestone.id(), contract.freelancerId()));
        });
    }

    @EventListener
    void on(FundingFailed failed) {
        milestone(failed.key()).filter(milestone -> milestone.state() == MilestoneState.PAYMENT_PENDING)
                .ifPresent(milestone -> {
                    milestone.moveTo(MilestoneState.UNFUNDED, clock.instant());
                    history.save(new ContractEventEntity(milestone.contractId(), clock.instant(), null,
                            "milestone.payment-failed", milestone.title()));
                });
    }

    private Optional<MilestoneEntity> milestone(IdempotencyKey key) {
        var match = MILESTONE_KEY.matcher(key.value());
        return match.matches() ? milestones.findForUpdate(Long.parseLong(match.group(1))) : Optional.empty();
    }
}
