using Microsoft.Extensions.Localization;
using TechChallenge.Domain.Judging;
using TechChallenge.Infrastructure.Judging;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Web.Features.Judging;

public static class RankingEndpoints
{
    /// <summary>Managers of the challenge's sub-center only; anyone else gets 404.</summary>
    public static IEndpointRouteBuilder MapRankingEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints
            .MapGet(
                "/manage/challenges/{id:guid}/ranking.csv",
                async (
                    Guid id,
                    RankingBasis? basis,
                    int? round,
                    HttpContext context,
                    RankingQuery rankings,
                    IStringLocalizer<SharedResource> localizer,
                    CancellationToken cancellationToken
                ) =>
                {
                    var ranking = await rankings.GetRankingAsync(
                        Actor.FromPrincipal(context.User),
                        id,
                        basis ?? RankingBasis.Raw,
                        roundNumber: round,
                        cancellationToken: cancellationToken
                    );
                    return ranking is null
                        ? Results.NotFound()
                        : Results.File(
                            RankingCsv.Write(ranking, localizer),
                            "text/csv; charset=utf-8",
                            $"ranking-{id:N}-round{ranking.RoundNumber}-{ranking.Basis.ToString().ToLowerInvariant()}.csv"
                        );
                }
            )
            .RequireAuthorization();
        return endpoints;
    }
}
