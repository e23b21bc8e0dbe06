package org.gigforge.mail;

/**
 * Why an address gets no more mail. A hard bounce stops every mail, password resets too (it would bounce again);
 * a complaint stops everything but the mails the member asks for themselves (verification, password reset).
 */
public enum SuppressionReason { HARD_BOUNCE, COMPLAINT }
