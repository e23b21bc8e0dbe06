package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.gigforge.job.JobType;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;

/** How a contract is paid: fixed price (in milestones) or an hourly rate with a weekly cap; the same on offer and contract. */
@Embeddable
public class ContractTerms {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JobType type = JobType.FIXED;

    @Column(nullable = false)
    private String currency = "USD";

    @Column(name = "hourly_rate_minor")
    private @Nullable Long hourlyRateMinor;

    @Column(name = "weekly_cap_hours")
    private @Nullable Integer weeklyCapHours;

    protected ContractTerms() {}

    ContractTerms(JobType type, String currency, @Nullable Money hourlyRate, @Nullable Integer weeklyCapHours) {
        this.type = type;
        this.currency = currency;
        this.hourlyRateMinor = hourlyRate == null ? null : hourlyRate.minorUnits();
        this.weeklyCapHours = weeklyCapHours;
    }

    public JobType type() {
        return type;
    }

    public String currency() {
        return currency;
    }

    public @Nullable Money hourlyRate() {
        return hourlyRateMinor == null ? null : Money.of(hourlyRateMinor, currency);
    }

    public @Nullable Integer weeklyCapHours() {
        return weeklyCapHours;
    }
}
