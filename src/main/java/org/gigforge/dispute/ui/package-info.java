/** The dispute page of the parties, the admin's disputes grid and decision view, and the contract page's dispute parts. */
@NullMarked
package org.gigforge.dispute.ui;

import org.jspecify.annotations.NullMarked;
