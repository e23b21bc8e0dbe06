package org.gigforge.subscription;

import java.net.URI;

/** What subscribing did: the plan runs at once (demo mode), or the member pays on the provider's page first. */
public sealed interface Subscribing {

    record Activated(MySubscription subscription) implements Subscribing {}

    /** The provider's payment page; the plan starts when the provider reports the subscription. */
    record PayAt(URI page) implements Subscribing {}
}
