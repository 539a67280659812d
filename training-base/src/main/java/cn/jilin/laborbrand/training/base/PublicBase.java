package cn.jilin.laborbrand.training.base;

import java.util.List;

/**
 * A designated cultivation base as the public sees it: no contact person, phone or address.
 *
 * @param brands the names of the designated brands it grows
 */
public record PublicBase(long id, String name, String regionCode, BaseLevel level, Integer yearDesignated, int capacity,
                         List<String> brands, boolean demo) {
}
