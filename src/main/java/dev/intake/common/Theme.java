package dev.intake.common;

/** Light or dark look; SYSTEM follows the operating system's preference. */
public enum Theme { SYSTEM, LIGHT, DARK }
