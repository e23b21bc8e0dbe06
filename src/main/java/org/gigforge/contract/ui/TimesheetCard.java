package org.gigforge.contract.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gigforge.contract.BilledWeek;
import org.gigforge.contract.BilledWeekState;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.TimeEntry;
import org.gigforge.contract.TimeEntryDraft;
import org.gigforge.contract.Timesheet;
import org.gigforge.contract.TimesheetService;
import org.gigforge.contract.TimesheetWeek;
import org.gigforge.payment.FeeBreakdown;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.jspecify.annotations.Nullable;

/**
 * The "Time" section of an hourly contract: the open week's entries with the total and what is left under
 * the weekly cap, the freelancer's log, edit and delete, and the earlier weeks with how each was billed; the
 * client disputes a week in review. Every button asks {@link TimesheetService}, which checks again.
 */
public class TimesheetCard extends Div {

    private final transient TimesheetService timesheets;
    private final ContractId contract;
    private final boolean client;
    private final boolean freelancer;
    private final Runnable changed;
    private final java.util.function.Function<BilledWeek, List<com.vaadin.flow.component.Component>> weekParts;

    /**
     * @param changed called after anything moved, so the page can show the new history and payments
     * @param weekParts what other modules show with a billed week (the disputes module's "Open a dispute")
     */
    public TimesheetCard(TimesheetService timesheets, ContractId contract, boolean client, boolean freelancer,
            Runnable changed, java.util.function.Function<BilledWeek, List<com.vaadin.flow.component.Component>> weekParts) {
        this.weekParts = weekParts;
        this.timesheets = timesheets;
        this.contract = contract;
        this.client = client;
        this.freelancer = freelancer;
        this.changed = changed;
        addClassName("gf-card");
        setId("contract-time");
        show(timesheets.timesheet(contract));
    }

    private void show(Timesheet sheet) {
        removeAll();
        add(new H2(getTranslation("time.title")));
        var rules = new Paragraph(getTranslation("time.rules", sheet.reviewWindow().toDays()));
        rules.addClassName("gf-muted");
        add(rules);

        var week = sheet.current();
        add(heading(getTranslation("time.this-week", Formats.date(week.start()), Formats.date(week.end()))));
        var summary = new Paragraph(getTranslation("time.summary", hours(week.minutes()), hours(sheet.minutesLeft()),
                sheet.weeklyCapMinutes() / 60));
        summary.setId("time-summary");
        add(summary);
        if (week.minutes() > 0) {
            add(money(week.fees(), "time-money"));
        }
        if (sheet.canLog()) {
            var log = new Button(getTranslation("time.log"), VaadinIcon.PLUS.create(), click -> edit(sheet, null));
            log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            log.setId("time-log");
            log.setEnabled(sheet.minutesLeft() >= TimeEntryDraft.MIN_MINUTES);
            add(log);
        } else if (freelancer) {
            var closed = new Paragraph(getTranslation("time.closed"));
            closed.addClassName("gf-muted");
            add(closed);
        }
        var list = entries(week.entries(), sheet.canLog() ? sheet : null);
        list.setId("time-entries");
        add(list);
        if (week.entries().isEmpty()) {
            list.add(new Paragraph(getTranslation("time.none")));
        }

        if (!sheet.past().isEmpty()) {
            add(heading(getTranslation("time.earlier")));
            var past = new Div();
            past.setId("time-weeks");
            sheet.past().forEach(w -> past.add(pastWeek(w)));
            add(past);
        }
    }

    private static H3 heading(String text) {
        var heading = new H3(text);
        heading.addClassName("gf-time-heading");
        return heading;
    }

