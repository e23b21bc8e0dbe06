package org.gigforge.contract;

import org.gigforge.account.UserId;
import org.gigforge.contract.internal.ContractRepository;
import org.gigforge.contract.internal.SubmissionRepository;
import org.gigforge.file.NumberedOwnerReadPolicy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The files of a milestone submission are for the contract's two parties only (the files module lets
 * admins and the uploader read them too). Never for anyone else, signed in or not. Reads the repositories
 * directly, because the file service asks this while serving a download.
 */
@Component
class SubmissionFilePolicy extends NumberedOwnerReadPolicy {

    private final SubmissionRepository submissions;
    private final ContractRepository contracts;

    SubmissionFilePolicy(SubmissionRepository submissions, ContractRepository contracts) {
        this.submissions = submissions;
        this.contracts = contracts;
    }

    @Override
    public String ownerType() {
        return ContractService.SUBMISSION_FILES;
    }

    @Override
    @Transactional(readOnly = true)
    protected boolean mayRead(long id, UserId viewer) {
        return submissions.findById(id)
                .flatMap(submission -> contracts.findById(submission.contractId().value()))
                .map(contract -> contract.isParty(viewer))
                .orElse(false);
    }
}
