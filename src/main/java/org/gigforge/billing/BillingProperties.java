package org.gigforge.billing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing settings, under {@code gigforge.billing}: who issues the documents (Gigforge's legal entity) and the tax
 * table for Gigforge's own supply, its service fees. See docs/decisions/0026-invoices-and-tax.md.
 */
@ConfigurationProperties("gigforge.billing")
public record BillingProperties(@DefaultValue Seller seller, @DefaultValue Tax tax) {

    /** The legal entity printed as the seller on every document. */
    public record Seller(
            @DefaultValue("Gigforge") String name,
            @DefaultValue("Gigforge, Platz der Republik 1, 10557 Berlin") String address,
            /** ISO 3166 alpha-2; decides which buyers are domestic and which EU buyers are reverse charged. */
            @DefaultValue("DE") String country,
            @DefaultValue("DE000000000") String taxId) {}

    /**
     * The tax on service fees by the buyer's country (ISO alpha-2 keys): {@code rates} in basis points (1900 =
     * 19 %), {@code labels} the tax's name where it is not VAT (e.g. GST). Countries missing from the table are
     * charged {@code default-basis-points}. {@code eu-countries} are those where B2B buyers with a VAT id are
     * reverse charged when they are not in the seller's country.
     */
    public record Tax(
            @DefaultValue Map<String, Integer> rates,
            @DefaultValue Map<String, String> labels,
            @DefaultValue("0") int defaultBasisPoints,
            @DefaultValue({"AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT",
                "LT", "LU", "LV", "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK"}) List<String> euCountries) {

        /** The rate for a country, in basis points. */
        public int rate(String country) {
            String code = country.toUpperCase(Locale.ROOT);
            for (var entry : rates.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(code)) {
                    return entry.getValue();
                }
            }
            return defaultBasisPoints;
        }

        /** The tax's name in a country: VAT unless the table says otherwise. */
        public String label(String country) {
            for (var entry : labels.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(country)) {
                    return entry.getValue();
                }
            }
            return "VAT";
        }

        public boolean inEu(String country) {
            return euCountries.stream().anyMatch(eu -> eu.equalsIgnoreCase(country));
        }
    }
}
