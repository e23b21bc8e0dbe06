package org.gigforge.account.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.gigforge.account.AccountSummary;
import org.gigforge.account.Role;
import org.gigforge.account.UserId;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "account_user")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private String email;

    @Column(name = "display_name", nullable = false)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_sign_in_at")
    private @Nullable Instant lastSignInAt;

    @Column(name = "email_verified_at")
    private @Nullable Instant emailVerifiedAt;

    /** The language mails are written in: {@code en} or {@code de}. */
    @Column(nullable = false)
    private String language = "en";

    protected UserAccount() {
        this.email = "";
        this.name = "";
        this.passwordHash = "";
        this.createdAt = Instant.EPOCH;
    }

    public UserAccount(String email, String name, String passwordHash, Set<Role> roles, Instant createdAt) {
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public UserId id() {
        if (id == null) {
            throw new IllegalStateException("Account not saved yet");
        }
        return new UserId(id);
    }

    public String email() {
        return email;
    }

    public String name() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public void grant(Role role) {
        roles.add(role);
    }

    public boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    public void verifyEmail(Instant at) {
        if (emailVerifiedAt == null) {
            emailVerifiedAt = at;
        }
    }

    public String language() {
        return language;
    }

    public void speaks(String language) {
        this.language = language;
    }

    public void signedIn(Instant at) {
        this.lastSignInAt = at;
    }

    public AccountSummary summary() {
        return new AccountSummary(id(), name, email, roles(), createdAt, lastSignInAt);
    }
}
