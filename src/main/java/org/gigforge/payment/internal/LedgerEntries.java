package org.gigforge.payment.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import org.gigforge.account.UserId;
import org.gigforge.payment.LedgerAccountKind;
import org.gigforge.payment.LedgerFilter;
import org.springframework.data.jpa.domain.Specification;

/** Which entries a reader asks for, as query conditions. */
public final class LedgerEntries {

    private LedgerEntries() {}

    /** Entries on the member's funding and balance accounts and on escrows where they are a party. */
    public static Specification<LedgerEntry> concerning(UserId member) {
        return (root, query, cb) -> {
            var account = root.get("account");
            return cb.or(cb.equal(account.get("userId"), member.value()), cb.equal(account.get("clientId"), member.value()),
                    cb.equal(account.get("freelancerId"), member.value()));
        };
    }

    /** A freelancer's earnings history: their balance, and the escrows of their contracts. */
    public static Specification<LedgerEntry> earningsOf(UserId freelancer) {
        return (root, query, cb) -> {
            var account = root.get("account");
            return cb.or(
                    cb.and(cb.equal(account.get("kind"), LedgerAccountKind.FREELANCER_BALANCE),
                            cb.equal(account.get("userId"), freelancer.value())),
                    cb.equal(account.get("freelancerId"), freelancer.value()));
        };
    }

    public static Specification<LedgerEntry> ofContract(String contractRef) {
        return (root, query, cb) -> cb.equal(root.get("transaction").get("contractRef"), contractRef);
    }

    public static Specification<LedgerEntry> matching(LedgerFilter filter) {
        return (root, query, cb) -> {
            var predicates = new ArrayList<Predicate>();
            if (filter.user() != null) {
                predicates.add(concerning(filter.user()).toPredicate(root, query, cb));
            }
            if (filter.contractRef() != null && !filter.contractRef().isBlank()) {
                predicates.add(cb.equal(root.get("transaction").get("contractRef"), filter.contractRef().strip()));
            }
            if (filter.from() != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("postedAt"), filter.from()));
            }
            if (filter.to() != null) {
                predicates.add(cb.lessThan(root.get("postedAt"), filter.to()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
