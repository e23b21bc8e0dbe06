package org.gigforge.file.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells what a file is from its bytes, never from its name or the type a browser declared: a script named
 * {@code photo.png} is not a PNG. Archives are inspected through their directory only, never unpacked.
 */
public final class ContentSniffer {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Enough of an archive's small descriptor entries to recognise an office document. */
    private static final int MAX_DESCRIPTOR_BYTES = 256 * 1024;
    private static final int MAX_ARCHIVE_ENTRIES = 20_000;

    private ContentSniffer() {}

    public static Optional<ContentFormat> detect(byte[] content) {
        if (content.length == 0) {
            return Optional.empty();
        }
        if (startsWith(content, 0, JPEG)) {
            return Optional.of(ContentFormat.JPEG);
        }
        if (startsWith(content, 0, PNG)) {
            return Optional.of(ContentFormat.PNG);
        }
        if (startsWith(content, 0, GIF87) || startsWith(content, 0, GIF89)) {
            return Optional.of(ContentFormat.GIF);
        }
        if (startsWith(content, 0, RIFF) && startsWith(content, 8, WEBP)) {
            return Optional.of(ContentFormat.WEBP);
        }
        if (startsWith(content, 0, PDF)) {
            return Optional.of(ContentFormat.PDF);
        }
        if (startsWith(content, 0, OLE2)) {
            return Optional.of(ContentFormat.OLE2);
        }
        if (startsWith(content, 0, ZIP)) {
            return archive(content);
        }
        return isUtf8Text(content) ? Optional.of(ContentFormat.TEXT) : Optional.empty();
    }

    private static boolean startsWith(byte[] content, int offset, byte[] magic) {
        return content.length >= offset + magic.length
                && Arrays.equals(content, offset, offset + magic.length, magic, 0, magic.length);
    }

    /** Plain text: valid UTF-8 without NUL bytes (binary formats are full of them). */
    static boolean isUtf8Text(byte[] content) {
        int start = startsWith(content, 0, UTF8_BOM) ? UTF8_BOM.length : 0;
        for (int i = start; i < content.length; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * A zip archive, or one of the office formats built on zip: OOXML (docx, xlsx, pptx) names its main part in
     * {@code [Content_Types].xml}, OpenDocument (odt, ods, odp) in a {@code mimetype} entry. The archive goes
     * through a temporary file because only {@link ZipFile} reads the directory without inflating every entry.
     */
    private static Optional<ContentFormat> archive(byte[] content) {
        Path temporary = null;
        try {
            temporary = Files.createTempFile("gigforge-upload-", ".zip");
            Files.write(temporary, content);
            try (var zip = new ZipFile(temporary.toFile())) {
                if (zip.size() == 0 || zip.size() > MAX_ARCHIVE_ENTRIES) {
                    return Optional.empty();
                }
                String contentTypes = entryText(zip, "[Content_Types].xml");
                String mimetype = entryText(zip, "mimetype").strip();
                if (contentTypes.contains("officedocument.wordprocessingml.document.main+xml") && hasFolder(zip, "word/")) {
                    return Optional.of(ContentFormat.DOCX);
                }
                if (contentTypes.contains("officedocument.spreadsheetml.sheet.main+xml") && hasFolder(zip, "xl/")) {
                    return Optional.of(ContentFormat.XLSX);
                }
                if (contentTypes.contains("officedocument.presentationml.presentation.main+xml") && hasFolder(zip, "ppt/")) {
                    return Optional.of(ContentFormat.PPTX);
                }
                return Optional.of(switch (mimetype) {
                    case "application/vnd.oasis.opendocument.text" -> ContentFormat.ODT;
                    case "application/vnd.oasis.opendocument.spreadsheet" -> ContentFormat.ODS;
                    case "application/vnd.oasis.opendocument.presentation" -> ContentFormat.ODP;
                    default -> ContentFormat.ZIP;
                });
            }
        } catch (IOException | IllegalArgumentException e) {
            // Not a readable archive (broken directory, bad entry names): refused like any unknown content.
            return Optional.empty();
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The temporary folder is cleaned by the system.
                }
            }
        }
    }

    private static String entryText(ZipFile zip, String name) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null || entry.isDirectory()) {
            return "";
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(MAX_DESCRIPTOR_BYTES), StandardCharsets.UTF_8);
        }
    }

    private static boolean hasFolder(ZipFile zip, String prefix) {
        return zip.stream().limit(MAX_ARCHIVE_ENTRIES).anyMatch(entry -> entry.getName().startsWith(prefix));
    }
}
