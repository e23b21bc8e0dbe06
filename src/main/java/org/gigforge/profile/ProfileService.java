package org.gigforge.profile;

import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Collectors;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.AccountService;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.gigforge.profile.internal.ClientProfile;
import org.gigforge.profile.internal.ClientProfileRepository;
import org.gigforge.profile.internal.FreelancerProfile;
import org.gigforge.profile.internal.FreelancerProfileRepository;
import org.gigforge.profile.internal.PortfolioEntry;
import org.gigforge.profile.internal.PortfolioRepository;
import org.gigforge.file.FileId;
import org.gigforge.file.FileKind;
import org.gigforge.file.FileOwner;
import org.gigforge.file.FileService;
import org.gigforge.file.StoredFile;
import org.gigforge.payment.ClientCharged;
import org.gigforge.payment.PaymentService;
import org.springframework.context.event.EventListener;
import org.gigforge.platform.UserFacingException;
import org.gigforge.platform.InputValidator;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Money;
import org.gigforge.platform.Paging;
import org.gigforge.taxonomy.Taxonomy;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The profiles module's API. Public profile data only: no emails, no private files. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class ProfileService {

    public static final int MAX_PAGE_SIZE = 100;

    static final long MIN_RATE_MAJOR = 3;
    static final long MAX_RATE_MAJOR = 1_000;

    private final FreelancerProfileRepository freelancers;
    private final ClientProfileRepository clients;
    private final PortfolioRepository portfolio;
    private final FileService files;
    private final AccountService accounts;
    private final Taxonomy taxonomy;
    private final InputValidator validator;
    private final PaymentService payments;
    private final Clock clock;

    ProfileService(FreelancerProfileRepository freelancers, ClientProfileRepository clients, PortfolioRepository portfolio,
            FileService files, AccountService accounts, Taxonomy taxonomy, InputValidator validator, PaymentService payments,
            Clock clock) {
        this.payments = payments;
        this.freelancers = freelancers;
        this.clients = clients;
        this.portfolio = portfolio;
        this.files = files;
        this.accounts = accounts;
        this.taxonomy = taxonomy;
        this.validator = validator;
        this.clock = clock;
    }

    /** The signed-in freelancer's own profile, empty until they save it the first time. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public Optional<FreelancerProfileData> myFreelancerProfile() {
        return freelancers.findById(AccountPrincipal.currentUserId().value()).map(FreelancerProfile::data);
    }

    /** Creates or updates the signed-in freelancer's profile; every problem is reported per field. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public FreelancerProfileData saveMyFreelancerProfile(FreelancerProfileData data) {
        validator.check(data);
        var problems = new ArrayList<InvalidInputException.Problem>();
        var unknown = data.skills().stream().filter(slug -> taxonomy.skill(slug).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            problems.add(new InvalidInputException.Problem("skills", "profile.skills.unknown", String.join(", ", unknown)));
        }
        Money rate = data.hourlyRate();
        if (rate != null && !rate.isWithinMajor(MIN_RATE_MAJOR, MAX_RATE_MAJOR)) {
            problems.add(new InvalidInputException.Problem("hourlyRate", "profile.rate.range", MIN_RATE_MAJOR, MAX_RATE_MAJOR));
        }
        if (rate != null && !Money.PRICING_CURRENCIES.contains(rate.currency().getCurrencyCode())) {
            problems.add(new InvalidInputException.Problem("hourlyRate", "profile.rate.currency"));
        }
        var place = taxonomy.place(data.city(), data.countryCode());
        if (place.isEmpty()) {
            problems.add(new InvalidInputException.Problem("place", "profile.place.required"));
        }
        if (!data.timeZone().isEmpty() && !ZoneId.getAvailableZoneIds().contains(data.timeZone())) {
            problems.add(new InvalidInputException.Problem("timeZone", "profile.time-zone.unknown"));
        }
        checkLanguages(data.languages(), problems);
        checkEmployment(data.employment(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserId me = AccountPrincipal.currentUserId();
        var profile = freelancers.findById(me.value()).orElseGet(() -> new FreelancerProfile(me, clock.instant()));
        profile.update(data, place.orElseThrow());
        freelancers.save(profile);
        return profile.data();
    }

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

    private static void checkLanguages(List<LanguageSkill> languages, List<InvalidInputException.Problem> problems) {
        var unknown = languages.stream().map(LanguageSkill::code).filter(code -> !LANGUAGES.contains(code)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new InvalidInputException.Problem("languages", "profile.languages.unknown", String.join(", ", unknown)));
        } else if (languages.stream().map(LanguageSkill::code).distinct().count() != languages.size()) {
            problems.add(new InvalidInputException.Problem("languages", "profile.languages.duplicate"));
        }
    }

    private void checkEmployment(List<Employment> history, List<InvalidInputException.Problem> problems) {
        YearMonth now = YearMonth.now(clock);
        for (Employment job : history) {
            YearMonth from = job.from();
            YearMonth to = job.to();
            if (from != null && from.isAfter(now)) {
                problems.add(new InvalidInputException.Problem("employment", "profile.employment.future", job.company()));
            } else if (from != null && to != null && to.isBefore(from)) {
                problems.add(new InvalidInputException.Problem("employment", "profile.employment.order", job.company()));
            }
        }
    }

    /** Owner types under which this module attaches files. */
    static final String PHOTO = "profile-photo";
    static final String RESUME = "resume";
    static final String PORTFOLIO = "portfolio-item";
    static final String LOGO = "client-logo";
    static final int MAX_PORTFOLIO_ITEMS = 12;

    /** Replaces the freelancer's photo with an upload of theirs (a square avatar); the old one is cleaned up. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public FreelancerCard setMyPhoto(FileId upload) {
        FreelancerProfile profile = myProfileOrRefuse();
        var owner = FileOwner.of(PHOTO, profile.userId());
        var photo = attachMine(upload, FileKind.AVATAR, owner, "profile.photo.kind");
        profile.photo(photo);
        return cards(List.of(profile)).getFirst();
    }

    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public void removeMyPhoto() {
        FreelancerProfile profile = myProfileOrRefuse();
        files.detachAll(FileOwner.of(PHOTO, profile.userId()));
        profile.photo(null);
    }

    /** Replaces the freelancer's resume. It stays private: only they (and admins) can download it. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public StoredFile setMyResume(FileId upload) {
        FreelancerProfile profile = myProfileOrRefuse();
        var resume = attachMine(upload, FileKind.DOCUMENT, FileOwner.of(RESUME, profile.userId()), "profile.resume.kind");
        profile.resume(resume.id());
        return resume;
    }

    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public Optional<StoredFile> myResume() {
        return freelancers.findById(AccountPrincipal.currentUserId().value())
                .map(FreelancerProfile::resume)
                .flatMap(files::find);
    }

    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public void removeMyResume() {
        FreelancerProfile profile = myProfileOrRefuse();
        files.detachAll(FileOwner.of(RESUME, profile.userId()));
        profile.resume(null);
    }

    /** Adds a piece to the freelancer's portfolio, with pictures they uploaded. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public PortfolioItem addPortfolioItem(PortfolioDraft draft) {
        validator.check(draft);
        String link = draft.link();
        if (link != null && !isWebAddress(link)) {
            throw InvalidInputException.of("link", "portfolio.link.invalid");
        }
        FreelancerProfile profile = myProfileOrRefuse();
        if (portfolio.countByUserId(profile.userId().value()) >= MAX_PORTFOLIO_ITEMS) {
            throw new UserFacingException("portfolio.full", MAX_PORTFOLIO_ITEMS);
        }
        // Saved first: the pictures are attached to the piece by its id.
        var entry = portfolio.saveAndFlush(new PortfolioEntry(profile.userId(), draft, clock.instant()));
        var owner = FileOwner.of(PORTFOLIO, entry.idValue());
        entry.pictures(draft.images().stream().map(id -> attachMine(id, FileKind.IMAGE, owner, "portfolio.images.kind")).toList());
        return entry.item();
    }

    /** Removes one of the freelancer's own portfolio pieces and deletes its pictures. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    @Transactional
    public void removePortfolioItem(long id) {
        var entry = portfolio.findById(id)
                .filter(e -> e.owner().equals(AccountPrincipal.currentUserId()))
                .orElseThrow(() -> new UserFacingException("portfolio.not-found"));
        files.deleteOwnedBy(FileOwner.of(PORTFOLIO, id));
        portfolio.delete(entry);
    }

    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public List<PortfolioItem> myPortfolio() {
        return portfolio.findByUserIdOrderByCreatedAtDescIdDesc(AccountPrincipal.currentUserId().value()).stream()
                .map(PortfolioEntry::item).toList();
    }

    /** What the signed-in freelancer's profile still lacks; everything is missing before the first save. */
    @PreAuthorize("hasRole('" + Role.Names.FREELANCER + "')")
    public ProfileCompleteness myCompleteness() {
        long me = AccountPrincipal.currentUserId().value();
        return freelancers.findById(me)
                .map(p -> p.completeness(portfolio.countByUserId(me)))
                .orElseGet(() -> ProfileCompleteness.of(List.of(ProfileCompleteness.Step.values())));
    }

    /** The signed-in client's card as others see it (with the logo). */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Optional<ClientCard> myClientCard() {
        return clients.findById(AccountPrincipal.currentUserId().value()).map(ClientProfile::card);
    }

    /** Replaces the client's logo with an uploaded picture. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public ClientCard setMyLogo(FileId upload) {
        UserId me = AccountPrincipal.currentUserId();
        var profile = clients.findById(me.value()).orElseThrow(() -> new UserFacingException("profile.save-first"));
        var logo = attachMine(upload, FileKind.IMAGE, FileOwner.of(LOGO, me), "profile.logo.kind");
        profile.logo(logo);
        return profile.card();
    }

    /**
     * Attaches one of the signed-in member's uploads to an owner that holds one file (or a set made
     * at once), after checking its kind; files the owner had before are let go.
     */
    private StoredFile attachMine(FileId upload, FileKind kind, FileOwner owner, String wrongKindKey) {
        var file = files.find(upload).orElseThrow(() -> new UserFacingException("file.not-found"));
        if (file.kind() != kind) {
            throw new UserFacingException(wrongKindKey);
        }
        if (!owner.type().equals(PORTFOLIO)) {
            files.detachAll(owner);
        }
        return files.attach(upload, owner);
    }

    private FreelancerProfile myProfileOrRefuse() {
        return freelancers.findById(AccountPrincipal.currentUserId().value())
                .orElseThrow(() -> new UserFacingException("profile.save-first"));
    }

    private static boolean isWebAddress(String link) {
        try {
            var uri = java.net.URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Freelancers for clients to browse: available ones first. */
    public List<FreelancerCard> browseFreelancers(Pageable page) {
        return cards(freelancers.findForBrowsing(Paging.capped(page, MAX_PAGE_SIZE)));
    }

    /** Cards with the freelancers' public names, looked up once for the whole list. */
    private List<FreelancerCard> cards(List<FreelancerProfile> profiles) {
        Map<UserId, String> names = accounts.publicNames(
                profiles.stream().map(FreelancerProfile::userId).collect(Collectors.toSet()));
        return profiles.stream().map(p -> p.card(names.getOrDefault(p.userId(), ""))).toList();
    }

    /** The signed-in client's profile, empty until they save it. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    public Optional<ClientProfileData> myClientProfile() {
        return clients.findById(AccountPrincipal.currentUserId().value()).map(ClientProfile::data);
    }

    /**
     * A successful charge marks the client "payment verified", in the charge's transaction. Open to any caller:
     * charges also happen with nobody signed in (the weekly billing of hourly contracts).
     */
    @EventListener
    @Transactional
    @PreAuthorize("permitAll()")
    void on(ClientCharged charged) {
        clients.findById(charged.client().value()).ifPresent(ClientProfile::paymentVerified);
    }

    /** Creates or updates the signed-in client's profile. */
    @PreAuthorize("hasRole('" + Role.Names.CLIENT + "')")
    @Transactional
    public ClientProfileData saveMyClientProfile(ClientProfileData data) {
        validator.check(data);
        var place = taxonomy.place(data.city(), data.countryCode())
                .orElseThrow(() -> InvalidInputException.of("place", "profile.place.required"));
        UserId me = AccountPrincipal.currentUserId();
        var profile = clients.findById(me.value()).orElseGet(() -> {
            var created = new ClientProfile(me, clock.instant());
            // A client may fund work before writing a profile; what they paid still counts.
            if (payments.hasBeenCharged(me)) {
                created.paymentVerified();
            }
            return created;
        });
        profile.update(data, place);
        clients.save(profile);
        return profile.data();
    }

    /** What job pages show about a client: company, description and place. Public. */
    @PreAuthorize("permitAll()")
    public Optional<ClientCard> publicClient(UserId id) {
        return clients.findById(id.value()).map(ClientProfile::card);
    }

    /** A freelancer's public profile: what anyone may see (never the email or private files). */
    @PreAuthorize("permitAll()")
    public Optional<FreelancerCard> publicFreelancer(UserId id) {
        return freelancers.findById(id.value()).map(p -> cards(List.of(p)).getFirst());
    }

    /** A freelancer's whole public page. */
    @PreAuthorize("permitAll()")
    public Optional<FreelancerPage> publicFreelancerPage(UserId id) {
        return freelancers.findById(id.value())
                .map(p -> new FreelancerPage(cards(List.of(p)).getFirst(), p.languages(), p.employment(),
                        portfolio.findByUserIdOrderByCreatedAtDescIdDesc(id.value()).stream().map(PortfolioEntry::item).toList()));
    }

    /** Addresses of public freelancer profiles, for the sitemap. */
    @PreAuthorize("permitAll()")
    public List<String> publicProfilePaths(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        return cards(freelancers.findForBrowsing(PageRequest.of(0, limit))).stream().map(FreelancerCard::path).toList();
    }

    public long countFreelancers() {
        return freelancers.count();
    }
}
