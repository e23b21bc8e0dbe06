package org.gigforge.contract.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TimeEntryRepository extends JpaRepository<TimeEntryEntity, Long> {

    /** Every entry of a contract, newest day first (and within a day the latest logged first). */
    @Query("select e from TimeEntryEntity e where e.contractId = :contract order by e.workDate desc, e.id desc")
    List<TimeEntryEntity> findByContract(long contract);

    /** The contract's entries of one week that are not billed yet. */
    @Query("""
            select e from TimeEntryEntity e where e.contractId = :contract and e.billedWeekId is null
            and e.workDate >= :weekStart and e.workDate < :weekEnd order by e.workDate, e.id""")
    List<TimeEntryEntity> findUnbilled(long contract, LocalDate weekStart, LocalDate weekEnd);

    /** Contracts and days with time not billed yet, before the given day: what the billing job has to bill. */
    @Query("""
            select distinct e.contractId, e.workDate from TimeEntryEntity e
            where e.billedWeekId is null and e.workDate < :before""")
    List<Object[]> findUnbilledDaysBefore(LocalDate before);

    /** The contract's days with time not billed yet. */
    @Query("select distinct e.workDate from TimeEntryEntity e where e.contractId = :contract and e.billedWeekId is null")
    List<LocalDate> findUnbilledDays(long contract);
}
