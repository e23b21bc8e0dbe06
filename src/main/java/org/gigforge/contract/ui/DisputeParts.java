package org.gigforge.contract.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.gigforge.contract.BilledWeek;
import org.gigforge.contract.Contract;
import org.gigforge.contract.Milestone;

/**
 * What the disputes module adds to the contract page (decision 25): "Open a dispute" on funded work, and a link to
 * an open or decided dispute. The contracts module declares it and the disputes module implements it, so contracts
 * never depend on disputes (decision 1). Without an implementation the page simply shows none.
 */
public interface DisputeParts {

    /** Shown with a milestone; {@code changed} shows the page again after something moved. */
    List<Component> milestone(Contract contract, Milestone milestone, Runnable changed);

    /** Shown with a billed week of an hourly contract. */
    List<Component> week(Contract contract, BilledWeek week, Runnable changed);
}
