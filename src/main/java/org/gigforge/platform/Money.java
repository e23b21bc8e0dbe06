package org.gigforge.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** An amount of money: integer minor units (cents) plus an ISO 4217 currency. Never floating point. */
public record Money(long minorUnits, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    /**
     * Currencies members can price work in. All have two decimals and are widely supported by card
     * processors, so fees and payouts behave the same in each.
     */
    public static final java.util.List<String> PRICING_CURRENCIES = java.util.List.of("USD", "EUR", "GBP", "CAD", "AUD", "CHF");

    public static Money of(long minorUnits, String currencyCode) {
        return new Money(minorUnits, Currency.getInstance(currencyCode));
    }

    /** Whole units of the currency, e.g. {@code ofMajor(250, "USD")} is 250.00 USD. */
    public static Money ofMajor(long majorUnits, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return new Money(Math.multiplyExact(majorUnits, factor(currency)), currency);
    }

    /** True when the amount lies between the two whole amounts of its own currency, both included. */
    public boolean isWithinMajor(long minMajor, long maxMajor) {
        String code = currency.getCurrencyCode();
        return compareTo(ofMajor(minMajor, code)) >= 0 && compareTo(ofMajor(maxMajor, code)) <= 0;
    }

    /** The same amount the other way round, e.g. to show a ledger debit as a plain amount. */
    public Money negate() {
        return new Money(Math.negateExact(minorUnits), currency);
    }

    public boolean isPositive() {
        return minorUnits > 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minorUnits, other.minorUnits), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minorUnits, other.minorUnits), currency);
    }

    /** The amount as a decimal in major units, exact. */
    public BigDecimal toDecimal() {
        return BigDecimal.valueOf(minorUnits, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    /** Formats for people, by locale: {@code $1,250.00} in en-US, {@code 1.250,00 $} in de-DE. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        if (minorUnits % factor(currency) == 0) {
            format.setMinimumFractionDigits(0);
        }
        return format.format(toDecimal());
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minorUnits, other.minorUnits);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Currencies differ: " + currency + " and " + other.currency);
        }
    }

    private static long factor(Currency currency) {
        return (long) Math.pow(10, Math.max(currency.getDefaultFractionDigits(), 0));
    }

    @Override
    public String toString() {
        return toDecimal().toPlainString() + " " + currency.getCurrencyCode();
    }
}
