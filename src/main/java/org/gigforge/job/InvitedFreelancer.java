package org.gigforge.job;

import java.time.Instant;
import org.gigforge.account.UserId;

/** An invitation as the job's client sees it: whom they asked to apply, with which note, and when. */
public record InvitedFreelancer(UserId freelancerId, String freelancerName, String message, Instant invitedAt) {}
