package org.gigforge.file;

/** What an upload is for; decides which contents are accepted, how big they may be and who may read them. */
public enum FileKind {
    /** A profile photo: re-encoded, cropped to a square, public. */
    AVATAR,
    /** A portfolio or other picture: re-encoded, with a thumbnail, public. */
    IMAGE,
    /** A resume, a job attachment: kept as uploaded, readable only as the owner's read policy allows. */
    DOCUMENT,
    /**
     * A document or a picture shared with a few members (a proposal's attachments): documents are kept as
     * uploaded, pictures re-encoded like {@link #IMAGE}s; private like documents.
     */
    ATTACHMENT;

    /** Public files are served to anyone under content-hashed addresses and cached for good. */
    public boolean isPublic() {
        return this == AVATAR || this == IMAGE;
    }
}
