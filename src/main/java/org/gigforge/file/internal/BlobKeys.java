package org.gigforge.file.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Blob names. Public images are named by the SHA-256 of their bytes: the same picture is stored once, and its
 * address changes whenever its content does, so it can be cached for good. Private documents are named by
 * their file's random id: equal names must not reveal that two members uploaded the same document.
 */
public final class BlobKeys {

    private BlobKeys() {}

    public static String publicKey(byte[] content, String extension) {
        return "public/" + sha256(content) + "." + extension;
    }

    public static String privateKey(UUID fileId) {
        return "private/" + fileId;
    }

    /** The content hash, lower-case hex. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
