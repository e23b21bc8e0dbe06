package org.gigforge.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gigforge.billing.BillingDetails;
import org.gigforge.billing.BillingService;
import org.gigforge.billing.InvoiceSummary;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * A member's billing: the details printed on their documents from now on, and every receipt, invoice and credit
 * note issued to them, each downloadable as PDF.
 */
@Route("billing")
@PermitAll
@Menu(title = "nav.billing", order = 15, icon = "vaadin:invoice")
public class BillingView extends VerticalLayout implements HasDynamicTitle {

    BillingView(BillingService billing) {
        addClassName("gf-page");
        setId("billing");
        add(new ViewHeader(getTranslation("nav.billing"), getTranslation("billing.lead")));
        add(detailsForm(billing));

        add(new H2(getTranslation("billing.documents")));
        List<InvoiceSummary> invoices = billing.myInvoices();
        if (invoices.isEmpty()) {
            var empty = new Paragraph(getTranslation("billing.empty"));
            empty.setId("billing-empty");
            add(empty);
        } else {
            add(InvoiceGrid.of(this, invoices, false));
        }
    }

    private Section detailsForm(BillingService billing) {
        var name = new TextField(getTranslation("billing.legal-name"));
        name.setId("billing-legal-name");
        name.setMaxLength(BillingService.MAX_NAME_LENGTH);
        var address = new TextArea(getTranslation("billing.address"));
        address.setId("billing-address");
        address.setMaxLength(BillingService.MAX_ADDRESS_LENGTH);
        var country = new ComboBox<String>(getTranslation("billing.country"));
        country.setId("billing-country");
        Locale display = Formats.locale();
        country.setItems(Stream.of(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(display))).toList());
        country.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(display) + " (" + code + ")");
        var taxId = new TextField(getTranslation("billing.tax-id"));
        taxId.setId("billing-tax-id");
        taxId.setHelperText(getTranslation("billing.tax-id.help"));
        billing.myDetails().ifPresent(details -> {
            name.setValue(details.legalName());
            address.setValue(details.address());
            country.setValue(details.country());
            taxId.setValue(details.taxId() == null ? "" : details.taxId());
        });
        Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("legalName", name, "address", address,
                "country", country, "taxId", taxId);
        var save = new Button(getTranslation("billing.save"), click -> {
            FormErrors.clear(fields);
            try {
                var saved = billing.saveMyDetails(new BillingDetails(name.getValue(), address.getValue(),
                        country.getValue() == null ? "" : country.getValue(), taxId.getValue()));
                taxId.setValue(saved.taxId() == null ? "" : saved.taxId());
                FormErrors.success(getTranslation("billing.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        save.setId("billing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(name, country, address, taxId);
        var section = new Section(new H2(getTranslation("billing.details")),
                new Paragraph(getTranslation("billing.details.help")), form, save);
        section.addClassName("gf-card");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.billing") + " · Gigforge";
    }
}
