package cn.jilin.laborbrand.training.occupation;

import java.util.List;
import org.springframework.data.repository.Repository;

interface OccupationRepository extends Repository<Occupation, String> {

    List<Occupation> findAllByOrderBySortOrderAsc();
}
