package org.gigforge.file;

import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Who may read the private files attached to one type of owner. The files module cannot know the rules of
 * the modules above it (who may see a job's attachments, a freelancer's resume), so each owning module
 * declares a bean of this type for its owner type. Without a policy only the uploader and admins may read.
 */
public interface FileReadPolicy {

    /** The {@link FileOwner#type()} this policy decides for. */
    String ownerType();

    /** Whether the viewer (null: not signed in) may read files owned by the object with this id. */
    boolean mayRead(String ownerId, @Nullable UserId viewer);
}