    private Div entries(List<TimeEntry> entries, @Nullable Timesheet editable) {
        var list = new Div();
        list.addClassName("gf-time-entries");
        for (TimeEntry entry : entries) {
            var day = new Span(Formats.date(entry.workDate()));
            day.addClassName("gf-time-day");
            var length = new Span(hours(entry.minutes()) + " h");
            length.addClassName("gf-time-hours");
            var memo = new Span(entry.memo());
            memo.addClassName("gf-time-memo");
            var row = new Div(day, length, memo);
            row.addClassName("gf-time-entry");
            row.setId("time-entry-" + entry.id());
            if (editable != null) {
                var change = new Button(VaadinIcon.EDIT.create(), click -> edit(editable, entry));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                change.setAriaLabel(getTranslation("time.edit"));
                change.setTooltipText(getTranslation("time.edit"));
                change.setId("time-edit-" + entry.id());
                var delete = new Button(VaadinIcon.TRASH.create(), click -> confirm(
                        getTranslation("time.delete.confirm", Formats.date(entry.workDate()), hours(entry.minutes())),
                        () -> timesheets.deleteTime(entry.id())));
                delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
                delete.setAriaLabel(getTranslation("time.delete"));
                delete.setTooltipText(getTranslation("time.delete"));
                delete.setId("time-delete-" + entry.id());
                row.add(change, delete);
            }
            list.add(row);
        }
        return list;
    }

    private Div pastWeek(TimesheetWeek week) {
        var range = new Span(getTranslation("time.week.range", Formats.date(week.start()), Formats.date(week.end())));
        range.addClassName("gf-history-role");
        var length = new Span(hours(week.minutes()) + " h");
        var amount = new Span(Formats.money(week.fees().price()));
        amount.addClassName("gf-job-terms");
        var line = new Div(range, Chips.dot(), length, Chips.dot(), amount, Chips.dot(), state(week.billing()));
        line.addClassName("gf-job-meta");
        var row = new Div(line);
        row.addClassName("gf-invitation");
        row.setId("time-week-" + week.start());
        row.add(money(week.fees(), "time-week-money-" + week.start()));
        BilledWeek billing = week.billing();
        if (billing != null && billing.disputeReason() != null) {
            var reason = new Paragraph(getTranslation("time.dispute.reason-shown", billing.disputeReason()));
            reason.addClassName("gf-cover-letter");
            row.add(reason);
        }
        if (!week.entries().isEmpty()) {
            var details = new Details(getTranslation("time.entries", week.entries().size()), entries(week.entries(), null));
            details.setId("time-week-entries-" + week.start());
            row.add(details);
        }
        if (billing != null && billing.state() == BilledWeekState.UNPAID) {
            row.add(unpaid(billing, week.fees()));
        }
        if (billing != null) {
            weekParts.apply(billing).forEach(row::add);
        }
        return row;
    }

    /**
     * An unpaid week says what happened; the client pays it here: at once with the demo provider, otherwise on the
     * provider's payment page, which returns to this contract.
     */
    private Div unpaid(BilledWeek billing, FeeBreakdown fees) {
        var note = new Paragraph(getTranslation(client ? "time.week.unpaid.client" : "time.week.unpaid.other"));
        note.addClassName("gf-muted");
        var box = new Div(note);
        if (client) {
            var pay = new Button(getTranslation("time.week.pay", Formats.money(fees.clientPays())), click -> {
                try {
                    var payment = timesheets.payWeek(billing.id());
                    if (payment.payAt() != null) {
                        getUI().ifPresent(ui -> ui.getPage().setLocation(payment.payAt()));
                    } else {
                        show(payment.timesheet());
                        changed.run();
                    }
                } catch (UserFacingException refused) {
                    FormErrors.show(this, refused, Map.of());
                }
            });
            pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            pay.setDisableOnClick(true);
            pay.setId("time-week-pay-" + billing.id());
            box.add(pay);
        }
        return box;
    }

    private Span state(@Nullable BilledWeek billing) {
        if (billing == null) {
            return Chips.badge(getTranslation("time.week.unbilled"), "unfunded");
        }
        return switch (billing.state()) {
            case IN_REVIEW -> Chips.badge(getTranslation("time.week.IN_REVIEW", Formats.dateTime(billing.reviewEndsAt())), "submitted");
            case RELEASED -> Chips.badge(getTranslation("time.week.RELEASED", Formats.date(billing.decidedAt())), "released");
            case DISPUTED -> Chips.badge(getTranslation("time.week.DISPUTED"), "disputed");
            case UNPAID -> Chips.badge(getTranslation("time.week.UNPAID"), "disputed");
            case REFUNDED -> Chips.badge(getTranslation("time.week.REFUNDED", Formats.date(billing.decidedAt())), "refunded");
            case SPLIT -> Chips.badge(getTranslation("time.week.SPLIT", Formats.date(billing.decidedAt())), "released");
        };
    }

