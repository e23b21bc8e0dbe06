/**
 * Disputes about money in protection: either party of a contract opens one on a funded milestone or a billed week
 * in review, the other side answers within a deadline, an admin decides release, refund or split with a written
 * decision. The money stays frozen meanwhile. See docs/decisions/0025-disputes.md.
 */
@NullMarked
@ApplicationModule(displayName = "Disputes")
package org.gigforge.dispute;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
