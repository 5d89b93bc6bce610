package org.soptrack.core.domain.tenancy;

/** Where an organization stands with its subscription (R-TEN-6). */
public enum SubscriptionState { TRIAL, ACTIVE, PAST_DUE, CANCELLED }