    /** What the amount means for whoever is looking: the client's total with the fee, or what the freelancer keeps. */
    private Paragraph money(FeeBreakdown fees, String id) {
        String text = client ? getTranslation("time.money.client", Formats.money(fees.clientPays()))
                : freelancer ? getTranslation("time.money.freelancer", Formats.money(fees.freelancerReceives()))
                : getTranslation("time.money.admin", Formats.money(fees.clientPays()), Formats.money(fees.freelancerReceives()));
        var line = new Paragraph(text);
        line.addClassName("gf-muted");
        line.setId(id);
        return line;
    }

    /** The dialog to log time (entry null) or change an entry of the open week. */
    private void edit(Timesheet sheet, @Nullable TimeEntry entry) {
        var dialog = new Dialog(getTranslation(entry == null ? "time.log" : "time.edit"));
        dialog.setId("time-dialog");
        var day = new DatePicker(getTranslation("time.date"));
        day.setI18n(new DatePicker.DatePickerI18n().setFirstDayOfWeek(1));
        day.setMin(sheet.firstLoggable());
        day.setMax(sheet.lastLoggable());
        day.setValue(entry != null ? entry.workDate() : defaultDay(sheet));
        day.setHelperText(getTranslation("time.date.helper"));
        day.setRequiredIndicatorVisible(true);
        day.setId("time-date");
        var duration = new DurationField(getTranslation("time.duration"), "time-duration");
        duration.setValue(entry != null ? entry.minutes() : null);
        duration.setHelperText(getTranslation("time.duration.helper", hours(sheet.minutesLeft()
                + (entry != null ? entry.minutes() : 0))));
        duration.setRequiredIndicatorVisible(true);
        duration.setId("time-duration");
        var memo = new TextArea(getTranslation("time.memo"));
        memo.setMaxLength(TimeEntryDraft.MAX_MEMO);
        memo.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        memo.setHelperText(getTranslation("time.memo.helper", TimeEntryDraft.MAX_MEMO));
        memo.addValueChangeListener(e -> memo.setHelperText(getTranslation("time.memo.left",
                TimeEntryDraft.MAX_MEMO - e.getValue().length())));
        memo.setRequiredIndicatorVisible(true);
        memo.setWidthFull();
        memo.setValue(entry != null ? entry.memo() : "");
        memo.setId("time-memo");
        var form = new Div(day, duration, memo);
        form.addClassName("gf-time-form");
        dialog.add(form);

        Map<String, HasValidation> fields = Map.of("workDate", day, "minutes", duration, "memo", memo);
        var save = new Button(getTranslation("time.save"), click -> {
            FormErrors.clear(fields);
            var draft = new TimeEntryDraft(day.getValue(), duration.getValue(), memo.getValue());
            try {
                Timesheet after = entry == null ? timesheets.logTime(contract, draft) : timesheets.editTime(entry.id(), draft);
                dialog.close();
                show(after);
                changed.run();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("time-save");
        var cancel = new Button(getTranslation("time.cancel"), click -> dialog.close());
        cancel.setId("time-cancel");
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    private void confirm(String text, Supplier<Timesheet> command) {
        var dialog = new ConfirmDialog(getTranslation("contract.confirm.title"), text, getTranslation("contract.confirm.yes"),
                e -> {
                    try {
                        show(command.get());
                        changed.run();
                    } catch (UserFacingException refused) {
                        FormErrors.show(this, refused, Map.of());
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("contract.confirm.no"));
        dialog.setId("time-confirm");
        dialog.open();
    }

    /** The viewer's today where they are, within the days that may be logged now. */
    private static LocalDate defaultDay(Timesheet sheet) {
        LocalDate local = LocalDate.ofInstant(sheet.asOf(), Formats.zone());
        if (local.isBefore(sheet.firstLoggable())) {
            return sheet.firstLoggable();
        }
        return local.isAfter(sheet.lastLoggable()) ? sheet.lastLoggable() : local;
    }

    /** "12:05": hours and minutes, the way timesheets show them. */
    static String hours(int minutes) {
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }
}
