/** Proposal views: apply to a job, and the freelancer's own proposals. */
@NullMarked
package org.gigforge.proposal.ui;

import org.jspecify.annotations.NullMarked;
