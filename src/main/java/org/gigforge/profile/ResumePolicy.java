package org.gigforge.profile;

import org.gigforge.account.UserId;
import org.gigforge.file.FileReadPolicy;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A resume is private: only the freelancer reads it (the files module also lets admins). It is
 * never on the public profile; sharing it with a client is the freelancer's choice, in a proposal.
 */
@Component
class ResumePolicy implements FileReadPolicy {

    @Override
    public String ownerType() {
        return ProfileService.RESUME;
    }

    @Override
    public boolean mayRead(String ownerId, @Nullable UserId viewer) {
        return viewer != null && String.valueOf(viewer.value()).equals(ownerId);
    }
}
