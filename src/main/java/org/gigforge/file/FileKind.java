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
     * uploaded, pictures re-encoded like {@link #IMAGE}s, so nothing hidden in them (e.g. where a photo was taken)
     * reaches a client the freelancer has not worked with; private like documents.
     */
    ATTACHMENT,
    /**
     * Delivered work (a milestone submission): a document or a picture, kept exactly as uploaded (a delivered
     * logo must not be re-encoded) and private like a document; it is stored, and reported, as a {@link #DOCUMENT}.
     */
    WORK;

    /** Public files are served to anyone under content-hashed addresses and cached for good. */
    public boolean isPublic() {
        return this == AVATAR || this == IMAGE;
    }
}
