package org.gigforge.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;
import org.gigforge.GigforgeTest;
import org.gigforge.TestAccounts;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.SignUpRequest;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.file.TestContentAccess;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.UserFacingException;
import org.gigforge.taxonomy.ExperienceLevel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Photos, resumes, portfolios and logos: attached by their owners, private where they must be, counted in completeness. */
@GigforgeTest
class ProfileMediaTest {

    @Autowired ProfileService profiles;
    @Autowired FileService files;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService users;
    @Autowired WebApplicationContext context;

    private MockMvc browser;

    @BeforeEach
    void setUp() {
        browser = MockMvcBuilders.webAppContextSetup(context)
                .apply(org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity())
                .build();
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void a_new_freelancer_completes_the_profile_step_by_step() {
        String email = newFreelancer("complete");
        assertThat(profiles.myCompleteness().percent()).isZero();
        profiles.saveMyFreelancerProfile(basics(List.of(), List.of()));
        var afterBasics = profiles.myCompleteness();
        assertThat(afterBasics.missing()).containsExactly(ProfileCompleteness.Step.PHOTO, ProfileCompleteness.Step.LANGUAGES,
                ProfileCompleteness.Step.EMPLOYMENT, ProfileCompleteness.Step.PORTFOLIO, ProfileCompleteness.Step.RESUME);
        assertThat(afterBasics.percent()).isEqualTo(44);

        var card = profiles.setMyPhoto(upload(FileKind.AVATAR, "me.png", TestContentAccess.png(900, 600)).id());
        assertThat(card.photoUrl()).startsWith("media/");
        profiles.saveMyFreelancerProfile(basics(List.of(new LanguageSkill("en", LanguageLevel.FLUENT)),
                List.of(new Employment("Acme", "Designer", YearMonth.of(2019, 1), null))));
        profiles.setMyResume(upload(FileKind.DOCUMENT, "cv.pdf", TestContentAccess.pdf()).id());
        profiles.addPortfolioItem(new PortfolioDraft("Bakery menu", "Menu boards for a bakery.", "https://example.org/menu",
                List.of(upload(FileKind.IMAGE, "menu.png", TestContentAccess.png(800, 600)).id())));

        assertThat(profiles.myCompleteness()).isEqualTo(new ProfileCompleteness(100, List.of()));
        var page = profiles.publicFreelancerPage(me(email)).orElseThrow();
        assertThat(page.card().photoUrl()).isEqualTo(card.photoUrl());
        assertThat(page.portfolio()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Bakery menu");
            assertThat(item.pictures()).singleElement().satisfies(p -> assertThat(p.thumbnailUrl()).startsWith("media/"));
        });
    }

    @Test
    void the_resume_is_readable_only_by_its_freelancer_and_admins() throws Exception {
        String owner = newFreelancer("resume");
        profiles.saveMyFreelancerProfile(basics(List.of(), List.of()));
        StoredFile resume = profiles.setMyResume(upload(FileKind.DOCUMENT, "cv.pdf", TestContentAccess.pdf()).id());
        assertThat(profiles.myResume()).map(StoredFile::id).contains(resume.id());

        String other = newFreelancer("snoop");
        assertThat(files.find(resume.id())).isEmpty();
        TestAccounts.signOut();
        assertThat(files.find(resume.id())).isEmpty();

        browser.perform(get("/" + resume.url())).andExpect(status().isNotFound());
        browser.perform(get("/" + resume.url()).with(user(principal(other)))).andExpect(status().isNotFound());
        browser.perform(get("/" + resume.url()).with(user(principal(TestAccounts.CLIENT)))).andExpect(status().isNotFound());
        browser.perform(get("/" + resume.url()).with(user(principal(owner)))).andExpect(status().isOk());
        browser.perform(get("/" + resume.url()).with(user(principal(TestAccounts.ADMIN)))).andExpect(status().isOk());
    }

