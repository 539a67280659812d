package cn.jilin.laborbrand.promotion.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A tier of a campaign's result (一等奖, 金牌 …): its rank from 1, its name and how many win it. */
@Embeddable
public class CampaignTier {

    @Column(name = "tier_rank")
    private int rank;

    private String name;

    private int winners;

    protected CampaignTier() {
    }

    public CampaignTier(int rank, String name, int winners) {
        this.rank = rank;
        this.name = name;
        this.winners = winners;
    }

    public int getRank() {
        return rank;
    }

    public String getName() {
        return name;
    }

    public int getWinners() {
        return winners;
    }
}
