/**
 * Mail: every mail the application writes (verification, password reset, notifications, the unread message
 * digest) is rendered from a small template, stored and sent by a background job with retries, over SMTP or into
 * the stored outbox of the embedded mode. Bounced and complaining addresses are suppressed; non-essential mail
 * carries a one-click unsubscribe link. See docs/decisions/0021-email.md.
 */
@NullMarked
@ApplicationModule(displayName = "Mail")
package org.gigforge.mail;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
