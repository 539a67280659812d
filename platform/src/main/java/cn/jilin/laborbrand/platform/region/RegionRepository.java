package cn.jilin.laborbrand.platform.region;

import java.util.List;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, String> {

    List<Region> findAllByOrderBySortOrder();
}
