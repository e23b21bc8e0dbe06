package org.gigforge.profile;

import org.jspecify.annotations.Nullable;

/** What anyone may see about a client next to their jobs: who, where, and whether their payment method is verified. */
public record ClientCard(@Nullable String companyName, @Nullable String description, String city, String countryCode,
        boolean paymentVerified, @Nullable String logoUrl) {}
