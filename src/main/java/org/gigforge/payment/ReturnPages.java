package org.gigforge.payment;

/**
 * Where the provider's payment page sends the client back, as paths of this application (such as
 * {@code /contracts/7?payment=done}): after paying, or after giving up. The provider makes them absolute with the
 * address members reach the application at.
 */
public record ReturnPages(String successPath, String cancelPath) {

    public ReturnPages {
        if (!successPath.startsWith("/") || !cancelPath.startsWith("/") || successPath.startsWith("//")
                || cancelPath.startsWith("//")) {
            throw new IllegalArgumentException("Return pages are paths of this application: " + successPath + ", "
                    + cancelPath);
        }
    }
}
