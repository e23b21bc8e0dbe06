package org.gigforge.billing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.gigforge.account.UserId;
import org.gigforge.billing.BillingDetails;
import org.gigforge.billing.Invoice;
import org.gigforge.billing.InvoiceId;
import org.gigforge.billing.InvoiceKind;
import org.gigforge.billing.InvoiceLine;
import org.gigforge.billing.InvoiceSummary;
import org.gigforge.billing.TaxTreatment;
import org.gigforge.platform.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Billing details, invoices and their lines in the database; the rules live in the callers. */
@Component
public class InvoiceStore {

    private static final String SUMMARY = """
            select id, number, kind, issued_at, contract_ref, buyer_id, buyer_name, currency, total_minor from invoice""";

    /** A document to insert; its number is taken in the same transaction. */
    record Draft(InvoiceKind kind, long ledgerTransactionId, String contractRef, @Nullable Long creditsInvoiceId,
            UserId buyer, BillingDetails buyerDetails, BillingDetails seller, Currency currency, List<InvoiceLine> lines,
            boolean reverseCharge, Instant issuedAt) {}

    private final JdbcClient jdbc;

    InvoiceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<BillingDetails> details(UserId member) {
        return jdbc.sql("select legal_name, address, country, tax_id from billing_details where user_id = ?")
                .param(member.value())
                .query((rs, row) -> new BillingDetails(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    public void saveDetails(UserId member, BillingDetails details, Instant now) {
        jdbc.sql("""
                insert into billing_details (user_id, legal_name, address, country, tax_id, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (user_id) do update set legal_name = excluded.legal_name, address = excluded.address,
                    country = excluded.country, tax_id = excluded.tax_id, updated_at = excluded.updated_at""")
                .params(member.value(), details.legalName(), details.address(), details.country(),
                        new SqlParameterValue(Types.VARCHAR, details.taxId()), timestamp(now))
                .update();
    }

    /**
     * The next number of the series in the year. The upsert locks the counter row until the transaction ends, so
     * concurrent issuers queue behind it, and a transaction that rolls back gives its number back: no gaps, no
     * duplicates.
     */
    long nextNumber(String series, int year) {
        return jdbc.sql("""
                insert into invoice_counter (series, year, last_number) values (?, ?, 1)
                on conflict (series, year) do update set last_number = invoice_counter.last_number + 1
                returning last_number""")
                .params(series, year)
                .query(Long.class)
                .single();
    }

    boolean exists(long ledgerTransactionId, InvoiceKind kind) {
        return jdbc.sql("select count(*) from invoice where ledger_transaction_id = ? and kind = ?")
                .params(ledgerTransactionId, kind.name()).query(Long.class).single() > 0;
    }

    /** The contract's latest receipt for the buyer: what a refund's credit note corrects. */
    Optional<Long> latestReceipt(String contractRef, UserId buyer) {
        return jdbc.sql("""
                select id from invoice where contract_ref = ? and buyer_id = ? and kind = 'RECEIPT'
                order by issued_at desc, id desc limit 1""")
                .params(contractRef, buyer.value()).query(Long.class).optional();
    }

    /** How a document's fee line (its first taxed one) was taxed, to credit a returned fee the same way. */
    Optional<TaxTreatment> feeTreatment(long invoiceId) {
        return find(new InvoiceId(invoiceId)).flatMap(invoice -> invoice.lines().stream()
                .filter(line -> !line.taxLabel().isEmpty()).findFirst()
                .map(line -> new TaxTreatment(line.taxLabel(), line.taxBasisPoints(), invoice.reverseCharge())));
    }

    InvoiceId insert(Draft draft, String number, int year, long sequence) {
        long net = draft.lines().stream().mapToLong(line -> line.net().minorUnits()).sum();
        long tax = draft.lines().stream().mapToLong(line -> line.tax().minorUnits()).sum();
        long id = jdbc.sql("""
                insert into invoice (number, series, year, sequence, kind, ledger_transaction_id, contract_ref,
                    credits_invoice_id, buyer_id, buyer_name, buyer_address, buyer_country, buyer_tax_id, seller_name,
                    seller_address, seller_country, seller_tax_id, currency, net_minor, tax_minor, total_minor,
                    reverse_charge, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(number, draft.kind().series(), year, sequence, draft.kind().name(), draft.ledgerTransactionId(),
                        draft.contractRef(), new SqlParameterValue(Types.BIGINT, draft.creditsInvoiceId()),
                        draft.buyer().value(), draft.buyerDetails().legalName(), draft.buyerDetails().address(),
                        new SqlParameterValue(Types.CHAR, blankToNull(draft.buyerDetails().country())),
                        new SqlParameterValue(Types.VARCHAR, draft.buyerDetails().taxId()), draft.seller().legalName(),
                        draft.seller().address(), draft.seller().country(), draft.seller().taxId(),
                        draft.currency().getCurrencyCode(), net, tax, net + tax, draft.reverseCharge(),
                        timestamp(draft.issuedAt()))
                .query(Long.class).single();
        int position = 0;
        for (InvoiceLine line : draft.lines()) {
            jdbc.sql("""
                    insert into invoice_line (invoice_id, position, description, net_minor, tax_label, tax_rate_bp,
                        tax_minor, total_minor) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, ++position, line.description(), line.net().minorUnits(),
                            new SqlParameterValue(Types.VARCHAR, blankToNull(line.taxLabel())), line.taxBasisPoints(),
                            line.tax().minorUnits(), line.total().minorUnits())
                    .update();
        }
        return new InvoiceId(id);
    }

    public Optional<Invoice> find(InvoiceId id) {
        return jdbc.sql("""
                select i.*, c.number as credits_number from invoice i left join invoice c on c.id = i.credits_invoice_id
                where i.id = ?""")
                .param(id.value())
                .query((rs, row) -> invoice(rs, lines(rs.getLong("id"), Currency.getInstance(rs.getString("currency")))))
                .optional();
    }

    public List<InvoiceSummary> ofBuyer(UserId buyer) {
        return jdbc.sql(SUMMARY + " where buyer_id = ? order by issued_at desc, id desc")
                .param(buyer.value()).query(InvoiceStore::summary).list();
    }

    public List<InvoiceSummary> all(int offset, int limit) {
        return jdbc.sql(SUMMARY + " order by issued_at desc, id desc offset ? limit ?")
                .params(offset, limit).query(InvoiceStore::summary).list();
    }

    public long count() {
        return jdbc.sql("select count(*) from invoice").query(Long.class).single();
    }

    public List<InvoiceSummary> ofContract(String contractRef) {
        return jdbc.sql(SUMMARY + " where contract_ref = ? order by id")
                .param(contractRef).query(InvoiceStore::summary).list();
    }

    private List<InvoiceLine> lines(long invoiceId, Currency currency) {
        return jdbc.sql("""
                select description, net_minor, tax_label, tax_rate_bp, tax_minor, total_minor from invoice_line
                where invoice_id = ? order by position""")
                .param(invoiceId)
                .query((rs, row) -> new InvoiceLine(rs.getString(1), new Money(rs.getLong(2), currency),
                        nullToEmpty(rs.getString(3)), rs.getInt(4), new Money(rs.getLong(5), currency),
                        new Money(rs.getLong(6), currency)))
                .list();
    }

    private static Invoice invoice(ResultSet rs, List<InvoiceLine> lines) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Invoice(new InvoiceId(rs.getLong("id")), rs.getString("number"), InvoiceKind.valueOf(rs.getString("kind")),
                rs.getObject("issued_at", OffsetDateTime.class).toInstant(), rs.getString("contract_ref"),
                rs.getString("credits_number"), new UserId(rs.getLong("buyer_id")),
                new BillingDetails(rs.getString("buyer_name"), rs.getString("buyer_address"),
                        nullToEmpty(rs.getString("buyer_country")), rs.getString("buyer_tax_id")),
                new BillingDetails(rs.getString("seller_name"), rs.getString("seller_address"),
                        rs.getString("seller_country"), rs.getString("seller_tax_id")),
                lines, new Money(rs.getLong("net_minor"), currency), new Money(rs.getLong("tax_minor"), currency),
                new Money(rs.getLong("total_minor"), currency), rs.getBoolean("reverse_charge"));
    }

    private static InvoiceSummary summary(ResultSet rs, int row) throws SQLException {
        return new InvoiceSummary(new InvoiceId(rs.getLong("id")), rs.getString("number"),
                InvoiceKind.valueOf(rs.getString("kind")), rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                rs.getString("contract_ref"), new UserId(rs.getLong("buyer_id")), rs.getString("buyer_name"),
                new Money(rs.getLong("total_minor"), Currency.getInstance(rs.getString("currency"))));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
