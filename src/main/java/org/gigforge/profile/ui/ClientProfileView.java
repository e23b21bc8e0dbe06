package org.gigforge.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Map;
import org.gigforge.account.Role;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;
import org.gigforge.profile.ClientProfileData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.ui.FileUploadField;
import org.gigforge.profile.ProfileService;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Taxonomy;

/** The client's profile: company (optional), a few words about them, and where they are. Shown on their jobs. */
@Route("client/profile")
@RolesAllowed(Role.Names.CLIENT)
@Menu(title = "nav.client-profile", order = 23, icon = "vaadin:building")
public class ClientProfileView extends VerticalLayout implements HasDynamicTitle {

    ClientProfileView(ProfileService profiles, Taxonomy taxonomy, FileService files) {
        addClassName("gf-page");
        setId("client-profile");
        var company = new TextField(getTranslation("profile.company"));
        company.setMaxLength(120);
        company.setHelperText(getTranslation("profile.company.help"));
        company.setId("client-company");
        var description = new TextArea(getTranslation("profile.description"));
        description.setMaxLength(2_000);
        description.setMinHeight("6em");
        description.setId("client-description");
        var place = new ComboBox<Place>(getTranslation("profile.client-place"));
        place.setItems(taxonomy.places().stream().sorted(Comparator.comparing(Place::label)).toList());
        place.setItemLabelGenerator(Place::label);
        place.setId("client-place");

        profiles.myClientProfile().ifPresent(data -> {
            company.setValue(data.companyName() == null ? "" : data.companyName());
            description.setValue(data.description() == null ? "" : data.description());
            taxonomy.place(data.city(), data.countryCode()).ifPresent(place::setValue);
        });

        Map<String, HasValidation> fields = Map.of("companyName", company, "description", description, "place", place,
                "city", place, "countryCode", place);
        var save = new Button(getTranslation("profile.save"), click -> {
            FormErrors.clear(fields);
            Place chosen = place.getValue();
            try {
                profiles.saveMyClientProfile(new ClientProfileData(company.getValue(), description.getValue(),
                        chosen == null ? "" : chosen.city(), chosen == null ? "" : chosen.countryCode()));
                FormErrors.success(getTranslation("profile.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-save");

        var form = new FormLayout(company, place, description);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        form.addClassName("gf-card");
        var logo = new FileUploadField(files, FileKind.IMAGE);
        logo.setLabel(getTranslation("profile.logo"));
        logo.setId("client-logo");
        var preview = new Image();
        preview.addClassName("gf-logo");
        preview.setId("client-logo-preview");
        Runnable showLogo = () -> profiles.myClientCard().ifPresentOrElse(card -> {
            preview.setSrc(card.logoUrl() == null ? "" : card.logoUrl());
            preview.setVisible(card.logoUrl() != null);
        }, () -> preview.setVisible(false));
        showLogo.run();
        logo.addUploadedListener(file -> {
            try {
                profiles.setMyLogo(file.id());
                showLogo.run();
                FormErrors.success(getTranslation("profile.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of());
            }
        });
        var logoCard = new Div(preview, logo);
        logoCard.addClassName("gf-card");
        add(new ViewHeader(getTranslation("nav.client-profile"), getTranslation("profile.client.lead")), form, save, logoCard);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.client-profile") + " · Gigforge";
    }
}
