package org.gigforge.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.gigforge.taxonomy.Place;

/** Where a member is: a city from the bundled list, copied with its coordinates so distance search needs no join. */
@Embeddable
public class Location {

    @Column(nullable = false)
    private String city = "";

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode = "";

    @Column(nullable = false)
    private double latitude;

    @Column(nullable = false)
    private double longitude;

    protected Location() {}

    Location(Place place) {
        this.city = place.city();
        this.countryCode = place.countryCode();
        this.latitude = place.latitude();
        this.longitude = place.longitude();
    }

    public String city() {
        return city;
    }

    public String countryCode() {
        return countryCode;
    }

    public double latitude() {
        return latitude;
    }

    public double longitude() {
        return longitude;
    }
}
