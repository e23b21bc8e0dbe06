package org.gigforge.account;

import java.util.Locale;

/** How to write to a member: for mail delivery only, never shown to other members. */
public record AccountContact(UserId id, String name, String email, Locale locale, boolean emailVerified) {}
