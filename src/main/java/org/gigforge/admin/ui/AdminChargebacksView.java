package org.gigforge.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.payment.Chargeback;
import org.gigforge.payment.ChargebackService;
import org.gigforge.payment.ContractRefs;
import org.gigforge.payment.ui.ContractRefColumn;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * Card chargebacks: the contracts they froze, frozen ones first. An admin lifts a freeze with a note once the bank's
 * case is settled; one the bank decided for the platform was lifted by itself.
 */
@Route("admin/chargebacks")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.chargebacks", order = 96.5, icon = "vaadin:credit-card")
public class AdminChargebacksView extends VerticalLayout implements HasDynamicTitle {

    private final transient ChargebackService chargebacks;
    private final Grid<Chargeback> grid = new Grid<>();
    private final Span total = new Span();

    AdminChargebacksView(ChargebackService chargebacks) {
        this.chargebacks = chargebacks;
        addClassName("gf-page");
        total.addClassName("gf-muted");
        total.setId("chargeback-count");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ContractRefColumn.renderer(Chargeback::contractRef)).setHeader(getTranslation("chargeback.contract"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> Formats.money(c.disputed())).setHeader(getTranslation("chargeback.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Chargeback::reason).setHeader(getTranslation("chargeback.reason")).setFlexGrow(2);
        grid.addColumn(c -> Formats.dateTime(c.frozenAt())).setHeader(getTranslation("chargeback.frozen-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::state)).setHeader(getTranslation("job.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> c.liftNote() == null ? "" : c.liftNote()).setHeader(getTranslation("chargeback.note"))
                .setFlexGrow(2);
        grid.addColumn(new ComponentRenderer<>(this::action)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> chargebacks.chargebacks(query.getOffset(), query.getLimit()).stream(),
                query -> {
                    int count = (int) chargebacks.countChargebacks();
                    total.setText(getTranslation("chargeback.total", count));
                    return count;
                });
        grid.setSizeFull();
        grid.setId("admin-chargebacks");
        add(new ViewHeader(getTranslation("nav.admin.chargebacks"), getTranslation("chargeback.lead")), total, grid);
        setSizeFull();
        setFlexGrow(1, grid);
    }

    private Span state(Chargeback c) {
        return c.frozen() ? Chips.badge(getTranslation("chargeback.frozen"), "disputed")
                : Chips.badge(getTranslation(c.liftedBy() == null ? "chargeback.lifted.bank" : "chargeback.lifted",
                        Formats.date(c.liftedAt())), "released");
    }

    private Component action(Chargeback c) {
        if (!c.frozen()) {
            return new Span();
        }
        var lift = new Button(getTranslation("chargeback.lift"), click -> openLift(c));
        lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
        lift.setId("chargeback-lift-" + c.contractRef());
        return lift;
    }

    private void openLift(Chargeback c) {
        var dialog = new Dialog(getTranslation("chargeback.lift.title", contractLabel(c)));
        var note = new TextArea(getTranslation("chargeback.note"));
        note.setHelperText(getTranslation("chargeback.note.help"));
        note.setMaxLength(ChargebackService.MAX_NOTE);
        note.setWidthFull();
        note.setId("chargeback-note");
        var confirm = new Button(getTranslation("chargeback.lift"), click -> {
            try {
                chargebacks.lift(c.contractRef(), note.getValue());
                dialog.close();
                FormErrors.success(getTranslation("chargeback.lifted.done", contractLabel(c)));
                grid.getDataProvider().refreshAll();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("note", note));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("chargeback-lift-confirm");
        var cancel = new Button(getTranslation("time.cancel"), click -> dialog.close());
        dialog.add(new Paragraph(getTranslation("chargeback.lift.explain")), note);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private static String contractLabel(Chargeback c) {
        return ContractRefs.label(c.contractRef());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.chargebacks") + " · Gigforge";
    }
}
