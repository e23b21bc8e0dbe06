package org.gigforge.profile.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.ui.FormErrors;
import org.gigforge.platform.ui.ViewHeader;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.avatar.AvatarVariant;
import com.vaadin.flow.component.html.Div;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.ui.FileLinks;
import org.gigforge.file.ui.FileUploadField;
import org.gigforge.profile.FreelancerProfileData;
import org.gigforge.profile.ProfileService;
import org.gigforge.taxonomy.ExperienceLevel;
import org.gigforge.taxonomy.Place;
import org.gigforge.taxonomy.Skill;
import org.gigforge.taxonomy.Taxonomy;

/** The freelancer's own profile: headline, overview, skills, rate, level, place and availability. */
@Route("profile")
@RolesAllowed(Role.Names.FREELANCER)
@Menu(title = "nav.my-profile", order = 12, icon = "vaadin:user-card")
public class MyProfileView extends VerticalLayout implements HasDynamicTitle {

    MyProfileView(ProfileService profiles, Taxonomy taxonomy, FileService files) {
        addClassName("gf-page");
        setId("my-profile");
        var meter = new CompletenessMeter();
        Runnable updateMeter = () -> meter.show(profiles.myCompleteness());

        var title = new TextField(getTranslation("profile.title"));
        title.setMaxLength(120);
        title.setPlaceholder(getTranslation("profile.title.placeholder"));
        title.setId("profile-title");
        var overview = new TextArea(getTranslation("profile.overview"));
        overview.setMaxLength(5_000);
        overview.setMinHeight("8em");
        overview.setHelperText(getTranslation("profile.overview.help") + " " + getTranslation("markdown.help"));
        overview.setId("profile-overview");
        var skills = new MultiSelectComboBox<Skill>(getTranslation("profile.skills"));
        skills.setItems(taxonomy.skills().stream().sorted(Comparator.comparing(Skill::name)).toList());
        skills.setItemLabelGenerator(Skill::name);
        skills.setHelperText(getTranslation("profile.skills.help", 15));
        skills.setId("profile-skills");
        var rate = new IntegerField(getTranslation("profile.rate"));
        rate.setSuffixComponent(new Span(getTranslation("job.per-hour")));
        rate.setId("profile-rate");
        var currency = new Select<String>();
        currency.setLabel(getTranslation("profile.currency"));
        currency.setItems(Money.PRICING_CURRENCIES);
        currency.setValue(Money.PRICING_CURRENCIES.getFirst());
        currency.setId("profile-currency");
        var timeZone = new ComboBox<String>(getTranslation("profile.time-zone"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")).sorted().toList());
        timeZone.setHelperText(getTranslation("profile.time-zone.help"));
        timeZone.setClearButtonVisible(true);
        timeZone.setId("profile-time-zone");
        var languages = new LanguagesField(getTranslation("profile.languages"));
        var employment = new EmploymentField(getTranslation("profile.employment"));
        var level = new Select<ExperienceLevel>();
        level.setLabel(getTranslation("profile.experience"));
        level.setItems(ExperienceLevel.values());
        level.setItemLabelGenerator(l -> getTranslation("experience." + l.name()));
        level.setId("profile-experience");
        var place = new ComboBox<Place>(getTranslation("profile.place"));
        place.setItems(taxonomy.places().stream().sorted(Comparator.comparing(Place::label)).toList());
        place.setItemLabelGenerator(Place::label);
        place.setHelperText(getTranslation("profile.place.help"));
        place.setId("profile-place");
        var hours = new IntegerField(getTranslation("profile.hours"));
        hours.setMin(1);
        hours.setMax(80);
        hours.setStepButtonsVisible(true);
        hours.setValue(20);
        hours.setId("profile-hours");
        var available = new Checkbox(getTranslation("profile.available"));
        available.setId("profile-available");

        profiles.myFreelancerProfile().ifPresent(data -> {
            title.setValue(data.title());
            overview.setValue(data.overview());
            skills.setValue(data.skills().stream().map(taxonomy::skill).flatMap(Optional::stream).toList());
            if (data.hourlyRate() != null) {
                rate.setValue(data.hourlyRate().toDecimal().intValue());
                currency.setValue(data.hourlyRate().currency().getCurrencyCode());
            }
            timeZone.setValue(data.timeZone().isEmpty() ? null : data.timeZone());
            languages.setValue(data.languages());
            employment.setValue(data.employment());
            level.setValue(data.experienceLevel());
            taxonomy.place(data.city(), data.countryCode()).ifPresent(place::setValue);
            hours.setValue(data.hoursPerWeek());
            available.setValue(data.availableNow());
        });

        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("overview", overview),
                Map.entry("skills", skills), Map.entry("hourlyRate", rate), Map.entry("experienceLevel", level),
                Map.entry("place", place), Map.entry("city", place), Map.entry("countryCode", place),
                Map.entry("hoursPerWeek", hours), Map.entry("timeZone", timeZone), Map.entry("languages", languages),
                Map.entry("employment", employment));
        var save = new Button(getTranslation("profile.save"), click -> {
            FormErrors.clear(fields);
            Place chosen = place.getValue();
            var data = new FreelancerProfileData(title.getValue(), overview.getValue(),
                    skills.getSelectedItems().stream().map(Skill::slug).toList(),
                    rate.getValue() == null ? null : Money.ofMajor(rate.getValue(), currency.getValue()), level.getValue(),
                    chosen == null ? "" : chosen.city(), chosen == null ? "" : chosen.countryCode(),
                    hours.getValue() == null ? 0 : hours.getValue(), available.getValue(),
                    timeZone.getValue() == null ? "" : timeZone.getValue(), languages.getValue(), employment.getValue());
            try {
                profiles.saveMyFreelancerProfile(data);
                FormErrors.success(getTranslation("profile.saved"));
            } catch (UserFacingException refused) {
                FormErrors.show(this, refused, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("profile-save");

        var form = new FormLayout(title, overview, skills, rate, currency, level, hours, place, timeZone, available,
                languages, employment);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(title, 2);
        form.setColspan(overview, 2);
        form.setColspan(skills, 2);
        form.setColspan(available, 2);
        form.setColspan(languages, 2);
        form.setColspan(employment, 2);
        form.addClassName("gf-card");

        var publicLink = new Anchor("", getTranslation("profile.public.view"));
        publicLink.setId("profile-public-link");
        Runnable updateLink = () -> profiles.publicFreelancer(AccountPrincipal.currentUserId()).ifPresentOrElse(card -> {
            publicLink.setHref(card.path());
            publicLink.setVisible(true);
        }, () -> publicLink.setVisible(false));
        updateLink.run();
        save.addClickListener(click -> updateLink.run());

        save.addClickListener(click -> updateMeter.run());

        // Pictures and documents belong to a saved profile; until then they wait for the first save.
        var photo = new FileUploadField(files, FileKind.AVATAR);
        photo.setLabel(getTranslation("profile.photo"));
        photo.setId("profile-photo");
        var photoPreview = new Avatar();
        photoPreview.addThemeVariants(AvatarVariant.LUMO_XLARGE);
        photoPreview.setId("profile-photo-preview");
        profiles.publicFreelancer(AccountPrincipal.currentUserId()).ifPresent(card -> {
            photoPreview.setName(card.name());
            photoPreview.setImage(card.photoUrl());
        });
        photo.addUploadedListener(file -> apply(() -> {
            photoPreview.setImage(profiles.setMyPhoto(file.id()).photoUrl());
            updateMeter.run();
        }));
        var resume = new FileUploadField(files, FileKind.DOCUMENT);
        resume.setLabel(getTranslation("profile.resume"));
        resume.setId("profile-resume");
        var resumeLink = new Div();
        resumeLink.setId("profile-resume-current");
        Runnable showResume = () -> {
            resumeLink.removeAll();
            profiles.myFreelancerProfile().flatMap(p -> profiles.myResume()).ifPresent(file -> resumeLink.add(
                    new Span(getTranslation("profile.resume.current") + " "), FileLinks.download(file)));
        };
        showResume.run();
        resume.addUploadedListener(file -> apply(() -> {
            profiles.setMyResume(file.id());
            showResume.run();
            updateMeter.run();
        }));
        var resumeHelp = new Span(getTranslation("profile.resume.private"));
        resumeHelp.addClassName("gf-muted");
        var media = new FormLayout(new Div(photoPreview, photo), new Div(resume, resumeLink, resumeHelp));
        media.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        media.addClassName("gf-card");

        updateMeter.run();
        add(new ViewHeader(getTranslation("nav.my-profile"), getTranslation("profile.lead"), publicLink), meter, media, form,
                save, new PortfolioEditor(profiles, files, updateMeter));
    }

    /** Runs a change that needs a saved profile, explaining when there is none yet. */
    private void apply(Runnable change) {
        try {
            change.run();
            FormErrors.success(getTranslation("profile.saved"));
        } catch (UserFacingException refused) {
            FormErrors.show(this, refused, Map.of());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-profile") + " · Gigforge";
    }
}
