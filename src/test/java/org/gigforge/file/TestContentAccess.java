package org.gigforge.file;

/** Lets tests in other packages use {@link TestContent}. */
public final class TestContentAccess {

    private TestContentAccess() {}

    public static byte[] png(int width, int height) {
        return TestContent.png(width, height);
    }

    public static byte[] pdf() {
        return TestContent.pdf();
    }

    public static byte[] shellScript() {
        return TestContent.shellScript();
    }
}
