package org.gigforge.admin.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.gigforge.account.AccountService;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.UserFilter;
import org.gigforge.platform.ui.Formats;
import org.gigforge.platform.ui.ViewHeader;

/** Every account, lazily loaded: filter by name or email and role, sort by any column. */
@Route("admin/users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.admin.users", order = 90, icon = "vaadin:users")
public class AdminUsersView extends VerticalLayout implements HasDynamicTitle {

    AdminUsersView(AccountService accounts) {
        addClassName("gf-page");
        var text = AdminFilters.search(this, "admin.users.search", "users-filter-text");

        var role = new ComboBox<Role>();
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setPlaceholder(getTranslation("admin.users.all-roles"));
        role.setAriaLabel(getTranslation("admin.users.role"));
        role.setClearButtonVisible(true);
        role.setId("users-filter-role");

        var total = new Span();
        total.addClassName("gf-muted");

        var grid = new Grid<AccountSummary>();
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(false);
        grid.addColumn(AccountSummary::name).setHeader(getTranslation("admin.users.name")).setSortProperty("name")
                .setKey("name").setFlexGrow(2);
        grid.addColumn(AccountSummary::email).setHeader(getTranslation("admin.users.email")).setSortProperty("email")
                .setKey("email").setFlexGrow(2);
        grid.addColumn(u -> u.roles().stream().sorted().map(r -> getTranslation("role." + r.name()))
                .collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles")).setFlexGrow(1);
        var joined = grid.addColumn(u -> Formats.date(u.createdAt())).setHeader(getTranslation("admin.users.joined"))
                .setSortProperty("createdAt").setKey("createdAt").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(u -> Formats.dateTime(u.lastSignInAt())).setHeader(getTranslation("admin.users.last-sign-in"))
                .setSortProperty("lastSignInAt").setKey("lastSignInAt").setAutoWidth(true).setFlexGrow(0);

        ConfigurableFilterDataProvider<AccountSummary, Void, UserFilter> data = DataProvider
                .<AccountSummary, UserFilter>fromFilteringCallbacks(
                        query -> accounts.findUsers(query.getFilter().orElse(UserFilter.none()),
                                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                        query -> (int) accounts.countUsers(query.getFilter().orElse(UserFilter.none())))
                .withConfigurableFilter();
        grid.setItems(data);
        grid.sort(GridSortOrder.desc(joined).build());
        grid.setSizeFull();
        grid.setId("users-grid");

        Runnable refilter = () -> {
            var filter = new UserFilter(text.getValue(), role.getValue());
            data.setFilter(filter);
            total.setText(getTranslation("admin.users.count", accounts.countUsers(filter)));
        };
        text.addValueChangeListener(e -> refilter.run());
        role.addValueChangeListener(e -> refilter.run());
        refilter.run();

        var filters = new HorizontalLayout(text, role, total);
        filters.setAlignItems(FlexComponent.Alignment.CENTER);
        filters.setWrap(true);
        add(new ViewHeader(getTranslation("nav.admin.users"), null), filters, grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin.users") + " · Gigforge";
    }
}
