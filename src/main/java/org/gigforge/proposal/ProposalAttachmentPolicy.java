package org.gigforge.proposal;

import org.gigforge.account.UserId;
import org.gigforge.file.NumberedOwnerReadPolicy;
import org.gigforge.proposal.internal.ProposalRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's attachments are for the two people it is between: the freelancer who sent it and the
 * client of the job (admins read every private file anyway). Reads the repository directly, because
 * the file service asks this while serving.
 */
@Component
class ProposalAttachmentPolicy extends NumberedOwnerReadPolicy {

    private final ProposalRepository proposals;

    ProposalAttachmentPolicy(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public String ownerType() {
        return ProposalService.ATTACHMENT;
    }

    @Override
    @Transactional(readOnly = true)
    protected boolean mayRead(long proposalId, UserId viewer) {
        return proposals.isSharedWith(proposalId, viewer.value());
    }
}
