package org.civmap.core.division;

/**
 * Names the kind of a division within its level (自治州, 县级市, 街道…), derived from the suffix of
 * its statutory name. Immutable.
 */
public enum DivisionKind {
    PROVINCE(DivisionLevel.PROVINCE, "省", "province"),
    AUTONOMOUS_PREFECTURE(DivisionLevel.PREFECTURE, "自治州", "autonomous prefecture"),
    PREFECTURE_CITY(DivisionLevel.PREFECTURE, "地级市", "prefecture-level city"),
    COUNTY(DivisionLevel.COUNTY, "县", "county"),
    AUTONOMOUS_COUNTY(DivisionLevel.COUNTY, "自治县", "autonomous county"),
    COUNTY_CITY(DivisionLevel.COUNTY, "县级市", "county-level city"),
    DISTRICT(DivisionLevel.COUNTY, "市辖区", "district"),
    TOWN(DivisionLevel.TOWNSHIP, "镇", "town"),
    TOWNSHIP(DivisionLevel.TOWNSHIP, "乡", "township"),
    ETHNIC_TOWNSHIP(DivisionLevel.TOWNSHIP, "民族乡", "ethnic township"),
    SUBDISTRICT(DivisionLevel.TOWNSHIP, "街道", "subdistrict"),
    STATISTICAL_UNIT(DivisionLevel.TOWNSHIP, "统计单位", "statistical unit (farm, zone, prison; not a township)"),
    VILLAGE_COMMITTEE(DivisionLevel.VILLAGE, "村委会", "village committee"),
    COMMUNITY_COMMITTEE(DivisionLevel.VILLAGE, "社区居委会", "community committee"),
    VILLAGE_STATISTICAL_UNIT(DivisionLevel.VILLAGE, "村级统计单位", "village-level statistical unit");

    private final DivisionLevel level;
    private final String labelZh;
    private final String labelEn;

    DivisionKind(DivisionLevel level, String labelZh, String labelEn) {
        this.level = level;
        this.labelZh = labelZh;
        this.labelEn = labelEn;
    }

    public DivisionLevel level() {
        return level;
    }

    public String labelZh() {
        return labelZh;
    }

    public String labelEn() {
        return labelEn;
    }

    /** Tells whether this is a real administrative unit rather than a statistical one. */
    public boolean administrative() {
        return this != STATISTICAL_UNIT && this != VILLAGE_STATISTICAL_UNIT;
    }

    /**
     * Classifies a name at a level by its suffix.
     *
     * @return the kind; townships with no township suffix are {@link #STATISTICAL_UNIT}
     */
    public static DivisionKind classify(DivisionLevel level, String name) {
        return switch (level) {
            case PROVINCE -> PROVINCE;
            case PREFECTURE -> name.endsWith("自治州") ? AUTONOMOUS_PREFECTURE : PREFECTURE_CITY;
            case COUNTY -> {
                if (name.endsWith("自治县")) {
                    yield AUTONOMOUS_COUNTY;
                } else if (name.endsWith("区")) {
                    yield DISTRICT;
                } else if (name.endsWith("市")) {
                    yield COUNTY_CITY;
                } else {
                    yield COUNTY;
                }
            }
            case TOWNSHIP -> {
                if (name.endsWith("街道")) {
                    yield SUBDISTRICT;
                } else if (name.endsWith("族乡")) {
                    yield ETHNIC_TOWNSHIP;
                } else if (name.endsWith("乡")) {
                    yield TOWNSHIP;
                } else if (name.endsWith("镇")) {
                    yield TOWN;
                } else {
                    yield STATISTICAL_UNIT;
                }
            }
            case VILLAGE -> {
                // "碧溪村民委员会（农村社区）": a qualifier in brackets does not change the kind
                String n = name.replaceFirst("[（(][^（()）]*[）)]$", "");
                if (n.endsWith("村民委员会") || n.endsWith("村委会")) {
                    yield VILLAGE_COMMITTEE;
                } else if (n.endsWith("居民委员会") || n.endsWith("居民委员") || n.endsWith("社区") || n.endsWith("居委会")) {
                    yield COMMUNITY_COMMITTEE;
                } else {
                    yield VILLAGE_STATISTICAL_UNIT;
                }
            }
        };
    }
}
