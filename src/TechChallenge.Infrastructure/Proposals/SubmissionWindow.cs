using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;

namespace TechChallenge.Infrastructure.Proposals;

/// <summary>
/// Whether a team may still act on its entry: submit, withdraw, change its members. The team's own extension counts,
/// and the time is the database's, read inside the transaction that commits the act, so that several app instances
/// (or a page showing an old deadline) can never disagree about the deadline. Open one per act, check
/// <see cref="Closed"/>, save, then <see cref="CommitAsync"/>; disposing without committing rolls back.
/// </summary>
internal sealed class SubmissionWindow : IAsyncDisposable
{
    private readonly IDbContextTransaction transaction;

    private SubmissionWindow(IDbContextTransaction transaction, DateTime nowUtc, RuleViolation? closed)
    {
        this.transaction = transaction;
        NowUtc = nowUtc;
        Closed = closed;
    }

    /// <summary>The database's time when the act reached it: the time the act is recorded at.</summary>
    public DateTime NowUtc { get; }

    /// <summary>Why the window is shut for the team, or null while it is open.</summary>
    public RuleViolation? Closed { get; }

    public static async Task<SubmissionWindow> OpenAsync(
        AppDbContext db,
        Challenge challenge,
        Guid? teamId,
        CancellationToken cancellationToken
    )
    {
        var extendedUntil = await ExtendedUntilAsync(db, teamId, cancellationToken);
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The request's time is when it reaches the database, whatever the page or the client's clock showed.
            var now = await DatabaseClock.UtcNowAsync(db, cancellationToken);
            return new SubmissionWindow(transaction, now, ChallengeLifecycle.CheckAcceptsSubmissions(challenge, now, extendedUntil));
        }
        catch
        {
            await transaction.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The same rule for a draft's autosave and its files, at the app's time <paramref name="nowUtc"/> and without a
    /// transaction: a draft is not an entry, and the submission that makes it one is checked again by
    /// <see cref="OpenAsync"/>.
    /// </summary>
    public static async Task<RuleViolation?> CheckDraftAsync(
        AppDbContext db,
        Challenge challenge,
        Guid? teamId,
        DateTime nowUtc,
        CancellationToken cancellationToken
    ) => ChallengeLifecycle.CheckAcceptsSubmissions(challenge, nowUtc, await ExtendedUntilAsync(db, teamId, cancellationToken));

    public Task CommitAsync(CancellationToken cancellationToken) => transaction.CommitAsync(cancellationToken);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();

    /// <summary>Until when the team may still submit, if the organiser extended its deadline.</summary>
    private static Task<DateTime?> ExtendedUntilAsync(AppDbContext db, Guid? teamId, CancellationToken cancellationToken) =>
        teamId is null
            ? Task.FromResult<DateTime?>(null)
            : db.DeadlineExtensions.Where(e => e.TeamId == teamId).MaxAsync(e => (DateTime?)e.UntilUtc, cancellationToken);
}
