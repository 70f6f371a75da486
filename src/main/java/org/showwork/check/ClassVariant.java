package org.showwork.check;

/**
 * One variant of a class made by {@code showwork generate}, as the caller read it from the class's
 * index: its code, the student it was drawn for, and its problem ready to mark against.
 */
public record ClassVariant(String code, Flag.Owner owner, CheckTarget target) {}
