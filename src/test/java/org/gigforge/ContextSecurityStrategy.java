package org.gigforge;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Points {@link SecurityContextHolder} at the security-context strategy of the test's own
 * application context before each test.
 *
 * <p>Vaadin installs its session-aware strategy globally whenever an application context starts. A
 * test that starts another context in the same JVM (for example one that restarts the app) leaves the
 * global holder on that other context's strategy, while the cached shared context's method security
 * and {@code AuthenticationContext} keep reading their own: {@link TestAccounts#signInAs} would then
 * sign in where nobody looks. Use with {@code @ExtendWith(ContextSecurityStrategy.class)}.
 */
public final class ContextSecurityStrategy implements BeforeEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        var strategy = SpringExtension.getApplicationContext(context).getBean(SecurityContextHolderStrategy.class);
        if (SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }
}
