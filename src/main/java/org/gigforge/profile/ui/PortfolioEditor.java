package org.gigforge.profile.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.ui.FilesField;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.profile.PortfolioDraft;
import org.gigforge.profile.PortfolioItem;
import org.gigforge.profile.ProfileService;

/** The freelancer's portfolio: the pieces so far, and a small form to add one with pictures. */
class PortfolioEditor extends Composite<Div> {

    private final ProfileService profiles;
    private final Div pieces = new Div();
    private final Runnable changed;

    PortfolioEditor(ProfileService profiles, FileService files, Runnable changed) {
        this.profiles = profiles;
        this.changed = changed;
        var title = new TextField(getTranslation("portfolio.title"));
        title.setMaxLength(100);
        title.setId("portfolio-title");
        var description = new TextArea(getTranslation("portfolio.description"));
        description.setMaxLength(1_000);
        description.setId("portfolio-description");
        var link = new TextField(getTranslation("portfolio.link"));
        link.setMaxLength(500);
        link.setHelperText(getTranslation("portfolio.link.help"));
        link.setId("portfolio-link");
        var pictures = new FilesField(files, FileKind.IMAGE, 5);
        pictures.setLabel(getTranslation("portfolio.images"));
        pictures.setId("portfolio-images");
        pictures.upload().setId("portfolio-image-upload");
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "link", link,
                "images", pictures);
        var add = new Button(getTranslation("portfolio.add"), VaadinIcon.PLUS.create(), click -> {
            FormErrors.clear(fields);
            try {
                profiles.addPortfolioItem(new PortfolioDraft(title.getValue(), description.getValue(), link.getValue(),
                        pictures.getValue().stream().map(StoredFile::id).toList()));
                title.clear();
                description.clear();
                link.clear();
                pictures.clear();
                refresh();
                changed.run();
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        add.setId("portfolio-add");
        var form = new FormLayout(title, link, description, pictures);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(description, 2);
        form.setColspan(pictures, 2);
        pieces.addClassName("gf-portfolio");
        pieces.setId("my-portfolio");
        var root = getContent();
        root.addClassName("gf-card");
        root.add(new H2(getTranslation("portfolio")), new Paragraph(getTranslation("portfolio.lead")), pieces, form, add);
        refresh();
    }

    private void refresh() {
        pieces.removeAll();
        profiles.myPortfolio().forEach(item -> {
            var remove = new Button(VaadinIcon.TRASH.create(), click -> {
                profiles.removePortfolioItem(item.id());
                refresh();
                changed.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("profile.remove", item.title()));
            var piece = PortfolioEditor.piece(item);
            piece.add(remove);
            pieces.add(piece);
        });
    }

    /** One portfolio piece as the public sees it: first picture, title, words and link. */
    static Div piece(PortfolioItem item) {
        var piece = new Div();
        piece.addClassName("gf-portfolio-piece");
        if (!item.pictures().isEmpty()) {
            var cover = new Image(item.pictures().getFirst().thumbnailUrl(), item.title());
            cover.addClassName("gf-portfolio-cover");
            piece.add(cover);
        }
        var name = new Span(item.title());
        name.addClassName("gf-portfolio-title");
        piece.add(name);
        if (!item.description().isEmpty()) {
            var words = new Paragraph(item.description());
            words.addClassName("gf-muted");
            piece.add(words);
        }
        if (item.link() != null) {
            var link = new com.vaadin.flow.component.html.Anchor(item.link(), item.link());
            link.getElement().setAttribute("rel", "nofollow noopener ugc");
            link.setTarget("_blank");
            piece.add(link);
        }
        return piece;
    }
}
