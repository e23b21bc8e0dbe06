package org.gigforge.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.gigforge.profile.Employment;
import org.jspecify.annotations.Nullable;

/** A position, kept as first days of months because PostgreSQL has no year-month type. */
@Embeddable
public class EmploymentEntry {

    @Column(nullable = false)
    private String company = "";

    @Column(nullable = false)
    private String role = "";

    @Column(name = "start_month", nullable = false)
    private LocalDate startMonth = LocalDate.EPOCH;

    @Column(name = "end_month")
    private @Nullable LocalDate endMonth;

    protected EmploymentEntry() {}

    EmploymentEntry(Employment employment) {
        this.company = employment.company();
        this.role = employment.role();
        this.startMonth = Objects.requireNonNull(employment.from()).atDay(1);
        YearMonth to = employment.to();
        this.endMonth = to == null ? null : to.atDay(1);
    }

    Employment employment() {
        return new Employment(company, role, YearMonth.from(startMonth), endMonth == null ? null : YearMonth.from(endMonth));
    }
}
