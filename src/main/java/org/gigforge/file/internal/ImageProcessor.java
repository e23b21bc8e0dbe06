package org.gigforge.file.internal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;
import org.gigforge.platform.GigforgeProperties;
import org.gigforge.platform.UserFacingException;

/**
 * Turns an uploaded picture into what is stored: the header is read first and absurd dimensions are refused
 * before a single pixel is decoded (a tiny file can promise gigabytes of pixels); then the picture is decoded,
 * turned upright, scaled and written anew. Re-encoding keeps only the pixels: EXIF (camera, GPS position),
 * comments and anything appended to the file are gone.
 */
public final class ImageProcessor {

    /** Avatars appear small in lists and cards; twice the largest such size keeps them sharp on dense screens. */
    static final int AVATAR_THUMBNAIL_SIZE = 128;
    private static final float JPEG_QUALITY = 0.85f;

    /** A re-encoded picture. */
    public record Rendition(byte[] bytes, String extension, String contentType, int width, int height) {}

    /** The stored picture and its smaller version. */
    public record Result(Rendition image, Rendition thumbnail) {}

    private final GigforgeProperties.Files settings;

    public ImageProcessor(GigforgeProperties.Files settings) {
        this.settings = settings;
    }

    /** The picture formats this runtime can decode, so uploads can be checked (and refused) by them. */
    public static List<ContentFormat> decodableFormats() {
        return List.of(ContentFormat.JPEG, ContentFormat.PNG, ContentFormat.GIF, ContentFormat.WEBP).stream()
                .filter(format -> ImageIO.getImageReadersByFormatName(readerName(format)).hasNext())
                .toList();
    }

    /** A square photo, cropped around the centre, JPEG. */
    public Result avatar(byte[] content, ContentFormat format) {
        int[] size = checkDimensions(content, format);
        int side = Math.min(settings.avatarSize(), Math.min(size[0], size[1]));
        BufferedImage square = decode(content, builder -> builder.crop(Positions.CENTER).size(side, side));
        Rendition image = jpeg(square);
        int thumbnailSide = Math.min(AVATAR_THUMBNAIL_SIZE, side);
        Rendition thumbnail = jpeg(scale(square, thumbnailSide, thumbnailSide));
        return new Result(image, thumbnail);
    }

    /**
     * A picture no larger than the configured longest side; PNG stays PNG (screenshots, logos with
     * transparency), photos become JPEG. The thumbnail is a JPEG of the configured width.
     */
    public Result image(byte[] content, ContentFormat format) {
        int[] size = checkDimensions(content, format);
        int maxSide = settings.imageMaxSide();
        BufferedImage picture = decode(content, builder -> Math.max(size[0], size[1]) > maxSide
                ? builder.size(maxSide, maxSide)
                : builder.scale(1.0));
        boolean lossless = format == ContentFormat.PNG || format == ContentFormat.GIF;
        Rendition image = lossless ? png(picture) : jpeg(picture);
        int thumbnailWidth = Math.min(settings.thumbnailWidth(), picture.getWidth());
        int thumbnailHeight = Math.max(1, Math.round((float) picture.getHeight() * thumbnailWidth / picture.getWidth()));
        Rendition thumbnail = jpeg(scale(picture, thumbnailWidth, thumbnailHeight));
        return new Result(image, thumbnail);
    }

    /** Width and height from the header alone, refused when decoding them would take absurd memory. */
    int[] checkDimensions(byte[] content, ContentFormat format) {
        var readers = ImageIO.getImageReadersByFormatName(readerName(format));
        if (!readers.hasNext()) {
            throw new UserFacingException("file.image.unreadable");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UserFacingException("file.image.unreadable");
            }
            if (width > settings.decodeMaxSide() || height > settings.decodeMaxSide()
                    || (long) width * height > settings.decodeMaxPixels()) {
                throw new UserFacingException("file.image.too-many-pixels", width, height, settings.decodeMaxSide(),
                        settings.decodeMaxPixels() / 1_000_000);
            }
            return new int[] {width, height};
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserFacingException refusal) {
                throw refusal;
            }
            throw new UserFacingException("file.image.unreadable");
        } finally {
            reader.dispose();
        }
    }

    private interface Shaping {
        Thumbnails.Builder<?> apply(Thumbnails.Builder<?> builder);
    }

    /** Decodes (honouring the EXIF orientation, so phone photos stand upright) and shapes the picture. */
    private static BufferedImage decode(byte[] content, Shaping shaping) {
        try {
            return shaping.apply(Thumbnails.of(new ByteArrayInputStream(content)).useExifOrientation(true)).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new UserFacingException("file.image.unreadable");
        }
    }

    private static BufferedImage scale(BufferedImage source, int width, int height) {
        if (source.getWidth() == width && source.getHeight() == height) {
            return source;
        }
        try {
            return Thumbnails.of(source).forceSize(width, height).asBufferedImage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Rendition jpeg(BufferedImage source) {
        BufferedImage image = opaque(source);
        var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        var bytes = new ByteArrayOutputStream();
        try (var output = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), parameters);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return new Rendition(bytes.toByteArray(), "jpg", "image/jpeg", image.getWidth(), image.getHeight());
    }

    private static Rendition png(BufferedImage image) {
        var bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", bytes)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendition(bytes.toByteArray(), "png", "image/png", image.getWidth(), image.getHeight());
    }

    /** JPEG has no transparency: transparent parts become white rather than black. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        } finally {
            graphics.dispose();
        }
        return rgb;
    }

    private static String readerName(ContentFormat format) {
        return format.name().toLowerCase(Locale.ROOT);
    }
}
