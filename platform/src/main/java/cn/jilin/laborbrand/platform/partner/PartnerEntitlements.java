package cn.jilin.laborbrand.platform.partner;

import cn.jilin.laborbrand.platform.NotFoundException;
import cn.jilin.laborbrand.platform.scope.DataScope;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Which {@link PartnerArea}s the caller's scope is entitled to: the port through which the registries learn what the
 * plan's measures let a provincial department read, without depending on governance (which implements it). The
 * entitlement follows from the caller's organisation and its measures, never from anything the request says.
 */
public interface PartnerEntitlements {

    /** The areas of this scope: every area province-wide; a department's by its measures; nothing otherwise. */
    Set<PartnerArea> areas(DataScope scope);

    /**
     * The scope to read an area with: province-wide when the caller is entitled to it (the areas hold no personal data
     * and the measures are province-wide), else 404, the same answer as a record outside the scope.
     */
    default DataScope readable(DataScope scope, PartnerArea area) {
        if (!areas(scope).contains(area)) {
            throw new NotFoundException("partner area", area);
        }
        return DataScope.province();
    }

    /**
     * {@link #readable} through the registries' optional port: where governance is absent (a module's own tests) only
     * the province reads an area.
     */
    static DataScope readable(ObjectProvider<PartnerEntitlements> entitlements, DataScope scope, PartnerArea area) {
        return entitlements.getIfAvailable(() -> PROVINCE_ONLY).readable(scope, area);
    }

    /** Where no implementation is present (a module's own tests): only the province reads an area. */
    PartnerEntitlements PROVINCE_ONLY = scope -> scope.isProvince() ? Set.of(PartnerArea.values()) : Set.of();
}
