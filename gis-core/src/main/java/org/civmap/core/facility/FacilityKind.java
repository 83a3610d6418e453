package org.civmap.core.facility;

import java.util.Locale;

/**
 * The closed vocabulary of facility kinds the plan counts (shared/docs/DOMAIN.md). Immutable.
 */
public enum FacilityKind {
    ELDERLY_CARE_HOME("养老机构", "elderly-care home"),
    DISABLED_CARE_HOME("失能照护机构", "disabled-elderly care home"),
    RURAL_REGIONAL_CENTRE("农村区域性养老服务中心", "rural regional elderly-care centre"),
    COMMUNITY_CARE_COMPLEX("社区养老服务综合体", "community elderly-care complex"),
    COMMUNITY_DAY_CARE("日间照料中心", "community day-care centre"),
    ELDERLY_CANTEEN("老年幸福食堂", "elderly canteen"),
    FUNERAL_HOME("殡仪馆", "funeral home"),
    RURAL_PUBLIC_CEMETERY("农村公益性公墓", "rural public cemetery"),
    COLUMBARIUM("骨灰堂", "columbarium"),
    COMMERCIAL_CEMETERY("经营性公墓", "commercial cemetery"),
    CHILD_WELFARE("儿童福利机构", "child-welfare institution"),
    MINORS_PROTECTION_CENTRE("未成年人救助保护机构", "minors' protection centre"),
    MINORS_PROTECTION_STATION("未成年人保护工作站", "minors' protection station"),
    RELIEF_STATION("救助管理站", "relief station"),
    SOCIAL_WORK_STATION("社工站", "social-work station");

    private final String labelZh;
    private final String labelEn;

    FacilityKind(String labelZh, String labelEn) {
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * Parses a kind by its code ({@code FUNERAL_HOME}, case-insensitive) or its Chinese label.
     *
     * @throws IllegalArgumentException naming the value and pointing at the vocabulary
     */
    public static FacilityKind parse(String value) {
        String v = value == null ? "" : value.trim();
        for (FacilityKind k : values()) {
            if (k.name().equalsIgnoreCase(v) || k.labelZh.equals(v)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind must be one of the facility vocabulary (e.g. FUNERAL_HOME or 殡仪馆;"
                + " see docs/facilities.md), was '" + v + "'");
    }

    /** Returns the code in lower case, as used in file names and URLs. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
