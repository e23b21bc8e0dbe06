package org.gigforge.profile.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gigforge.account.UserId;
import org.gigforge.profile.ClientCard;
import org.gigforge.profile.ClientProfileData;
import org.gigforge.taxonomy.Place;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "profile_client")
public class ClientProfile {

    @Id
    @Column(name = "user_id")
    private long userId;

    @Column(name = "company_name")
    private @Nullable String companyName;

    @Column
    private @Nullable String description;

    @Embedded
    private Location location = new Location();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.EPOCH;

    @Column(name = "payment_verified", nullable = false)
    private boolean paymentVerified;

    @Column(name = "logo_file_id")
    private java.util.@Nullable UUID logoFileId;

    @Column(name = "logo_url")
    private @Nullable String logoUrl;

    protected ClientProfile() {}

    public ClientProfile(UserId user, Instant createdAt) {
        this.userId = user.value();
        this.createdAt = createdAt;
    }

    public void update(ClientProfileData data, Place place) {
        this.companyName = data.companyName();
        this.description = data.description();
        this.location = new Location(place);
    }

    public void logo(org.gigforge.file.@Nullable StoredFile logo) {
        this.logoFileId = logo == null ? null : logo.id().value();
        this.logoUrl = logo == null ? null : logo.url();
    }

    /** The client has paid through the platform; it stays verified (a later refund does not undo having paid). */
    public void paymentVerified() {
        this.paymentVerified = true;
    }

    public ClientCard card() {
        return new ClientCard(companyName, description, location.city(), location.countryCode(), paymentVerified, logoUrl);
    }

    public ClientProfileData data() {
        return new ClientProfileData(companyName, description, location.city(), location.countryCode());
    }
}
