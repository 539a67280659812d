package cn.jilin.laborbrand.training.trainee;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The groups the plan serves first: 脱贫人口, 农村低收入人口, 易地搬迁群众, 农村留守妇女. */
public enum PriorityGroup {
    POVERTY_ALLEVIATED("脱贫人口"), RURAL_LOW_INCOME("农村低收入人口"), RELOCATED("易地搬迁群众"), LEFT_BEHIND_WOMEN("农村留守妇女");

    private final String chinese;

    PriorityGroup(String chinese) {
        this.chinese = chinese;
    }

    /** The name as the plan writes it, which is also what a roster's cell says. */
    public String chinese() {
        return chinese;
    }

    public static PriorityGroup ofChinese(String text) {
        for (PriorityGroup group : values()) {
            if (group.chinese.equals(text) || group.name().equalsIgnoreCase(text)) {
                return group;
            }
        }
        return null;
    }

    static String encode(Collection<PriorityGroup> groups) {
        return groups == null ? "" : groups.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<PriorityGroup> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(PriorityGroup.class);
        }
        return Arrays.stream(stored.split(",")).map(PriorityGroup::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(PriorityGroup.class)));
    }
}
