package org.soptrack.core.domain.sop;

/** Where a required deposit stands. */
public enum DepositState { DUE, PAID, REFUNDED, FORFEITED }
