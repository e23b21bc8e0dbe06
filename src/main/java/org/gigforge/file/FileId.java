package org.gigforge.file;

import java.util.UUID;
import org.gigforge.platform.UserFacingException;

/** Identifies an uploaded file. Random, so that a private file's address cannot be guessed from another's. */
public record FileId(UUID value) {

    /** Reads an id from an address or a form; anything malformed is refused as "not found". */
    public static FileId parse(String text) {
        try {
            return new FileId(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException("file.not-found");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
