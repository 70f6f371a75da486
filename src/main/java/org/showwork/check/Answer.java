package org.showwork.check;

/**
 * One answer as it stands in a submission, before it is matched to the problem: the id the student
 * labelled it with, what they wrote, and the line it is on (0 when the format has no lines).
 */
public record Answer(String id, Written written, int line) {}
