package org.gigforge.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.contract.Contract;
import org.gigforge.contract.ContractId;
import org.gigforge.contract.ContractService;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.review.ContractReviews;
import org.gigforge.review.Review;
import org.gigforge.review.ReviewDraft;
import org.gigforge.review.ReviewService;
import org.jspecify.annotations.Nullable;

/** A party's review of the other side of an ended contract, and the other side's review once published. */
@Route("contracts/:contractId/review")
@RolesAllowed({Role.Names.CLIENT, Role.Names.FREELANCER})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final List<Integer> STARS = List.of(1, 2, 3, 4, 5);

    private final transient ReviewService reviews;
    private final transient ContractService contracts;
    private @Nullable ContractId contractId;

    ReviewView(ReviewService reviews, ContractService contracts) {
        this.reviews = reviews;
        this.contracts = contracts;
        addClassName("gf-page");
        setId("review");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            var id = event.getRouteParameters().getLong("contractId").map(ContractId::new)
                    .orElseThrow(() -> new UserFacingException("contract.not-found"));
            contractId = id;
            show(contracts.contract(id), reviews.forContract(id));
        } catch (UserFacingException notFound) {
            event.rerouteToError(NotFoundException.class, getTranslation("contract.not-found"));
        }
    }

    private void show(Contract contract, ContractReviews state) {
        removeAll();
        UserId me = AccountPrincipal.currentUserId();
        String other = me.equals(contract.client()) ? contract.freelancerName() : contract.clientName();
        var card = new Div(new H1(getTranslation("review.heading", other)), new Paragraph(contract.title()));
        card.addClassNames("gf-card", "gf-job-main");
        Review mine = state.reviews().stream().filter(r -> r.author().equals(me)).findFirst().orElse(null);
        Review theirs = state.reviews().stream().filter(r -> !r.author().equals(me)).findFirst().orElse(null);
        if (state.canSubmit()) {
            var until = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                    .withZone(ZoneId.of("UTC")).format(Objects.requireNonNull(state.windowClosesAt()));
            card.add(new Paragraph(getTranslation("review.window.until", until)));
            card.add(form());
        } else if (mine != null) {
            card.add(new H2(getTranslation("review.mine")), shown(mine, "review-mine"));
            if (!mine.published()) {
                card.add(new Paragraph(getTranslation("review.sealed")));
            }
        } else {
            card.add(new Paragraph(getTranslation(state.windowClosesAt() == null
                    ? "review.contract-running" : "review.closed")));
        }
        if (theirs != null) {
            card.add(new H2(getTranslation("review.theirs")), shown(theirs, "review-theirs"));
        } else if (state.windowClosesAt() != null) {
            card.add(new Paragraph(getTranslation("review.theirs.sealed")));
        }
        add(card);
    }

    private Div form() {
        var overall = stars("review.overall", "review-overall");
        var communication = stars("review.communication", "review-communication");
        var quality = stars("review.quality", "review-quality");
        var timeliness = stars("review.timeliness", "review-timeliness");
        var publicText = new TextArea(getTranslation("review.public-text"));
        publicText.setHelperText(getTranslation("review.public-text.help"));
        publicText.setMaxLength(2_000);
        publicText.setId("review-public-text");
        publicText.setWidthFull();
        var privateFeedback = new TextArea(getTranslation("review.private-feedback"));
        privateFeedback.setHelperText(getTranslation("review.private-feedback.help"));
        privateFeedback.setMaxLength(2_000);
        privateFeedback.setId("review-private-feedback");
        privateFeedback.setWidthFull();
        Map<String, com.vaadin.flow.component.HasValidation> fields = new LinkedHashMap<>();
        fields.put("overall", overall);
        fields.put("communication", communication);
        fields.put("quality", quality);
        fields.put("timeliness", timeliness);
        fields.put("publicText", publicText);
        fields.put("privateFeedback", privateFeedback);
        var submit = new Button(getTranslation("review.submit"), click -> {
            FormErrors.clear(fields);
            try {
                // An unchosen rating goes to the service as 0, which it refuses on that field.
                var sent = reviews.submit(Objects.requireNonNull(contractId), new ReviewDraft(rating(overall),
                        rating(communication), rating(quality), rating(timeliness), publicText.getValue(),
                        privateFeedback.getValue()));
                // The second review publishes both at once; saying "sealed" then would be wrong.
                FormErrors.success(getTranslation(sent.published() ? "review.submitted.published" : "review.submitted"));
                show(contracts.contract(contractId), reviews.forContract(contractId));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("review-submit");
        var form = new Div(overall, communication, quality, timeliness, publicText, privateFeedback, submit);
        form.setId("review-form");
        return form;
    }

    private RadioButtonGroup<Integer> stars(String labelKey, String id) {
        var group = new RadioButtonGroup<Integer>(getTranslation(labelKey));
        group.setItems(STARS);
        group.setItemLabelGenerator(n -> "★".repeat(n));
        group.setId(id);
        return group;
    }

    private static int rating(RadioButtonGroup<Integer> group) {
        Integer value = group.getValue();
        return value == null ? 0 : value;
    }

    private Div shown(Review r, String id) {
        var ratings = new Span(getTranslation("review.overall") + " " + "★".repeat(r.overall()) + " · "
                + getTranslation("review.communication") + " " + r.communication() + " · "
                + getTranslation("review.quality") + " " + r.quality() + " · "
                + getTranslation("review.timeliness") + " " + r.timeliness());
        ratings.addClassName("gf-muted");
        var box = new Div(ratings);
        if (!r.publicText().isBlank()) {
            box.add(new Paragraph(r.publicText()));
        }
        if (r.privateFeedback() != null && !r.privateFeedback().isBlank()) {
            box.add(new Paragraph(getTranslation("review.private-feedback") + ": " + r.privateFeedback()));
        }
        box.setId(id);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · Gigforge";
    }
}
