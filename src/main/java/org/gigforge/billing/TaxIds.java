package org.gigforge.billing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a tax id looks valid for its country: the shape only (prefix, digits, length), not whether a tax office
 * issued it. EU VAT ids carry their country prefix ({@code DE123456789}; Greece uses {@code EL}); elsewhere the
 * national form (GB VAT, Australian ABN, US EIN, Swiss UID, Canadian BN). Spaces, dots and dashes are ignored.
 */
public final class TaxIds {

    private static final Map<String, Pattern> FORMATS = Map.ofEntries(
            Map.entry("AT", Pattern.compile("ATU\\d{8}")),
            Map.entry("BE", Pattern.compile("BE[01]\\d{9}")),
            Map.entry("BG", Pattern.compile("BG\\d{9,10}")),
            Map.entry("CY", Pattern.compile("CY\\d{8}[A-Z]")),
            Map.entry("CZ", Pattern.compile("CZ\\d{8,10}")),
            Map.entry("DE", Pattern.compile("DE\\d{9}")),
            Map.entry("DK", Pattern.compile("DK\\d{8}")),
            Map.entry("EE", Pattern.compile("EE\\d{9}")),
            Map.entry("ES", Pattern.compile("ES[A-Z0-9]\\d{7}[A-Z0-9]")),
            Map.entry("FI", Pattern.compile("FI\\d{8}")),
            Map.entry("FR", Pattern.compile("FR[A-HJ-NP-Z0-9]{2}\\d{9}")),
            Map.entry("GR", Pattern.compile("EL\\d{9}")),
            Map.entry("HR", Pattern.compile("HR\\d{11}")),
            Map.entry("HU", Pattern.compile("HU\\d{8}")),
            Map.entry("IE", Pattern.compile("IE\\d{7}[A-W][A-I]?|IE\\d[A-Z+*]\\d{5}[A-W]")),
            Map.entry("IT", Pattern.compile("IT\\d{11}")),
            Map.entry("LT", Pattern.compile("LT(\\d{9}|\\d{12})")),
            Map.entry("LU", Pattern.compile("LU\\d{8}")),
            Map.entry("LV", Pattern.compile("LV\\d{11}")),
            Map.entry("MT", Pattern.compile("MT\\d{8}")),
            Map.entry("NL", Pattern.compile("NL\\d{9}B\\d{2}")),
            Map.entry("PL", Pattern.compile("PL\\d{10}")),
            Map.entry("PT", Pattern.compile("PT\\d{9}")),
            Map.entry("RO", Pattern.compile("RO\\d{2,10}")),
            Map.entry("SE", Pattern.compile("SE\\d{10}01")),
            Map.entry("SI", Pattern.compile("SI\\d{8}")),
            Map.entry("SK", Pattern.compile("SK\\d{10}")),
            Map.entry("GB", Pattern.compile("GB(\\d{9}|\\d{12})")),
            Map.entry("CH", Pattern.compile("CHE\\d{9}(MWST|TVA|IVA)?")),
            Map.entry("AU", Pattern.compile("\\d{11}")),
            Map.entry("CA", Pattern.compile("\\d{9}(RT\\d{4})?")),
            Map.entry("US", Pattern.compile("\\d{9}")));

    /** Longest id we keep, after normalising. */
    public static final int MAX_LENGTH = 20;

    private TaxIds() {}

    /** Upper case, without spaces, dots and dashes: how ids are compared and stored. */
    public static String normalise(String taxId) {
        return taxId.toUpperCase(Locale.ROOT).replaceAll("[\\s.\\-]", "");
    }

    /**
     * True when the (normalised) id has its country's shape. Countries without a known format accept any 4 to 20
     * letters and digits, so members there can still put their id on their invoices.
     */
    public static boolean looksValid(String country, String taxId) {
        String id = normalise(taxId);
        if (id.length() > MAX_LENGTH) {
            return false;
        }
        return Optional.ofNullable(FORMATS.get(country.toUpperCase(Locale.ROOT)))
                .map(format -> format.matcher(id).matches())
                .orElseGet(() -> id.matches("[A-Z0-9]{4,20}"));
    }
}
