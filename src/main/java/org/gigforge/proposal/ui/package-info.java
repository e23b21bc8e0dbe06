/** Proposal views: apply to a job, the freelancer's own proposals, the client's received ones; and the block other modules' pages reuse to show a proposal's milestones and files. */
@NullMarked
@NamedInterface("ui")
package org.gigforge.proposal.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
