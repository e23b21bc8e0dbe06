package org.gigforge.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The tax on Gigforge's service fees. The fee in the ledger is what the buyer pays, tax included (decision 26),
 * so tax is taken out of it: tax = fee × rate / (1 + rate), rounded half up to the minor unit, net = fee − tax.
 * Net plus tax is therefore always exactly the ledger's amount.
 */
@Component
public class TaxPolicy {

    private static final BigDecimal BASIS = BigDecimal.valueOf(10_000);

    private final BillingProperties settings;

    TaxPolicy(BillingProperties settings) {
        this.settings = settings;
    }

    /**
     * The treatment for a buyer. EU buyers with a valid-looking VAT id in another EU country than the seller's are
     * reverse charged (0 %); everyone else pays their country's rate from the table. A buyer whose country is
     * unknown (no billing details yet) is treated as domestic: the seller's rate.
     */
    public TaxTreatment treatmentFor(@Nullable String buyerCountry, @Nullable String buyerTaxId) {
        String seller = settings.seller().country().toUpperCase(Locale.ROOT);
        String country = buyerCountry == null || buyerCountry.isBlank() ? seller : buyerCountry.toUpperCase(Locale.ROOT);
        var tax = settings.tax();
        boolean business = buyerTaxId != null && !buyerTaxId.isBlank() && TaxIds.looksValid(country, buyerTaxId);
        if (business && tax.inEu(seller) && tax.inEu(country) && !country.equals(seller)) {
            return new TaxTreatment(tax.label(country), 0, true);
        }
        return new TaxTreatment(tax.label(country), tax.rate(country), false);
    }

    /** The tax contained in a tax-inclusive amount of minor units, rounded half up (away from zero). */
    public static long taxIncluded(long grossMinor, int basisPoints) {
        if (basisPoints == 0) {
            return 0;
        }
        return BigDecimal.valueOf(grossMinor).multiply(BigDecimal.valueOf(basisPoints))
                .divide(BASIS.add(BigDecimal.valueOf(basisPoints)), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }
}
