using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.SubCenters;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Tests.Data;

/// <summary>Mapping details that SQLite would otherwise get wrong, on a real in-memory SQLite database with the real migrations.</summary>
public sealed class SqliteMappingTests : IAsyncLifetime
{
    private readonly SqliteConnection connection = new("Data Source=:memory:");

    private SqliteAppDbContext NewContext() => new(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite(connection).Options);

    public async Task InitializeAsync()
    {
        await connection.OpenAsync();
        await using var db = NewContext();
        await db.Database.MigrateAsync();
    }

    public async Task DisposeAsync() => await connection.DisposeAsync();

    [Fact]
    public async Task Times_come_back_as_UTC_and_children_added_later_are_inserted()
    {
        var deadline = new DateTime(2026, 12, 21, 9, 0, 0, DateTimeKind.Utc);
        var center = new TransferCenter { Name = "Eastern", NameZh = "东部" };
        var subCenter = new SubCenter
        {
            TransferCenterId = center.Id,
            Name = "Nantong",
            NameZh = "南通",
        };
        center.SubCenters.Add(subCenter);
        var challenge = new Challenge
        {
            Title = "Graphene",
            SubCenterId = subCenter.Id,
            CreatedByUserId = "manager",
        };
        var content = ChallengeContent.Empty("Graphene") with
        {
            Summary = "Yield",
            Statement = "Raise the yield.",
            Rounds = [new RoundPlan("Preliminary", deadline.AddDays(-20), deadline, deadline, deadline.AddDays(14))],
            Criteria = [new CriterionPlan("Feasibility", "", 100)],
        };
        Assert.True(challenge.Edit(content, [], deadline.AddDays(-30), "manager").Succeeded);
        await using (var db = NewContext())
        {
            db.TransferCenters.Add(center);
            db.Challenges.Add(challenge);
            await db.SaveChangesAsync();
        }

        await using (var db = NewContext())
        {
            var loaded = await db.Challenges.SingleAsync();
            Assert.Equal(DateTimeKind.Utc, loaded.SubmissionDeadlineUtc!.Value.Kind);
            Assert.Equal(deadline, loaded.SubmissionDeadlineUtc);
            var version = loaded.Version;
            Assert.Equal("Preliminary", Assert.Single(loaded.Rounds).Name);
            Assert.True(loaded.Apply(ChallengeTrigger.SubmitForReview, deadline.AddDays(-10), LifecycleActor.Manager("manager")).Succeeded);
            await db.SaveChangesAsync();
            Assert.NotEqual(version, loaded.Version);
        }

        await using (var db = NewContext())
        {
            var transition = await db.ChallengeTransitions.SingleAsync();
            Assert.Equal((ChallengeStatus.Draft, ChallengeStatus.SubmittedForReview), (transition.From, transition.To));
            Assert.Equal(ChallengeStatus.SubmittedForReview, (await db.Challenges.SingleAsync()).Status);
        }
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_is_refused()
    {
        var center = new TransferCenter { Name = "Eastern", NameZh = "东部" };
        var subCenter = new SubCenter
        {
            TransferCenterId = center.Id,
            Name = "Zunyi",
            NameZh = "遵义",
        };
        center.SubCenters.Add(subCenter);
        var challenge = new Challenge
        {
            Title = "Encapsulation",
            SubCenterId = subCenter.Id,
            CreatedByUserId = "m",
        };
        await using (var db = NewContext())
        {
            db.TransferCenters.Add(center);
            db.Challenges.Add(challenge);
            await db.SaveChangesAsync();
        }

        await using var first = NewContext();
        await using var second = NewContext();
        var mine = await first.Challenges.SingleAsync();
        var theirs = await second.Challenges.SingleAsync();
        mine.Summary = "First edit";
        await first.SaveChangesAsync();
        theirs.Summary = "Second edit over a stale copy";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = NewContext();
        Assert.Equal("First edit", (await check.Challenges.SingleAsync()).Summary);
    }
}
