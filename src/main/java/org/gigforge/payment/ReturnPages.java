package org.gigforge.payment;

import java.net.URI;

/** Where the provider's payment page sends the client back: after paying, or after giving up. */
public record ReturnPages(URI success, URI cancel) {}
