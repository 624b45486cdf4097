namespace TechChallenge.Infrastructure.Challenges;

public enum CatalogSort
{
    Newest,
    DeadlineSoonest,
    Award,
}
