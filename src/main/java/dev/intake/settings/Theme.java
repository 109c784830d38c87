package dev.intake.settings;

/** Light or dark look; SYSTEM follows the operating system's preference. */
public enum Theme { SYSTEM, LIGHT, DARK }
