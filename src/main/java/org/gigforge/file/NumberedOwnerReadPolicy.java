package org.gigforge.file;

import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FileReadPolicy} for owners identified by a database number (a job, a proposal, a message …), the case
 * of almost every owning module. Visitors never read private files, and an id that is not a number names nothing,
 * so both are refused here once; the owning module decides only for a member and a real id.
 */
public abstract class NumberedOwnerReadPolicy implements FileReadPolicy {

    @Override
    public final boolean mayRead(String ownerId, @Nullable UserId viewer) {
        if (viewer == null) {
            return false;
        }
        long id;
        try {
            id = Long.parseLong(ownerId);
        } catch (NumberFormatException malformed) {
            return false;
        }
        return mayRead(id, viewer);
    }

    /** Whether this member may read the files of the owner with this id. */
    protected abstract boolean mayRead(long ownerId, UserId viewer);
}
