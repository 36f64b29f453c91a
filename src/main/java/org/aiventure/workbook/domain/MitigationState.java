package org.aiventure.workbook.domain;

/** Progress of a mitigation; only IMPLEMENTED and VERIFIED ones reduce a risk's residual score. */
public enum MitigationState {
    PLANNED, IN_PROGRESS, IMPLEMENTED, VERIFIED
}
