package org.gigforge.billing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gigforge.account.AccountPrincipal;
import org.gigforge.account.Role;
import org.gigforge.billing.internal.InvoicePdf;
import org.gigforge.billing.internal.InvoiceStore;
import org.gigforge.platform.InvalidInputException;
import org.gigforge.platform.Paging;
import org.gigforge.platform.UserFacingException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The billing module's API: a member's billing details, their documents, and a document as PDF. Documents are
 * issued from the ledger's postings, never from here. A document is readable by its buyer and admins only.
 * See docs/decisions/0026-invoices-and-tax.md.
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class BillingService {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_ADDRESS_LENGTH = 500;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final InvoiceStore store;
    private final InvoicePdf pdf;
    private final Clock clock;

    BillingService(InvoiceStore store, InvoicePdf pdf, Clock clock) {
        this.store = store;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The signed-in member's billing details, if they gave any. */
    public java.util.Optional<BillingDetails> myDetails() {
        return store.details(AccountPrincipal.currentUserId());
    }

    /**
     * Saves the signed-in member's billing details for documents issued from now on (issued ones keep their copy).
     * The tax id is optional; given, it must have its country's shape, and is stored normalised.
     *
     * @throws InvalidInputException naming each field that is missing, too long or malformed
     */
    @Transactional
    public BillingDetails saveMyDetails(BillingDetails details) {
        var problems = new ArrayList<InvalidInputException.Problem>();
        String name = details.legalName().strip();
        String address = details.address().strip();
        String country = details.country().strip().toUpperCase(Locale.ROOT);
        String taxId = details.taxId() == null ? "" : TaxIds.normalise(details.taxId());
        if (name.isEmpty()) {
            problems.add(new InvalidInputException.Problem("legalName", "billing.legal-name.required"));
        } else if (name.length() > MAX_NAME_LENGTH) {
            problems.add(new InvalidInputException.Problem("legalName", "billing.too-long", MAX_NAME_LENGTH));
        }
        if (address.isEmpty()) {
            problems.add(new InvalidInputException.Problem("address", "billing.address.required"));
        } else if (address.length() > MAX_ADDRESS_LENGTH) {
            problems.add(new InvalidInputException.Problem("address", "billing.too-long", MAX_ADDRESS_LENGTH));
        }
        if (!COUNTRIES.contains(country)) {
            problems.add(new InvalidInputException.Problem("country", "billing.country.required"));
        } else if (!taxId.isEmpty() && !TaxIds.looksValid(country, taxId)) {
            problems.add(new InvalidInputException.Problem("taxId", "billing.tax-id.invalid", country));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var clean = new BillingDetails(name, address, country, taxId.isEmpty() ? null : taxId);
        store.saveDetails(AccountPrincipal.currentUserId(), clean, clock.instant());
        return clean;
    }

    /** The signed-in member's documents, newest first. */
    public List<InvoiceSummary> myInvoices() {
        return store.ofBuyer(AccountPrincipal.currentUserId());
    }

    /** A document, for its buyer and admins. */
    public Invoice invoice(InvoiceId id) {
        Invoice invoice = store.find(id).orElseThrow(() -> new UserFacingException("billing.invoice.not-found"));
        var me = AccountPrincipal.current().orElseThrow(() -> new UserFacingException("account.not-signed-in"));
        if (!me.userId().equals(invoice.buyer()) && !me.hasRole(Role.ADMIN)) {
            throw new UserFacingException("billing.invoice.not-allowed");
        }
        return invoice;
    }

    /** The document as PDF, for its buyer and admins. */
    public byte[] pdf(InvoiceId id) {
        return pdf.render(invoice(id));
    }

    /** The document as a PDF file named after its number, for its buyer and admins. */
    public PdfFile pdfFile(InvoiceId id) {
        Invoice invoice = invoice(id);
        return new PdfFile(invoice.number() + ".pdf", pdf.render(invoice));
    }

    /** A rendered document and the name to save it under. */
    public record PdfFile(String fileName, byte[] content) {}

    /** Every document, newest first. Admins only. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<InvoiceSummary> allInvoices(Pageable page) {
        Pageable capped = Paging.capped(page, 100);
        return store.all((int) capped.getOffset(), capped.getPageSize());
    }

    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public long countInvoices() {
        return store.count();
    }

    /** A contract's documents in the order they were issued. Admins only (support and reconciliation). */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    public List<InvoiceSummary> contractInvoices(String contractRef) {
        return store.ofContract(contractRef);
    }
}
