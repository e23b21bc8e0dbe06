package org.gigforge.taxonomy;

/** A city from the bundled list, with coordinates (WGS84) and its IANA time zone. */
public record Place(String city, String countryCode, String countryName, double latitude, double longitude, String timeZone) {

    public String label() {
        return city + ", " + countryName;
    }
}
