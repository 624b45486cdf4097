using Microsoft.EntityFrameworkCore;
using TechChallenge.Domain.Challenges;
using TechChallenge.Domain.Common;
using TechChallenge.Infrastructure.Data;
using TechChallenge.Infrastructure.Notifications;
using TechChallenge.Infrastructure.Security;

namespace TechChallenge.Infrastructure.Challenges;

/// <summary>Following, registering (accepting confidential terms) and the public questions and answers.</summary>
public sealed class ChallengeEngagementService(IDbContextFactory<AppDbContext> dbFactory, Notifier notifier, TimeProvider clock)
{
    public const int MaxTextLength = 4000;

    private DateTime UtcNow => clock.GetUtcNow().UtcDateTime;

    public async Task<Outcome> FollowAsync(Actor actor, Guid challengeId, bool follow, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (
            await ChallengeAccess.VisibleAsync(db, actor, challengeId, cancellationToken) is not { } challenge
            || actor.UserId is not { } userId
        )
        {
            return Outcome.Refused(actor.UserId is null ? RuleCodes.AccessDenied : RuleCodes.NotFound);
        }

        var existing = await db.ChallengeFollows.SingleOrDefaultAsync(
            f => f.ChallengeId == challenge.Id && f.UserId == userId,
            cancellationToken
        );
        if (follow && existing is null)
        {
            db.ChallengeFollows.Add(
                new ChallengeFollow
                {
                    ChallengeId = challenge.Id,
                    UserId = userId,
                    FollowedAtUtc = UtcNow,
                }
            );
        }
        else if (!follow && existing is not null)
        {
            db.ChallengeFollows.Remove(existing);
        }

        return await SaveIdempotentlyAsync(
            db,
            check => check.ChallengeFollows.AnyAsync(f => f.ChallengeId == challengeId && f.UserId == userId, cancellationToken),
            wanted: follow,
            cancellationToken
        );
    }

    /// <summary>
    /// Registers a solver for the challenge. A confidential challenge requires accepting its terms; the time of
    /// acceptance is recorded and unlocks the details.
    /// </summary>
    public async Task<Outcome> RegisterAsync(Actor actor, Guid challengeId, bool acceptTerms, CancellationToken cancellationToken = default)
    {
        if (!actor.IsInRole(Roles.Solver) || actor.UserId is not { } userId)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ChallengeAccess.VisibleAsync(db, actor, challengeId, cancellationToken) is not { } challenge)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (await db.ChallengeRegistrations.AnyAsync(r => r.ChallengeId == challengeId && r.UserId == userId, cancellationToken))
        {
            return Outcome.Success;
        }

        // Entrants join while the challenge takes proposals; once it closes, a late sign-up would only unlock
        // confidential details for someone who can no longer enter.
        if (!ChallengeLifecycle.IsOpenToEntrants(challenge.Status))
        {
            return Outcome.Refused(RuleCodes.RegistrationClosed);
        }

        if (challenge.IsConfidential && !acceptTerms)
        {
            return Outcome.Refused(RuleCodes.TermsNotAccepted);
        }

