package dk.kk.boligsocial.evaluation.domain;

/** Which way an indicator should move: up for the share of young people in clubs, down for vandalism costs. */
public enum IndicatorDirection { HIGHER_IS_BETTER, LOWER_IS_BETTER }
