package org.gigforge.payment.internal.stripe;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** True when a Stripe secret key is configured: then Stripe moves the money, otherwise the demo provider does. */
public final class StripeEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return enabled(context);
    }

    static boolean enabled(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty(StripeProperties.SECRET_KEY));
    }

    /** The opposite, for the demo provider. */
    public static final class Disabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !enabled(context);
        }
    }
}
