package org.gigforge.profile;

import java.util.Set;
import org.gigforge.account.UserId;

/**
 * Reviews about these members were published, so their reputation changed. Published by the module that keeps
 * reviews (it depends on profiles, so the event lives here); talent search listens and reindexes the profiles.
 */
public record ReputationChanged(Set<UserId> members) {

    public ReputationChanged {
        members = Set.copyOf(members);
    }
}
