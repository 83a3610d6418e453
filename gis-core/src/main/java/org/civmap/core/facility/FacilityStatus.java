package org.civmap.core.facility;

/** Where a facility is in its life. Only OPEN facilities count toward plan indicators. Immutable. */
public enum FacilityStatus {
    PLANNED("规划"),
    UNDER_CONSTRUCTION("在建"),
    OPEN("运营"),
    CLOSED("关闭");

    private final String labelZh;

    FacilityStatus(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }
}
