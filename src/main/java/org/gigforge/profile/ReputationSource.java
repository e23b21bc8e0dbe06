package org.gigforge.profile;

import org.gigforge.account.UserId;

/**
 * Where the public profile gets a member's reputation from. Declared here and implemented by the
 * reviews module, because reviews already depend (through contracts and jobs) on profiles.
 */
public interface ReputationSource {

    /** Published reviews only, newest {@code latest} of them; callable by anonymous visitors. */
    Reputation reputationOf(UserId member, int latest);
}
