package org.gigforge.file;

import java.util.regex.Pattern;

/**
 * What a file belongs to, named by the owning module: a type such as {@code profile-photo} or
 * {@code job-attachment} and that object's id. The type also picks the {@link FileReadPolicy} for private files.
 */
public record FileOwner(String type, String id) {

    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    public FileOwner {
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("Owner type must be lower-case letters, digits and dashes: " + type);
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Owner id must be 1-64 plain characters: " + id);
        }
    }

    public static FileOwner of(String type, Object id) {
        return new FileOwner(type, id.toString());
    }
}
