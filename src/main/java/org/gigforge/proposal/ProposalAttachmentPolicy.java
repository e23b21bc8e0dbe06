package org.gigforge.proposal;

import org.gigforge.account.UserId;
import org.gigforge.file.FileReadPolicy;
import org.gigforge.proposal.internal.ProposalRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A proposal's attachments are for the two people it is between: the freelancer who sent it and the
 * client of the job (admins read every private file anyway). Reads the repository directly, because
 * the file service asks this while serving.
 */
@Component
class ProposalAttachmentPolicy implements FileReadPolicy {

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
    public boolean mayRead(String ownerId, @Nullable UserId viewer) {
        if (viewer == null) {
            return false;
        }
        try {
            return proposals.isSharedWith(Long.parseLong(ownerId), viewer.value());
        } catch (NumberFormatException malformed) {
            return false;
        }
    }
}
