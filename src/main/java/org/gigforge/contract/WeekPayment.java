package org.gigforge.contract;

import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The timesheet after the client paid an unpaid week, and, when the provider takes the payment on its page, where. */
public record WeekPayment(Timesheet timesheet, @Nullable URI payAt) {}