    @Test
    void uploads_are_attached_only_where_they_fit_and_only_by_their_uploader() {
        String owner = newFreelancer("kinds");
        profiles.saveMyFreelancerProfile(basics(List.of(), List.of()));
        var pdf = upload(FileKind.DOCUMENT, "cv.pdf", TestContentAccess.pdf());
        assertThatThrownBy(() -> profiles.setMyPhoto(pdf.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("profile.photo.kind"));
        assertThatThrownBy(() -> profiles.addPortfolioItem(new PortfolioDraft("Menu", "", null, List.of(pdf.id()))))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("portfolio.images.kind"));
        var picture = upload(FileKind.IMAGE, "menu.png", TestContentAccess.png(400, 300));
        assertThatThrownBy(() -> profiles.addPortfolioItem(new PortfolioDraft("Menu", "", "javascript:alert(1)",
                List.of(picture.id())))).isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems()).extracting(InvalidInputException.Problem::field).containsExactly("link"));
        assertThatThrownBy(() -> profiles.addPortfolioItem(new PortfolioDraft(" ", "", null, List.of())))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(InvalidInputException.Problem::field).containsExactlyInAnyOrder("title", "images"));
        assertThat(profiles.myPortfolio()).isEmpty();

        // Someone else's upload cannot be put on my profile, and my portfolio is mine to change.
        var item = profiles.addPortfolioItem(new PortfolioDraft("Menu", "", null, List.of(picture.id())));
        String thief = newFreelancer("thief");
        profiles.saveMyFreelancerProfile(basics(List.of(), List.of()));
        assertThatThrownBy(() -> profiles.setMyPhoto(picture.id())).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> profiles.removePortfolioItem(item.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("portfolio.not-found"));
        TestAccounts.signInAs(users, owner);
        profiles.removePortfolioItem(item.id());
        assertThat(profiles.myPortfolio()).isEmpty();
        assertThat(thief).isNotEqualTo(owner);
    }

    @Test
    void pictures_and_documents_wait_for_a_saved_profile() {
        newFreelancer("early");
        var photo = upload(FileKind.AVATAR, "me.png", TestContentAccess.png(300, 300));
        assertThatThrownBy(() -> profiles.setMyPhoto(photo.id())).isInstanceOfSatisfying(UserFacingException.class,
                e -> assertThat(e.messageKey()).isEqualTo("profile.save-first"));
    }

    @Test
    void a_client_shows_a_logo_next_to_their_jobs() {
        String email = TestAccounts.uniqueEmail("logo.client");
        accounts.signUp(new SignUpRequest("Lena Logo", email, "copper kettle mountain", Role.CLIENT));
        TestAccounts.signInAs(users, email);
        profiles.saveMyClientProfile(new ClientProfileData("Logo Bakery", "Bread since 1921.", "Berlin", "DE"));
        profiles.setMyLogo(upload(FileKind.IMAGE, "logo.png", TestContentAccess.png(500, 200)).id());
        TestAccounts.signOut();
        assertThat(profiles.publicClient(me(email)).orElseThrow().logoUrl()).startsWith("media/");
    }

    private String newFreelancer(String prefix) {
        String email = TestAccounts.uniqueEmail(prefix);
        accounts.signUp(new SignUpRequest("Fay " + prefix, email, "copper kettle mountain", Role.FREELANCER));
        TestAccounts.signInAs(users, email);
        return email;
    }

    private StoredFile upload(FileKind kind, String name, byte[] content) {
        return files.upload(kind, name, new ByteArrayInputStream(content));
    }

    private AccountPrincipal principal(String email) {
        return (AccountPrincipal) users.loadUserByUsername(email);
    }

    private org.gigforge.account.UserId me(String email) {
        return principal(email).userId();
    }

    private static FreelancerProfileData basics(List<LanguageSkill> languages, List<Employment> employment) {
        return new FreelancerProfileData("Illustrator for food brands",
                "I draw menus, labels and shop windows for bakeries, cafés and small food brands. ".repeat(4),
                List.of("graphic-design", "logo-design", "adobe-illustrator"), Money.ofMajor(45, "EUR"),
                ExperienceLevel.EXPERT, "Berlin", "DE", 30, true, "", languages, employment);
    }
}
