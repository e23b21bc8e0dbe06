package org.gigforge.job;

/** Who can find a job: everyone, or only the freelancers its client invites. */
public enum JobVisibility {
    PUBLIC,
    INVITE_ONLY
}
