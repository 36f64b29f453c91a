package org.aiventure.workbook.domain;

/** Team roles of the team-building checklist (knowledge.md), and CUSTOM for a founder's own role. */
public enum Role {
    FOUNDER_CEO, PRODUCT, ML_RESEARCH, ML_ENGINEERING, DATA_ENGINEERING, MLOPS_INFRA, SECURITY_PRIVACY, LEGAL_COMPLIANCE, ETHICS_REVIEW, DOMAIN_EXPERT, GO_TO_MARKET, CUSTOM
}
