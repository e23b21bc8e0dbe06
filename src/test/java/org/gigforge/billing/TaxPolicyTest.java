package org.gigforge.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tax on the service fees by the buyer's country, reverse charge, tax id shapes and rounding. */
class TaxPolicyTest {

    private static final List<String> EU = List.of("AT", "DE", "FR", "IT", "NL");

    private final TaxPolicy policy = new TaxPolicy(new BillingProperties(
            new BillingProperties.Seller("Gigforge", "Berlin", "DE", "DE000000000"),
            new BillingProperties.Tax(Map.of("DE", 1900, "FR", 2000, "GB", 2000, "AU", 1000, "US", 0),
                    Map.of("AU", "GST"), 0, EU)));

    @Test
    void consumers_pay_their_countrys_rate_from_the_table() {
        assertThat(policy.treatmentFor("DE", null)).isEqualTo(new TaxTreatment("VAT", 1900, false));
        assertThat(policy.treatmentFor("fr", "")).isEqualTo(new TaxTreatment("VAT", 2000, false));
        assertThat(policy.treatmentFor("GB", null)).isEqualTo(new TaxTreatment("VAT", 2000, false));
        assertThat(policy.treatmentFor("AU", "51824753556")).isEqualTo(new TaxTreatment("GST", 1000, false));
        assertThat(policy.treatmentFor("US", "123456789")).isEqualTo(new TaxTreatment("VAT", 0, false));
        assertThat(policy.treatmentFor("BR", null)).as("not in the table: the default rate")
                .isEqualTo(new TaxTreatment("VAT", 0, false));
    }

    @Test
    void eu_businesses_with_a_valid_looking_vat_id_outside_the_sellers_country_are_reverse_charged() {
        assertThat(policy.treatmentFor("FR", "FR12345678901")).isEqualTo(new TaxTreatment("VAT", 0, true));
        assertThat(policy.treatmentFor("AT", "ATU12345678")).isEqualTo(new TaxTreatment("VAT", 0, true));
        assertThat(policy.treatmentFor("DE", "DE123456789")).as("same country as the seller: domestic VAT")
                .isEqualTo(new TaxTreatment("VAT", 1900, false));
        assertThat(policy.treatmentFor("FR", "FR123")).as("malformed id: taxed like a consumer")
                .isEqualTo(new TaxTreatment("VAT", 2000, false));
        assertThat(policy.treatmentFor("GB", "GB123456789")).as("outside the EU: no EU reverse charge")
                .isEqualTo(new TaxTreatment("VAT", 2000, false));
    }

    @Test
    void a_buyer_without_a_country_is_taxed_as_domestic() {
        assertThat(policy.treatmentFor(null, null)).isEqualTo(new TaxTreatment("VAT", 1900, false));
        assertThat(policy.treatmentFor("", "FR12345678901")).isEqualTo(new TaxTreatment("VAT", 1900, false));
    }

    @Test
    void the_tax_inside_a_fee_is_rounded_half_up_and_net_plus_tax_is_the_fee() {
        // 6.17 incl. 19 %: 617 * 19 / 119 = 98.51 -> 99; 6.19: 98.83 -> 99; 5.95: exactly 95.
        assertThat(TaxPolicy.taxIncluded(617, 1900)).isEqualTo(99);
        assertThat(TaxPolicy.taxIncluded(595, 1900)).isEqualTo(95);
        // 1 cent incl. 20 %: 0.1666 -> 0; 3 cents: 0.5 -> 1 (half up).
        assertThat(TaxPolicy.taxIncluded(1, 2000)).isZero();
        assertThat(TaxPolicy.taxIncluded(3, 2000)).isEqualTo(1);
        assertThat(TaxPolicy.taxIncluded(1100, 1000)).isEqualTo(100);
        assertThat(TaxPolicy.taxIncluded(12345, 0)).isZero();
    }

    @Test
    void tax_ids_are_checked_by_their_countrys_shape() {
        assertThat(TaxIds.looksValid("DE", "DE123456789")).isTrue();
        assertThat(TaxIds.looksValid("DE", "de 123 456 789")).isTrue();
        assertThat(TaxIds.looksValid("DE", "DE12345678")).isFalse();
        assertThat(TaxIds.looksValid("DE", "FR12345678901")).isFalse();
        assertThat(TaxIds.looksValid("GR", "EL123456789")).isTrue();
        assertThat(TaxIds.looksValid("NL", "NL123456789B01")).isTrue();
        assertThat(TaxIds.looksValid("AU", "51 824 753 556")).isTrue();
        assertThat(TaxIds.looksValid("US", "12-3456789")).isTrue();
        assertThat(TaxIds.looksValid("NO", "NO923609016MVA")).as("no known format: letters and digits").isTrue();
        assertThat(TaxIds.looksValid("NO", "x")).isFalse();
    }
}
