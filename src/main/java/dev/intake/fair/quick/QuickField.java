package dev.intake.fair.quick;

/** The inputs of quick entry in their Tab order: what the view moves focus to when the ViewModel asks. */
public enum QuickField { FIRST_NAME, LAST_NAME, EMAIL, PHONE, JOB, RATING, NOTE, CONSENT }
