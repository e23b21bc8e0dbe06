package org.gigforge.dispute.internal;

import org.gigforge.account.UserId;
import org.gigforge.dispute.DisputeService;
import org.gigforge.file.NumberedOwnerReadPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evidence of a dispute (both statements' files) is for the contract's two parties only; the files module
 * lets admins and the uploader read it too. Reads the repository directly, since the file service asks while
 * serving a download.
 */
@Configuration(proxyBeanMethods = false)
class DisputeFilePolicies {

    @Bean
    NumberedOwnerReadPolicy disputeStatementFiles(DisputeRepository disputes) {
        return new PartiesOnly(DisputeService.STATEMENT_FILES, disputes);
    }

    @Bean
    NumberedOwnerReadPolicy disputeResponseFiles(DisputeRepository disputes) {
        return new PartiesOnly(DisputeService.RESPONSE_FILES, disputes);
    }

    static class PartiesOnly extends NumberedOwnerReadPolicy {

        private final String ownerType;
        private final DisputeRepository disputes;

        PartiesOnly(String ownerType, DisputeRepository disputes) {
            this.ownerType = ownerType;
            this.disputes = disputes;
        }

        @Override
        public String ownerType() {
            return ownerType;
        }

        @Override
        @Transactional(readOnly = true)
        protected boolean mayRead(long id, UserId viewer) {
            return disputes.findById(id).map(d -> d.isParty(viewer)).orElse(false);
        }
    }
}
