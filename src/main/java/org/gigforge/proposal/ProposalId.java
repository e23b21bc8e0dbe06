package org.gigforge.proposal;

/** Identifies a proposal. */
public record ProposalId(long value) {

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
