package org.gigforge.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.SignInRecord;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.AccountPageSection;
import org.gigforge.platform.ui.Chips;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/**
 * The member's own account: whether the address is verified, name, password, roles, recent sign-ins, and the
 * sections other modules add (notification preferences).
 */
@Route("account")
@RouteAlias("settings")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final transient AccountService accounts;
    private final transient AccountEmails emails;

    AccountView(AccountService accounts, AccountEmails emails, List<AccountPageSection> sections) {
        this.accounts = accounts;
        this.emails = emails;
        addClassNames("gf-page", "gf-account-page");
        AccountSummary me = accounts.currentAccount();
        add(new ViewHeader(getTranslation("nav.account"), null));
        if (!emails.emailVerified()) {
            add(verifyBanner(me));
        }
        add(nameSection(me), passwordSection(), rolesSection(me));
        sections.stream().sorted(Comparator.comparingInt(AccountPageSection::order))
                .forEach(section -> add(section.create()));
        add(signInsSection());
    }

    /** Until the address is confirmed, mails other than verification and password reset are not sent. */
    private Section verifyBanner(AccountSummary me) {
        var again = new Button(getTranslation("account.verify.again"), click -> {
            try {
                emails.resendVerification();
                FormErrors.success(getTranslation("account.verify.sent", me.email()));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of());
            }
        });
        again.setId("account-verify-again");
        var banner = new Section(new Paragraph(getTranslation("account.verify.banner", me.email())), again);
        banner.addClassNames("gf-card", "gf-verify-banner");
        banner.setId("account-verify-banner");
        return banner;
    }

    private Section nameSection(AccountSummary me) {
        var name = new TextField(getTranslation("account.name"));
        name.setValue(me.name());
        name.setMaxLength(100);
        name.setAutocomplete(Autocomplete.NAME);
        name.setId("account-name");
        var email = new TextField(getTranslation("account.email"));
        email.setValue(me.email());
        email.setReadOnly(true);
        var save = new Button(getTranslation("account.name.save"), click -> {
            FormErrors.clear(Map.of("name", name));
            try {
                accounts.rename(name.getValue());
                FormErrors.success(getTranslation("account.name.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, Map.of("name", name));
            }
        });
        save.setId("account-name-save");
        var row = new HorizontalLayout(name, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return section("account.section.profile", row, email);
    }

    private Section passwordSection() {
        var current = new PasswordField(getTranslation("account.password.current"));
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        current.setId("account-current-password");
        var fresh = new PasswordField(getTranslation("account.password.new"));
        fresh.setAutocomplete(Autocomplete.NEW_PASSWORD);
        fresh.setHelperText(getTranslation("signup.password.help", 10));
        fresh.setId("account-new-password");
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", fresh);
        var save = new Button(getTranslation("account.password.save"), click -> {
            FormErrors.clear(fields);
            try {
                accounts.changePassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                FormErrors.success(getTranslation("account.password.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        save.setId("account-password-save");
        var row = new HorizontalLayout(current, fresh, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return section("account.section.password", row);
    }

    private Section rolesSection(AccountSummary me) {
        var badges = new HorizontalLayout();
        me.roles().stream().sorted().forEach(role -> {
            badges.add(Chips.badge(getTranslation("role." + role.name()), role.name()));
        });
        var section = section("account.section.roles", badges);
        for (Role role : new Role[] {Role.CLIENT, Role.FREELANCER}) {
            if (!me.has(role)) {
                var add = new Button(getTranslation("account.role.add." + role.name()), click -> {
                    try {
                        accounts.addRole(role);
                        // Reload so the navigation shows the new role's pages.
                        getUI().ifPresent(ui -> ui.getPage().reload());
                    } catch (UserFacingException refused) {
                        FormErrors.show(this, refused, Map.of());
                    }
                });
                add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                add.setId("account-add-" + role.name().toLowerCase(Locale.ROOT));
                section.add(new Paragraph(getTranslation("account.role.explain." + role.name())), add);
            }
        }
        return section;
    }

    private Section signInsSection() {
        var grid = new Grid<SignInRecord>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(r -> Formats.dateTime(r.at())).setHeader(getTranslation("account.signins.when"));
        grid.addColumn(SignInRecord::address).setHeader(getTranslation("account.signins.address"));
        grid.addColumn(r -> getTranslation(r.succeeded() ? "account.signins.ok" : "account.signins.failed"))
                .setHeader(getTranslation("account.signins.result"));
        grid.setItems(accounts.recentSignIns(20));
        grid.setAllRowsVisible(true);
        return section("account.section.signins", new Paragraph(getTranslation("account.signins.explain")), grid);
    }

    private Section section(String titleKey, com.vaadin.flow.component.Component... content) {
        var section = new Section(new H2(getTranslation(titleKey)));
        section.addClassName("gf-card");
        section.add(content);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account") + " · Gigforge";
    }
}