        var now = UtcNow;
        db.ChallengeRegistrations.Add(
            new ChallengeRegistration
            {
                ChallengeId = challengeId,
                UserId = userId,
                RegisteredAtUtc = now,
                TermsAcceptedAtUtc = acceptTerms ? now : null,
            }
        );
        return await SaveIdempotentlyAsync(
            db,
            check => check.ChallengeRegistrations.AnyAsync(r => r.ChallengeId == challengeId && r.UserId == userId, cancellationToken),
            wanted: true,
            cancellationToken
        );
    }

    public async Task<Outcome<Guid>> AskAsync(
        Actor actor,
        Guid challengeId,
        string text,
        bool publicly,
        CancellationToken cancellationToken = default
    )
    {
        if (actor.UserId is not { } userId)
        {
            return Outcome<Guid>.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return Outcome<Guid>.Refused(RuleCodes.QuestionTextRequired, MaxTextLength);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ChallengeAccess.VisibleAsync(db, actor, challengeId, cancellationToken) is not { IsPubliclyVisible: true })
        {
            return Outcome<Guid>.Refused(RuleCodes.NotFound);
        }

        var question = new ChallengeQuestion
        {
            ChallengeId = challengeId,
            AskedByUserId = userId,
            Text = text.Trim(),
            AskedPublicly = publicly,
            AskedAtUtc = UtcNow,
        };
        db.ChallengeQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return Outcome<Guid>.Ok(question.Id);
    }

    /// <summary>
    /// The organiser answers. A public answer shows question and answer to everyone (the asker's name hidden when
    /// anonymised) and is announced to followers; a private one reaches the asker only.
    /// </summary>
    public async Task<Outcome> AnswerAsync(
        Actor actor,
        Guid questionId,
        string answer,
        AnswerVisibility visibility,
        bool anonymise,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var question = await db.ChallengeQuestions.SingleOrDefaultAsync(q => q.Id == questionId, cancellationToken);
        var challenge = question is null
            ? null
            : await db
                .Challenges.Where(c => c.Id == question.ChallengeId)
                .Select(c => new { c.SubCenterId, c.Title })
                .SingleAsync(cancellationToken);
        if (question is null || challenge is null)
        {
            return Outcome.Refused(RuleCodes.NotFound);
        }

        if (!actor.ManagesSubCenter(challenge.SubCenterId) || actor.UserId is null)
        {
            return Outcome.Refused(RuleCodes.AccessDenied);
        }

        if (string.IsNullOrWhiteSpace(answer) || answer.Length > MaxTextLength)
        {
            return Outcome.Refused(RuleCodes.AnswerTextRequired, MaxTextLength);
        }

        var now = UtcNow;
        question.AnswerWith(answer, visibility, anonymise, actor.UserId, now);
        await notifier.RecordAsync(
            db,
            challenge.Title,
            new ChallengeEvent
            {
                ChallengeId = question.ChallengeId,
                Kind =
                    visibility == AnswerVisibility.Public
                        ? ChallengeEventKind.QuestionAnsweredPublicly
                        : ChallengeEventKind.QuestionAnsweredPrivately,
                SubjectId = question.Id,
                RecipientUserId = visibility == AnswerVisibility.Public ? null : question.AskedByUserId,
                OccurredAtUtc = now,
            },
            cancellationToken
        );
        await db.SaveChangesAsync(cancellationToken);
        return Outcome.Success;
    }

    /// <summary>The organiser sees every question; others see public answers and their own questions.</summary>
    public async Task<IReadOnlyList<QuestionView>> ListQuestionsAsync(
        Actor actor,
        Guid challengeId,
        CancellationToken cancellationToken = default
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await ChallengeAccess.VisibleAsync(db, actor, challengeId, cancellationToken) is not { } challenge)
        {
            return [];
        }

        var organiser = actor.ManagesSubCenter(challenge.SubCenterId);
        var questions = db.ChallengeQuestions.AsNoTracking().Where(q => q.ChallengeId == challengeId);
        if (!organiser)
        {
            questions = questions.Where(q =>
                (q.Visibility == AnswerVisibility.Public && q.Answer != null) || q.AskedByUserId == actor.UserId
            );
        }

        var rows = await (
            from q in questions
            join u in db.Users on q.AskedByUserId equals u.Id
            orderby q.AskedAtUtc descending
            select new { Question = q, u.DisplayName }
        ).ToListAsync(cancellationToken);
        return rows.Select(r => new QuestionView(
                r.Question.Id,
                r.Question.Text,
                organiser || r.Question.AskedByUserId == actor.UserId || !r.Question.Anonymised ? r.DisplayName : null,
                r.Question.AskedByUserId == actor.UserId,
                r.Question.AskedPublicly,
                r.Question.AskedAtUtc,
                r.Question.Answer,
                r.Question.AnsweredAtUtc,
                r.Question.Visibility,
                r.Question.Anonymised
            ))
            .ToList();
    }

    /// <summary>
    /// Two clicks or two tabs racing to add (or remove) the same row: the loser finds the row as it wanted it, which is
    /// success. Any other failure is not hidden.
    /// </summary>
    private async Task<Outcome> SaveIdempotentlyAsync(
        AppDbContext db,
        Func<AppDbContext, Task<bool>> rowExists,
        bool wanted,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await using var check = await dbFactory.CreateDbContextAsync(cancellationToken);
            if (await rowExists(check) != wanted)
            {
                throw;
            }
        }

        return Outcome.Success;
    }
}
