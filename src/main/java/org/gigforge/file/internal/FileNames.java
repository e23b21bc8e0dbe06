package org.gigforge.file.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;

/**
 * File names as users gave them, made safe to show and to offer as a download name: no folders, no control or
 * reserved characters, a bounded length, and an extension that matches what the content really is (a PDF
 * named {@code cv.exe} is offered as {@code cv.exe.pdf}).
 */
public final class FileNames {

    static final int MAX_LENGTH = 120;

    private FileNames() {}

    public static String clean(String originalName, ContentFormat format) {
        return withExtension(base(originalName), format.extensions());
    }

    /** For re-encoded images: the extension of what is stored, whatever the upload was called. */
    public static String withStoredExtension(String originalName, String extension) {
        String name = base(originalName);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return fit(stem, extension);
    }

    /**
     * A {@code Content-Disposition} header offering the file as a download: the UTF-8 name for every browser of
     * today ({@code filename*}, RFC 6266), and a plain-ASCII look-alike for old clients. Header values are
     * Latin-1 on the wire, so the plain name must not carry anything else.
     */
    public static String attachment(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The extension of a cleaned name, lower case, or empty. */
    public static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private static String withExtension(String name, java.util.List<String> allowed) {
        String extension = extension(name);
        if (allowed.contains(extension)) {
            int dot = name.lastIndexOf('.');
            return fit(name.substring(0, dot), extension);
        }
        return fit(name, allowed.getFirst());
    }

    private static String base(String originalName) {
        String name = Normalizer.normalize(originalName, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        var cleaned = new StringBuilder();
        name.codePoints()
                .map(c -> Character.isISOControl(c) || "<>:\"|?*".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT
                        ? '_' : Character.isWhitespace(c) ? ' ' : c)
                .forEach(cleaned::appendCodePoint);
        // No leading dots (hidden files) and no trailing dots or spaces (Windows drops them).
        String result = cleaned.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+|[. ]+$", "");
        return result.isEmpty() ? "file" : result;
    }

    private static String fit(String stem, String extension) {
        String cleanStem = stem.replaceAll("[. ]+$", "");
        if (cleanStem.isEmpty()) {
            cleanStem = "file";
        }
        int room = MAX_LENGTH - extension.length() - 1;
        if (cleanStem.codePointCount(0, cleanStem.length()) > room) {
            cleanStem = cleanStem.substring(0, cleanStem.offsetByCodePoints(0, room)).strip();
        }
        return cleanStem + "." + extension;
    }
}
