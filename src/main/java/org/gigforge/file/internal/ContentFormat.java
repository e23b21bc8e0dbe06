package org.gigforge.file.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The formats uploads may have, as recognised from their bytes, with the extensions a file of that format may
 * keep and the content type each extension is served with (the first extension is the format's default).
 */
public enum ContentFormat {
    JPEG("jpg", "image/jpeg", "jpeg", "image/jpeg"),
    PNG("png", "image/png"),
    GIF("gif", "image/gif"),
    WEBP("webp", "image/webp"),
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PPTX("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    ODP("odp", "application/vnd.oasis.opendocument.presentation"),
    /** Word, Excel and PowerPoint 97-2003 share one container format (OLE2); the extension tells them apart. */
    OLE2("doc", "application/msword", "xls", "application/vnd.ms-excel", "ppt", "application/vnd.ms-powerpoint"),
    ZIP("zip", "application/zip"),
    TEXT("txt", "text/plain;charset=UTF-8", "md", "text/markdown;charset=UTF-8", "csv", "text/csv;charset=UTF-8");

    private final Map<String, String> contentTypes = new LinkedHashMap<>();

    ContentFormat(String... extensionsAndTypes) {
        for (int i = 0; i < extensionsAndTypes.length; i += 2) {
            contentTypes.put(extensionsAndTypes[i], extensionsAndTypes[i + 1]);
        }
    }

    /** The extensions a file of this format may keep; the first is given to names without one of them. */
    public List<String> extensions() {
        return List.copyOf(contentTypes.keySet());
    }

    /** The content type to serve a file of this format with, by its (already checked) extension. */
    public String contentType(String extension) {
        String type = contentTypes.get(extension);
        return type != null ? type : contentTypes.values().iterator().next();
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }
}
