package org.gigforge.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.function.Supplier;
import org.gigforge.job.JobQuery;
import org.gigforge.job.SavedSearchService;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;

/**
 * "Save this search" for the Find work page: asks for a name (suggested from the words searched) and saves the
 * page's current query, so new matching jobs raise alerts under Saved searches.
 */
public class SaveSearchButton extends Button {

    public SaveSearchButton(SavedSearchService savedSearches, Supplier<JobQuery> currentQuery) {
        super(VaadinIcon.BELL_O.create());
        setText(getTranslation("saved-search.save"));
        addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        setId("save-search");
        addClickListener(e -> open(savedSearches, currentQuery.get()));
    }

    private void open(SavedSearchService savedSearches, JobQuery query) {
        var dialog = new Dialog(getTranslation("saved-search.save.title"));
        var name = new TextField(getTranslation("saved-search.name"));
        name.setMaxLength(SavedSearchService.MAX_NAME_LENGTH);
        name.setValue(query.text() == null ? "" : query.text());
        name.setWidthFull();
        name.setId("save-search-name");
        var save = new Button(getTranslation("saved-search.save.confirm"), e -> {
            try {
                savedSearches.save(name.getValue(), query);
                dialog.close();
                FormErrors.success(getTranslation("saved-search.saved"));
            } catch (UserFacingException refusal) {
                FormErrors.show(this, refusal, Map.of("name", name));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-search-confirm");
        var cancel = new Button(getTranslation("saved-search.cancel"), e -> dialog.close());
        dialog.add(name);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        name.focus();
    }
}
