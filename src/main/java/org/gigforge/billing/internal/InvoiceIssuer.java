package org.gigforge.billing.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.gigforge.account.AccountContact;
import org.gigforge.account.AccountEmails;
import org.gigforge.account.UserId;
import org.gigforge.billing.BillingDetails;
import org.gigforge.billing.BillingProperties;
import org.gigforge.billing.InvoiceKind;
import org.gigforge.billing.InvoiceLine;
import org.gigforge.billing.TaxPolicy;
import org.gigforge.billing.TaxTreatment;
import org.gigforge.payment.PaymentPosted;
import org.gigforge.payment.Posting;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the documents of each new ledger transaction, inside the transaction that posts it: a charge and its
 * documents commit or roll back together, so every posting has its documents and no number is lost to a posting
 * that failed. A funding gives the client a receipt (price plus client fee) and a fee invoice; a release gives the
 * freelancer a fee invoice; a refund gives the client a credit note for what came back. Fees of nothing issue no
 * fee invoice.
 */
@Component
class InvoiceIssuer {

    private final InvoiceStore store;
    private final TaxPolicy tax;
    private final BillingProperties settings;
    private final AccountEmails accounts;

    InvoiceIssuer(InvoiceStore store, TaxPolicy tax, BillingProperties settings, AccountEmails accounts) {
        this.store = store;
        this.tax = tax;
        this.settings = settings;
        this.accounts = accounts;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(PaymentPosted posted) {
        Posting posting = posted.posting();
        switch (posting.kind()) {
            case FUND -> {
                BillingDetails buyer = buyer(posted.client());
                TaxTreatment treatment = treatment(buyer);
                var price = untaxed("Payment into escrow, " + posting.contractRef(), posting.price());
                var fee = taxed("Gigforge client service fee, " + posting.contractRef(), posting.fee(), treatment);
                issue(InvoiceKind.RECEIPT, posting, posted.client(), buyer, null,
                        posting.fee().isPositive() ? List.of(price, fee) : List.of(price), treatment.reverseCharge());
                if (posting.fee().isPositive()) {
                    issue(InvoiceKind.CLIENT_FEE, posting, posted.client(), buyer, null, List.of(fee),
                            treatment.reverseCharge());
                }
            }
            case RELEASE -> {
                if (posting.fee().isPositive()) {
                    BillingDetails buyer = buyer(posted.freelancer());
                    TaxTreatment treatment = treatment(buyer);
                    issue(InvoiceKind.FREELANCER_FEE, posting, posted.freelancer(), buyer, null,
                            List.of(taxed("Gigforge freelancer service fee, " + posting.contractRef(), posting.fee(),
                                    treatment)), treatment.reverseCharge());
                }
            }
            case REFUND -> {
                BillingDetails buyer = buyer(posted.client());
                Long receipt = store.latestReceipt(posting.contractRef(), posted.client()).orElse(null);
                // A returned fee is credited at the rate it was charged at, whatever the buyer's details say now.
                TaxTreatment treatment = receipt == null ? treatment(buyer)
                        : store.feeTreatment(receipt).orElseGet(() -> treatment(buyer));
                List<InvoiceLine> lines = new ArrayList<>();
                lines.add(untaxed("Refund of escrow payment, " + posting.contractRef(), posting.price()));
                if (posting.fee().isPositive()) {
                    lines.add(taxed("Returned client service fee, " + posting.contractRef(), posting.fee(), treatment));
                }
                issue(InvoiceKind.CREDIT_NOTE, posting, posted.client(), buyer, receipt, lines, treatment.reverseCharge());
            }
            case SUBSCRIPTION -> {
                BillingDetails buyer = buyer(posted.client());
                TaxTreatment treatment = treatment(buyer);
                issue(InvoiceKind.SUBSCRIPTION, posting, posted.client(), buyer, null,
                        List.of(taxed(posting.memo(), posting.price(), treatment)), treatment.reverseCharge());
            }
        }
    }

    private void issue(InvoiceKind kind, Posting posting, UserId buyer, BillingDetails details, @Nullable Long credits,
            List<InvoiceLine> lines, boolean reverseCharge) {
        long transaction = posting.id().value();
        if (store.exists(transaction, kind)) {
            return;
        }
        int year = posting.postedAt().atZone(ZoneOffset.UTC).getYear();
        long sequence = store.nextNumber(kind.series(), year);
        String number = "%s-%d-%06d".formatted(kind.series(), year, sequence);
        Currency currency = posting.price().currency();
        store.insert(new InvoiceStore.Draft(kind, transaction, posting.contractRef(), credits, buyer,
                details, seller(), currency, lines, reverseCharge, posting.postedAt()), number, year, sequence);
    }

    /** The buyer's details now, copied into the document; the account's name when they gave none yet. */
    private BillingDetails buyer(UserId member) {
        return store.details(member).orElseGet(() -> new BillingDetails(
                accounts.contact(member).map(AccountContact::name).orElse("#" + member.value()), "", "", null));
    }

    private TaxTreatment treatment(BillingDetails buyer) {
        return tax.treatmentFor(buyer.country(), buyer.taxId());
    }

    private BillingDetails seller() {
        var seller = settings.seller();
        return new BillingDetails(seller.name(), seller.address(), seller.country(), seller.taxId());
    }

    private static InvoiceLine untaxed(String description, Money amount) {
        Money zero = new Money(0, amount.currency());
        return new InvoiceLine(description, amount, TaxTreatment.NONE.label(), 0, zero, amount);
    }

    /** A fee line: the ledger's fee is the gross; the tax inside it is split out, so net + tax = the ledger's fee. */
    private static InvoiceLine taxed(String description, Money gross, TaxTreatment treatment) {
        long taxMinor = TaxPolicy.taxIncluded(gross.minorUnits(), treatment.basisPoints());
        Money taxAmount = new Money(taxMinor, gross.currency());
        return new InvoiceLine(description, gross.minus(taxAmount), treatment.label(), treatment.basisPoints(), taxAmount,
                gross);
    }
}
