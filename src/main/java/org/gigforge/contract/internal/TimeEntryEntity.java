package org.gigforge.contract.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.TimeEntry;
import org.gigforge.contract.TimeEntryId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "contract_time_entry")
public class TimeEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(name = "work_date", nullable = false)
    private LocalDate workDate = LocalDate.EPOCH;

    @Column(nullable = false)
    private int minutes;

    @Column(nullable = false)
    private String memo = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.EPOCH;

    @Column(name = "billed_week_id")
    private @Nullable Long billedWeekId;

    protected TimeEntryEntity() {}

    public TimeEntryEntity(ContractId contract, LocalDate workDate, int minutes, String memo, Instant at) {
        this.contractId = contract.value();
        this.workDate = workDate;
        this.minutes = minutes;
        this.memo = memo;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void change(LocalDate workDate, int minutes, String memo, Instant at) {
        this.workDate = workDate;
        this.minutes = minutes;
        this.memo = memo;
        this.updatedAt = at;
    }

    /** The entry's week was billed: from now on it is part of that bill and read-only. */
    void billed(long weekId) {
        this.billedWeekId = weekId;
    }

    public TimeEntryId id() {
        if (id == null) {
            throw new IllegalStateException("Time entry not saved yet");
        }
        return new TimeEntryId(id);
    }

    public ContractId contractId() {
        return new ContractId(contractId);
    }

    public LocalDate workDate() {
        return workDate;
    }

    public int minutes() {
        return minutes;
    }

    public @Nullable Long billedWeekId() {
        return billedWeekId;
    }

    public TimeEntry entry() {
        return new TimeEntry(id(), workDate, minutes, memo, createdAt, updatedAt);
    }
}
